import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { closeIntegrationDatabase } from "../support/integration";

// Issue 15: the language switcher's choice of a signed-in user becomes the language of their account
// (User.locale), which the interface follows on a browser that has not chosen one and their mail is
// written in. Audited, and quiet: the public data's generation does not move.
let db: TestDatabase;
let prisma: PrismaClient;
let userId = "";

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_account_language" });
  Object.assign(process.env, { DATABASE_URL: db.connectionString, SP_TEST_CLOCK: "1" });
  prisma = createPrismaClient(db.connectionString, 2);
  ({ id: userId } = await prisma.user.create({
    data: {
      name: "Person",
      email: "person@language.example",
      role: "CIVIL_SOCIETY",
      passwordHash: await hashPassword("a long enough password"),
    },
    select: { id: true },
  }));
}, 60_000);

afterAll(async () => {
  await closeIntegrationDatabase({ db, prisma });
});

describe("the language of an account", () => {
  const generation = async () => (await prisma.publicDataGeneration.findUniqueOrThrow({ where: { id: 1 } })).value;

  it("is the one the user chose last, in any of the six languages, each change audited with both", async () => {
    const { loadActor } = await import("@/lib/auth/load-actor");
    const { setOwnLocale } = await import("@/lib/users/set-own-locale");
    const before = await generation();
    for (const locale of ["ar", "zh", "ru"]) {
      await setOwnLocale({ actor: (await loadActor(userId))!, locale });
      expect((await loadActor(userId))!.locale).toBe(locale);
    }
    const entries = await prisma.auditEntry.findMany({
      where: { action: "user.set-own-locale", entityId: userId },
      orderBy: { at: "asc" },
    });
    expect(entries.map((e) => [e.before, e.after])).toEqual([
      [{ locale: "en" }, { locale: "ar" }],
      [{ locale: "ar" }, { locale: "zh" }],
      [{ locale: "zh" }, { locale: "ru" }],
    ]);
    // Nothing a visitor sees changed: the public pages' cache stays.
    expect(await generation()).toBe(before);
  });

  it("records nothing when it does not change, and refuses what is not a language of the portal", async () => {
    const { loadActor } = await import("@/lib/auth/load-actor");
    const { setOwnLocale } = await import("@/lib/users/set-own-locale");
    const count = () => prisma.auditEntry.count({ where: { action: "user.set-own-locale" } });
    const n = await count();
    await setOwnLocale({ actor: (await loadActor(userId))!, locale: "ru" });
    expect(await count()).toBe(n);
    await expect(setOwnLocale({ actor: (await loadActor(userId))!, locale: "de" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect((await loadActor(userId))!.locale).toBe("ru");
  });
});
