import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Actor } from "../auth/actor";
import { FLASH_COOKIE, FLASH_COOKIE_OPTIONS } from "../core/flash-cookie";
import { AppError } from "../core/errors";

// The door every form goes through (createAction): what it answers, and for a form that creates a
// record, the flash it leaves and where it sends the browser. Next.js's request APIs are replaced by
// what a request would give; redirect() throws, as Next.js's does.
const request = vi.hoisted(() => ({ set: [] as unknown[][], redirectedTo: [] as string[] }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ set: (...args: unknown[]) => request.set.push(args) }),
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    request.redirectedTo.push(url);
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;push;${url}` });
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next-intl/server", () => ({
  getLocale: async () => "en",
  getTranslations: async () => Object.assign((key: string) => `«${key}»`, { has: (key: string) => key.startsWith("t.") }),
}));
const holder: Actor = {
  userId: "00000000-0000-4000-8000-000000000001",
  role: "MANDATE_HOLDER",
  name: "Holder",
  email: "holder@test.example",
  timeZone: "Europe/Zurich",
  stateId: null,
  mandateHolderId: "00000000-0000-4000-8000-000000000002",
  mandateIds: ["00000000-0000-4000-8000-000000000003"],
  coordinationCommittee: false,
};
vi.mock("../auth/session", () => ({ getActor: async () => holder, getSessionActor: async () => holder }));

const { createAction } = await import("./action");
const schema = z.object({ id: z.string().optional(), subject: z.string().min(3, "t.tooShort") });
const form = (values: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.set(k, v);
  return f;
};
const save = createAction({
  schema,
  permission: "communication:draft",
  handler: async ({ input }) => {
    if (input.subject === "taken") throw new AppError("CONFLICT", "t.conflict");
    return { id: input.id ?? "new-id" };
  },
  successMessage: ({ input }) => (input.id ? "t.updated" : "t.created"),
  redirectTo: ({ data, input }) => (input.id ? null : `/records/${data.id}`),
});

beforeEach(() => {
  request.set = [];
  request.redirectedTo = [];
});

describe("a form that creates a record", () => {
  it("sends the browser to the record's page, with its confirmation in the flash cookie only", async () => {
    await expect(save({ ok: false }, form({ subject: "A subject" }))).rejects.toThrow("NEXT_REDIRECT");
    expect(request.redirectedTo).toEqual(["/records/new-id"]);
    expect(request.set).toEqual([[FLASH_COOKIE, "«t.created»", FLASH_COOKIE_OPTIONS]]);
  });

  it("stays on the page when it edited a record, and says so in its answer", async () => {
    expect(await save({ ok: false }, form({ id: "r1", subject: "A subject" }))).toEqual({
      ok: true,
      message: "«t.updated»",
      data: { id: "r1" },
    });
    expect(request.redirectedTo).toEqual([]);
    expect(request.set).toEqual([]);
  });

  it("goes nowhere on an error: the field's error and what was typed come back", async () => {
    expect(await save({ ok: false }, form({ subject: "ab" }))).toMatchObject({
      ok: false,
      fieldErrors: { subject: ["«t.tooShort»"] },
      values: { subject: "ab" },
    });
    expect(await save({ ok: false }, form({ subject: "taken" }))).toMatchObject({ ok: false, message: "«t.conflict»" });
    expect(request.redirectedTo).toEqual([]);
    expect(request.set).toEqual([]);
  });
});
