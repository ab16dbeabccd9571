// Issue 17, item 4 (R5): a reply received before the deadline publishes the letter and the reply at
// once (setting communications.publishRepliesOnReceipt, kept on each letter at dispatch), in any
// language, marked "translation pending" until the secretariat attaches a translation — and every
// public output (page, search, open data, feed, figures, the response cache) follows at once.
import { mkdtempSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDatabase } from "@/prisma/seed/index";
import { closeIntegrationDatabase, demoActors, setNow } from "../support/integration";

let db: TestDatabase;
let prisma: PrismaClient;
let actors: Awaited<ReturnType<typeof demoActors>>;
const DAY = 86_400_000;
// A Tuesday morning in Geneva: urgent appeals go at once, so sentAt is this instant.
const NOW = new Date("2026-03-03T09:30:00Z");

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_replypub" });
  Object.assign(process.env, {
    DATABASE_URL: db.connectionString,
    FILES_DIR: mkdtempSync(path.join(os.tmpdir(), "sp-files-")),
    SP_TEST_CLOCK: "1",
  });
  prisma = createPrismaClient(db.connectionString, 4);
  await seedDatabase(prisma, { communications: 10, now: NOW });
  actors = await demoActors(prisma);
}, 180_000);
afterAll(async () => {
  await setNow(NOW);
  await closeIntegrationDatabase({ db, prisma });
});

async function setting(on: boolean) {
  const key = "communications.publishRepliesOnReceipt";
  await prisma.setting.upsert({ where: { key }, create: { key, value: on }, update: { value: on } });
}

/** An urgent appeal to Norway, dispatched at NOW under the setting as it is. */
async function dispatchedLetter(marker: string) {
  const { dispatchCommunication } = await import("@/lib/communications/dispatch-communication");
  const norway = await prisma.state.findUniqueOrThrow({ where: { iso3: "NOR" } });
  const brazil = await prisma.state.findUniqueOrThrow({ where: { iso3: "BRA" } });
  const letter = await prisma.communication.create({
    data: {
      type: "UA",
      status: "APPROVED",
      urgent: true,
      addresseeKind: "STATE",
      addresseeStateId: norway.id,
      subject: `Letter ${marker}`,
      summary: "A summary long enough to be submitted.",
      body: `Body of the letter ${marker}. `.repeat(10),
      confidentialAnnex: `Names: ANNEX-${marker}`,
      // A joint letter, copied to another State: one addressee, one publication.
      mandates: {
        create: [
          { mandateId: actors.holder.mandateIds[0]!, status: "LEAD" },
          { mandateId: actors.cosigner.mandateIds[0]!, status: "SIGNED" },
        ],
      },
      copies: { create: { stateId: brazil.id } },
    },
  });
  await setNow(NOW);
  const sent = await dispatchCommunication({ actor: actors.secretariat, input: { communicationId: letter.id } });
  return sent;
}

async function publicViews(id: string, reference: string, q: string) {
  const { getPublicCommunication } = await import("@/lib/communications/find-public-communications");
  const { getApiCommunication } = await import("@/lib/open-data/get-communication");
  const { listPublicCommunications, recentlyPublishedCommunications } = await import("@/lib/open-data/list-communications");
  const { searchPublicCommunications } = await import("@/lib/search/search-public-communications");
  const { parseSearchParams } = await import("@/lib/search/schemas");
  const { now } = await import("@/lib/core/clock");
  const at = now();
  const params = parseSearchParams(new URLSearchParams({ q }));
  const page = await getPublicCommunication({ communicationId: id }).catch((e: { code?: string }) => e.code);
  const api = await getApiCommunication({ reference, now: at }).catch((e: { code?: string }) => e.code);
  const listed = (await listPublicCommunications({ params, pageSize: 50, now: at })).rows.find((r) => r.id === id);
  const feed = (await recentlyPublishedCommunications({ params: parseSearchParams(new URLSearchParams()), now: at })).find(
    (r) => r.id === id,
  );
  const found = (await searchPublicCommunications({ params, now: at })).rows.find((r) => r.id === id);
  return { page, api, listed, feed, found };
}

describe("publication on receipt (setting on, the default)", () => {
  it("publishes a joint letter and its Norwegian reply at once, marked translation pending, everywhere", async () => {
    const { submitReply } = await import("@/lib/communications/submit-reply");
    const { communicationsAtom } = await import("@/lib/open-data/atom");
    const { communicationCsvLine } = await import("@/lib/open-data/csv");
    const { getHomeFigures } = await import("@/lib/statistics/get-home-figures");
    const { now } = await import("@/lib/core/clock");
    const letter = await dispatchedLetter("ZQONE");
    const stored = await prisma.communication.findUniqueOrThrow({ where: { id: letter.id } });
    expect(stored).toMatchObject({ publishRepliesOnReceipt: true, publicFrom: stored.replyDueAt });

    // Day 2: still within its period and unanswered — nothing public.
    await setNow(new Date(NOW.getTime() + 2 * DAY));
    const before = await publicViews(letter.id, letter.reference, "ZQONE");
    expect(before).toEqual({ page: "NOT_FOUND", api: "NOT_FOUND", listed: undefined, feed: undefined, found: undefined });
    const figuresBefore = await getHomeFigures({ now: now() });

    // Day 3: Norway replies in Norwegian.
    const day3 = new Date(NOW.getTime() + 3 * DAY);
    await setNow(day3);
    const generation = async () => (await prisma.publicDataGeneration.findUniqueOrThrow({ where: { id: 1 } })).value;
    const g0 = await generation();
    const reply = await submitReply({
      actor: actors.norway,
      input: { communicationId: letter.id, language: "nor", body: "Regjeringen viser til kommunikasjonen ZQONE og gir følgende svar." },
      files: [],
    });
    expect(reply).toMatchObject({ language: "no", translationStatus: "PENDING", publishedNow: true });
    // The trigger on AuditEntry moved the shared generation on at the commit: every instance's caches change.
    expect(await generation()).toBeGreaterThan(g0);
    const published = await prisma.communication.findUniqueOrThrow({ where: { id: letter.id }, select: { publicFrom: true } });
    expect(published.publicFrom!.getTime()).toBe(reply.receivedAt.getTime());
    expect(await prisma.auditEntry.count({ where: { action: "communication.publish-on-reply", entityId: letter.id } })).toBe(1);

    const after = await publicViews(letter.id, letter.reference, "ZQONE");
    expect(after.page).toMatchObject({ replies: [{ language: "no", translationStatus: "PENDING", translation: null }] });
    expect(after.api).toMatchObject({ publishedAt: reply.receivedAt, replies: [{ language: "no", translationStatus: "PENDING" }] });
    expect(after.listed?.replies).toEqual([{ receivedAt: reply.receivedAt, language: "no", translationStatus: "PENDING" }]);
    expect(after.found).toMatchObject({ replyCount: 1, translationPending: true });
    expect(communicationCsvLine(after.listed!)).toMatch(/,1,1\r\n$/);
    const atom = communicationsAtom({
      baseUrl: "https://p.example",
      selfUrl: "https://p.example/f",
      title: "t",
      entries: [after.feed!],
      now: day3,
    });
    expect(atom).toContain('<category term="translation-pending"');
    expect(JSON.stringify(after)).not.toContain("ANNEX-ZQONE");
    // The home page's figures count it now, with its reply.
    const figures = await getHomeFigures({ now: now() });
    expect(figures.communications).toBe(figuresBefore.communications + 1);
    expect(figures.replies).toBe(figuresBefore.replies + 1);

    // A second reply, day 10: public when received; the publication instant stays the first reply's.
    const day10 = new Date(NOW.getTime() + 10 * DAY);
    await setNow(day10);
    const second = await submitReply({
      actor: actors.norway,
      input: { communicationId: letter.id, language: "en", body: "Further information from the Government." },
      files: [],
    });
    expect(second).toMatchObject({ publishedNow: false, translationStatus: "NOT_NEEDED" });
    const again = await publicViews(letter.id, letter.reference, "ZQONE");
    expect(again.api).toMatchObject({ publishedAt: reply.receivedAt, replies: [{ language: "no" }, { language: "en" }] });
  });

  it("the response cache in front of the app serves the new page at once", async () => {
    const { withPublicCache } = await import("@/lib/public-cache/serve");
    const { createResponseCache } = await import("@/lib/public-cache/response-cache");
    const { searchPublicCommunications } = await import("@/lib/search/search-public-communications");
    const { parseSearchParams } = await import("@/lib/search/schemas");
    const { submitReply } = await import("@/lib/communications/submit-reply");
    const { now } = await import("@/lib/core/clock");
    const letter = await dispatchedLetter("ZQCACHE");
    await setNow(new Date(NOW.getTime() + 3 * DAY));
    // The public search page, rendered from the database as the app does, behind the real cache.
    const serve = withPublicCache(
      async (req, res) => {
        const params = parseSearchParams(new URL(req.url!, "http://x").searchParams);
        const result = await searchPublicCommunications({ params, now: now() });
        res.setHeader("content-type", "text/html; charset=utf-8");
        res.end(
          `<ol>${result.rows.map((r) => `<li>${r.reference}${r.translationPending ? " (translation pending)" : ""}</li>`).join("")}</ol>`,
        );
      },
      createResponseCache({ ttlMs: 30_000 }),
    );
    const server = http.createServer((req, res) => void serve(req, res));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/communications?q=ZQCACHE`;
    const get = async () => {
      const res = await fetch(url);
      return { cache: res.headers.get("x-sp-cache"), body: await res.text() };
    };
    try {
      expect(await get()).toMatchObject({ cache: "MISS", body: "<ol></ol>" });
      expect(await get()).toMatchObject({ cache: "HIT", body: "<ol></ol>" });
      await submitReply({
        actor: actors.norway,
        input: { communicationId: letter.id, language: "no", body: "Svar fra regjeringen." },
        files: [],
      });
      expect(await get()).toEqual({ cache: "MISS", body: `<ol><li>${letter.reference} (translation pending)</li></ol>` });
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});

describe("with the setting off", () => {
  it("the letter and its reply wait for the end of the reply period; a later reply is public when received", async () => {
    const { submitReply } = await import("@/lib/communications/submit-reply");
    await setting(false);
    try {
      const letter = await dispatchedLetter("ZQOFF");
      expect(await prisma.communication.findUniqueOrThrow({ where: { id: letter.id } })).toMatchObject({ publishRepliesOnReceipt: false });
      await setNow(new Date(NOW.getTime() + 3 * DAY));
      const reply = await submitReply({
        actor: actors.norway,
        input: { communicationId: letter.id, language: "ru", body: "Ответ правительства." },
        files: [],
      });
      expect(reply.publishedNow).toBe(false);
      expect(await publicViews(letter.id, letter.reference, "ZQOFF")).toMatchObject({
        page: "NOT_FOUND",
        api: "NOT_FOUND",
        found: undefined,
      });
      await setNow(new Date(NOW.getTime() + 59 * DAY));
      expect((await publicViews(letter.id, letter.reference, "ZQOFF")).page).toBe("NOT_FOUND");
      await setNow(new Date(NOW.getTime() + 61 * DAY));
      const open = await publicViews(letter.id, letter.reference, "ZQOFF");
      expect(open.page).toMatchObject({ replies: [{ language: "ru", translationStatus: "PENDING" }] });
      expect(JSON.stringify(open)).not.toContain("ANNEX-ZQOFF");
      // After the deadline, a new reply is public as soon as it is received.
      await submitReply({ actor: actors.norway, input: { communicationId: letter.id, language: "en", body: "A later reply." }, files: [] });
      expect((await publicViews(letter.id, letter.reference, "ZQOFF")).api).toMatchObject({
        replies: [{ language: "ru" }, { language: "en" }],
      });
    } finally {
      await setting(true);
    }
  });

  it("a letter keeps the rule it was sent under when the setting changes afterwards", async () => {
    const { submitReply } = await import("@/lib/communications/submit-reply");
    await setting(false);
    const letter = await dispatchedLetter("ZQKEPT");
    await setting(true);
    await setNow(new Date(NOW.getTime() + 3 * DAY));
    await submitReply({ actor: actors.norway, input: { communicationId: letter.id, language: "en", body: "An early reply." }, files: [] });
    expect((await publicViews(letter.id, letter.reference, "ZQKEPT")).page).toBe("NOT_FOUND");
  });
});

describe("search in the reply's language (issue 15, item 5)", () => {
  it("finds a letter by a Chinese word of its reply, and by an inflected Russian word", async () => {
    const { submitReply } = await import("@/lib/communications/submit-reply");
    const letter = await dispatchedLetter("ZQZH");
    await setNow(new Date(NOW.getTime() + 3 * DAY));
    const reply = await submitReply({
      actor: actors.norway,
      input: { communicationId: letter.id, language: "zh", body: "政府表示，警方对该记者实施了拘留，至今未释放。" },
      files: [],
    });
    // The form's reply is stored as written, its words spaced for the index beside it.
    expect(await prisma.communicationReply.findUniqueOrThrow({ where: { id: reply.id }, select: { body: true, bodyWords: true } })).toEqual(
      {
        body: "政府表示，警方对该记者实施了拘留，至今未释放。",
        bodyWords: "政府 表示 ， 警方 对 该 记者 实施 了 拘留 ， 至今 未 释放 。",
      },
    );
    expect((await publicViews(letter.id, letter.reference, "拘留")).found).toMatchObject({ translationPending: true });
    expect((await publicViews(letter.id, letter.reference, "逮捕")).found).toBeUndefined();
    await submitReply({
      actor: actors.norway,
      input: { communicationId: letter.id, language: "ru", body: "Сведения о задержании журналиста." },
      files: [],
    });
    expect((await publicViews(letter.id, letter.reference, "задержание журналистов")).found).toBeDefined();
  });
});

describe("translation", () => {
  it("attaching a translation removes the mark, shows text and file beside the original, and is audited without its text", async () => {
    const { submitReply } = await import("@/lib/communications/submit-reply");
    const { attachTranslation } = await import("@/lib/communications/attach-translation");
    const { getAttachment } = await import("@/lib/communications/get-attachment");
    const letter = await dispatchedLetter("ZQTRANS");
    await setNow(new Date(NOW.getTime() + 3 * DAY));
    const reply = await submitReply({
      actor: actors.norway,
      input: { communicationId: letter.id, language: "no", body: "Svar fra regjeringen." },
      files: [],
    });
    const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.4\n% ${text}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);
    const input = {
      replyId: reply.id,
      translationLanguage: "en" as const,
      translation: "Reply of the Government: ZQTRANSLATED information.",
    };

    // Only the secretariat translates; nobody attaches an empty translation.
    for (const actor of [actors.norway, actors.holder, actors.admin]) {
      await expect(attachTranslation({ actor, input, file: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(
      attachTranslation({ actor: actors.secretariat, input: { ...input, translation: null }, file: null }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { translation: ["communications.translationEmpty"] },
    });

    await attachTranslation({ actor: actors.secretariat, input, file: { fileName: "translation-v1.pdf", bytes: pdf("v1") } });
    const second = await attachTranslation({ actor: actors.secretariat, input, file: { fileName: "translation.pdf", bytes: pdf("v2") } });
    const { page, api, found } = await publicViews(letter.id, letter.reference, "ZQTRANSLATED");
    expect(page).toMatchObject({
      replies: [
        { body: "Svar fra regjeringen.", translationStatus: "AVAILABLE", translation: input.translation, translationLanguage: "en" },
      ],
    });
    // The replaced file is gone; the new one is the reply's translation, downloadable by anyone.
    const files = (page as { replies: { attachments: { id: string; fileName: string; isTranslation: boolean }[] }[] }).replies[0]!
      .attachments;
    expect(files).toEqual([expect.objectContaining({ fileName: "translation.pdf", isTranslation: true })]);
    expect((await getAttachment({ actor: null, attachmentId: second.file!.id })).fileName).toBe("translation.pdf");
    expect(api).toMatchObject({ replies: [{ translationStatus: "AVAILABLE", translation: input.translation, translationLanguage: "en" }] });
    // The letter is found by its reply's translation; the search no longer marks it.
    expect(found).toMatchObject({ translationPending: false });

    const entries = await prisma.auditEntry.findMany({
      where: { action: "communication.reply.translation", entityId: reply.id },
      orderBy: { at: "asc" },
    });
    expect(entries).toHaveLength(2);
    expect(entries[0]!.changedFields).toEqual(expect.arrayContaining(["translation", "translationStatus", "translationFiles"]));
    expect(entries[1]!.changedFields).toEqual(expect.arrayContaining(["translationFiles"])); // the file replaced
    expect(JSON.stringify(entries.map((e) => [e.before, e.after]))).not.toContain("ZQTRANSLATED");
  });

  it("refuses a language that is no ISO 639 code", async () => {
    const { submitReply } = await import("@/lib/communications/submit-reply");
    const { replySchema } = await import("@/lib/communications/schemas");
    const letter = await dispatchedLetter("ZQLANG");
    await expect(
      submitReply({ actor: actors.norway, input: { communicationId: letter.id, language: "qqq", body: "A reply." }, files: [] }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { language: ["communications.languageUnknown"] } });
    const parsed = replySchema.safeParse({
      communicationId: letter.id,
      language: "other",
      otherLanguage: "SMJ",
      body: "Vástádus ráđđehusas.",
    });
    expect(parsed.success && parsed.data.language).toBe("smj");
    const bad = replySchema.safeParse({ communicationId: letter.id, language: "other", otherLanguage: "xx1", body: "A reply text." });
    expect(bad.success ? null : bad.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["otherLanguage", "communications.languageUnknown"],
    ]);
  });
});

describe("confidentiality of letters not yet public (unchanged)", () => {
  it("no reply, a reply by another State, a copied State or an unsent letter publishes nothing", async () => {
    const { submitReply } = await import("@/lib/communications/submit-reply");
    const { getCommunication } = await import("@/lib/communications/get-communication");
    const letter = await dispatchedLetter("ZQSILENT");
    await setNow(new Date(NOW.getTime() + 30 * DAY));
    expect(await publicViews(letter.id, letter.reference, "ZQSILENT")).toEqual({
      page: "NOT_FOUND",
      api: "NOT_FOUND",
      listed: undefined,
      feed: undefined,
      found: undefined,
    });
    // Brazil is copied on the letter: it sees it, cannot reply, so cannot publish it.
    expect((await getCommunication({ actor: actors.brazil, communicationId: letter.id })).id).toBe(letter.id);
    await expect(
      submitReply({ actor: actors.brazil, input: { communicationId: letter.id, language: "pt", body: "Not ours to answer." }, files: [] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A civil-society user sees what the public sees.
    await expect(getCommunication({ actor: actors.civil, communicationId: letter.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await prisma.communication.findUniqueOrThrow({ where: { id: letter.id } })).publicFrom).toEqual(
      (await prisma.communication.findUniqueOrThrow({ where: { id: letter.id } })).replyDueAt,
    );
    // An approved letter not yet sent cannot be replied to.
    const unsent = await prisma.communication.create({
      data: {
        type: "AL",
        status: "APPROVED",
        addresseeKind: "STATE",
        addresseeStateId: (await prisma.state.findUniqueOrThrow({ where: { iso3: "NOR" } })).id,
        subject: "Unsent",
        summary: "Unsent letter summary.",
        body: "Body. ".repeat(30),
        mandates: { create: { mandateId: actors.holder.mandateIds[0]!, status: "LEAD" } },
      },
    });
    await expect(
      submitReply({ actor: actors.norway, input: { communicationId: unsent.id, language: "no", body: "Svar på et utkast." }, files: [] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
