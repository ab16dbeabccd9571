import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "@/lib/db/test-database";
import { databaseBeforeMigration } from "../support/before-migration";
import { migrateDatabase } from "@/lib/db/migrate";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// Issue 15, item 5: letters and replies stored before the migration are indexed again in their
// language's configuration, accents folded, and a Chinese reply's words are found once the migration
// has spaced them (lib/db/search-words.ts: SQL cannot split Chinese, Intl.Segmenter does).

const MIGRATION = "search_six_languages";
let db: TestDatabase;
let prisma: PrismaClient;
let drop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ db, drop } = await databaseBeforeMigration(MIGRATION, { prefix: "sp_searchmig" }));
  prisma = createPrismaClient(db.connectionString, 2);
});
afterAll(async () => {
  await prisma?.$disconnect();
  await drop?.();
});

describe(`the migration ${MIGRATION}`, () => {
  it("re-indexes stored letters and replies, and splits a stored Chinese reply into words", async () => {
    const [state, spanish, russian, chinese, english] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await prisma.$executeRawUnsafe(`INSERT INTO "State" ("id", "iso3", "iso2", "nameEn", "nameFr", "nameEs", "regionalGroup")
      VALUES ('${state}', 'XXS', 'XS', 'Testland', 'Testland', 'Testland', 'AFRICAN')`);
    for (const [id, language, subject] of [
      [spanish, "es", "Detención arbitraria"],
      [russian, "ru", "Задержание правозащитника"],
    ])
      await prisma.$executeRawUnsafe(`INSERT INTO "Communication" ("id", "type", "status", "addresseeKind", "addresseeStateId", "subject", "summary", "body", "language", "updatedAt")
        VALUES ('${id}', 'AL', 'SENT', 'STATE', '${state}', '${subject}', '', '', '${language}', now())`);
    await prisma.$executeRawUnsafe(`INSERT INTO "CommunicationReply" ("id", "communicationId", "receivedAt", "language", "body") VALUES
      ('${chinese}', '${spanish}', now(), 'zh', '政府表示，警方对该记者实施了拘留，至今未释放。'),
      ('${english}', '${russian}', now(), 'en', 'No such word here.')`);

    expect((await migrateDatabase(db.connectionString))[0]).toMatch(new RegExp(`_${MIGRATION}$`));

    const replies = await prisma.communicationReply.findMany({ select: { id: true, bodyWords: true } });
    expect(Object.fromEntries(replies.map((r) => [r.id, r.bodyWords]))).toEqual({
      [chinese]: "政府 表示 ， 警方 对 该 记者 实施 了 拘留 ， 至今 未 释放 。",
      [english]: null,
    });
    const found = async (where: string) =>
      (await prisma.$queryRawUnsafe<{ id: string }[]>(`SELECT id::text AS id FROM "Communication" c WHERE ${where} ORDER BY id`)).map(
        (r) => r.id,
      );
    // The letter's own vector, accents folded; the replies' vector, kept by the trigger, with the Chinese words.
    expect(await found(`c."searchVector" @@ websearch_to_tsquery('sp_spanish', 'detencion')`)).toEqual([spanish]);
    expect(await found(`c."searchVector" @@ websearch_to_tsquery('sp_russian', 'задержания')`)).toEqual([russian]);
    expect(await found(`c."repliesVector" @@ websearch_to_tsquery('sp_simple', '拘留')`)).toEqual([spanish]);
  });
});
