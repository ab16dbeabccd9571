import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import bcrypt from "bcryptjs";
import { z } from "zod";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { CLIENT_ADDRESS_HEADER } from "@/lib/core/client-address";
import { closeIntegrationDatabase } from "../support/integration";

// Issue 13, item 6: every mutation done through a server action or a route handler records the
// client's address, which the production server puts in CLIENT_ADDRESS_HEADER. The doors read it once
// and lib/ functions (which know nothing of Next.js) pass nothing: writeAudit finds it in the request
// context. Next.js's request APIs are replaced here by what a request would give.

const request = vi.hoisted(() => ({ headers: new Headers(), actor: null as unknown }));
vi.mock("next/headers", () => ({ headers: async () => request.headers }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next-intl/server", () => ({
  getLocale: async () => "en",
  getTranslations: async () => Object.assign((key: string) => key, { has: () => false }),
}));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => request.actor }));

let db: TestDatabase;
let prisma: PrismaClient;
let admin: Actor;

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_auditaddr" });
  process.env.DATABASE_URL = db.connectionString;
  prisma = createPrismaClient(db.connectionString, 2);
  const user = await prisma.user.create({
    data: { name: "Admin", email: "admin@test.example", role: "ADMIN", passwordHash: bcrypt.hashSync("x", 4) },
  });
  admin = {
    userId: user.id,
    role: "ADMIN",
    name: "Admin",
    email: user.email,
    timeZone: "Europe/Zurich",
    stateId: null,
    mandateHolderId: null,
    mandateIds: [],
    coordinationCommittee: false,
  };
  request.actor = admin;
});
afterAll(() => closeIntegrationDatabase({ db, prisma }));

const newUser = (email: string) => ({
  name: "New Person",
  email,
  role: "CIVIL_SOCIETY" as const,
  locale: "en" as const,
  stateId: null,
  mandateHolderId: null,
  organisation: "NGO",
});

describe("the client address in the audit log", () => {
  it("is recorded for a mutation done through a server action", async () => {
    const { createAction } = await import("@/lib/server/action");
    const { createUser } = await import("@/lib/users/create-user");
    request.headers = new Headers({ [CLIENT_ADDRESS_HEADER]: "203.0.113.42" });
    const action = createAction({
      schema: z.object({ email: z.string() }),
      permission: "user:manage",
      handler: ({ actor, input }) => createUser({ actor, input: newUser(input.email) }),
    });
    const form = new FormData();
    form.set("email", "by.action@test.example");
    expect(await action({ ok: false }, form)).toMatchObject({ ok: true });
    const entry = await prisma.auditEntry.findFirstOrThrow({
      where: { action: "user.create", after: { path: ["email"], equals: "by.action@test.example" } },
    });
    expect(entry.ip).toBe("203.0.113.42");
  });

  it("is recorded for a mutation done through a route handler", async () => {
    const { route } = await import("@/lib/server/route");
    const { createUser } = await import("@/lib/users/create-user");
    const handler = route(async (req: Request) => {
      const { email } = (await req.json()) as { email: string };
      await createUser({ actor: admin, input: newUser(email) });
      return new Response(null, { status: 204 });
    });
    const res = await handler(
      new Request("http://localhost/api/test", {
        method: "POST",
        body: JSON.stringify({ email: "by.route@test.example" }),
        headers: { [CLIENT_ADDRESS_HEADER]: "2001:db8::7" },
      }),
    );
    expect(res.status).toBe(204);
    const entry = await prisma.auditEntry.findFirstOrThrow({
      where: { action: "user.create", after: { path: ["email"], equals: "by.route@test.example" } },
    });
    expect(entry.ip).toBe("2001:db8::7");
  });

  it("is not carried over to work done outside a request (a script, the seed)", async () => {
    const { createUser } = await import("@/lib/users/create-user");
    await createUser({ actor: admin, input: newUser("by.script@test.example") });
    const entry = await prisma.auditEntry.findFirstOrThrow({
      where: { action: "user.create", after: { path: ["email"], equals: "by.script@test.example" } },
    });
    expect(entry.ip).toBeNull();
  });
});
