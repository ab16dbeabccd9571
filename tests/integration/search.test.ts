import { genevaDate, genevaYear } from "@/lib/core/geneva";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import { seedDatabase } from "@/prisma/seed/index";
import { parseSearchParams, type SearchParams } from "@/lib/search/schemas";
import type { SearchResult } from "@/lib/search/search-public-communications";
import { indexedWords } from "@/lib/core/word-breaks";
import { closeIntegrationDatabase } from "../support/integration";

// The public search against a real PostgreSQL holding 20,000 seeded communications (enough for the
// planner to prefer indexes, as it will at 200,000) plus known letters made here: a test State
// ("ZZT") and two test companies, with marker words no seeded text contains.
let db: TestDatabase;
let prisma: PrismaClient;
const NOW = new Date();
const DAY = 86_400_000;
const ids: Record<string, string> = {};
let actorMining = "";
const mandates: string[] = [];

const ANNEX = "Annexonlyword CONFIDENTIAL-ANNEX-MARKER";
const UNPUBLISHED = "Unpublishedmarker";

async function search(query: string | Record<string, string | string[]>): Promise<SearchResult> {
  const { searchPublicCommunications } = await import("@/lib/search/search-public-communications");
  const params = parseSearchParams(typeof query === "string" ? new URLSearchParams(query) : query);
  const result = await searchPublicCommunications({ params, now: NOW, locale: "en" });
  // Never an unpublished letter or an annex, in any field of any row (R5).
  const text = JSON.stringify(result.rows);
  expect(text).not.toContain(UNPUBLISHED);
  expect(text).not.toContain("CONFIDENTIAL-ANNEX-MARKER");
  expect(text).not.toContain("Names of alleged victims");
  return result;
}

const refs = (r: SearchResult) => r.rows.map((row) => row.reference).sort();

type Letter = {
  key: string;
  type?: "AL" | "UA" | "OL";
  language?: string;
  sentDaysAgo: number;
  subject: string;
  summary?: string;
  body?: string;
  actorId?: string;
  signers?: number;
  themes?: string[];
  reprisals?: boolean;
  reply?: string;
  replyLanguage?: string;
  published?: boolean;
  status?: "SENT" | "DRAFT";
};

async function letter(stateId: string, l: Letter, iso3 = "ZZT") {
  const sentAt = new Date(NOW.getTime() - l.sentDaysAgo * DAY);
  const published = l.published ?? true;
  const themeRows = await prisma.theme.findMany({ where: { slug: { in: l.themes ?? [] } }, select: { id: true } });
  const c = await prisma.communication.create({
    data: {
      type: l.type ?? "AL",
      status: l.status ?? "SENT",
      reference: `${l.type ?? "AL"} ${iso3} ${l.key}`,
      language: l.language ?? "en",
      addresseeKind: l.actorId ? "OTHER_ACTOR" : "STATE",
      addresseeStateId: l.actorId ? null : stateId,
      addresseeOtherActorId: l.actorId ?? null,
      subject: l.subject,
      summary: l.summary ?? "Zzsummary text.",
      body: l.body ?? "Zzbody text of the letter.",
      confidentialAnnex: ANNEX,
      concernsReprisals: l.reprisals ?? false,
      sentAt,
      replyDueAt: new Date(sentAt.getTime() + 60 * DAY),
      publicFrom: published ? new Date(sentAt.getTime() + 60 * DAY) : new Date(NOW.getTime() + 30 * DAY),
      mandates: {
        create: [
          { mandateId: mandates[0]!, status: "LEAD" },
          ...(l.signers && l.signers > 1
            ? [{ mandateId: mandates[1]!, status: "SIGNED" as const }]
            : [{ mandateId: mandates[1]!, status: "DECLINED" as const }]),
        ],
      },
      themes: { create: themeRows.map((t) => ({ themeId: t.id })) },
      ...(l.reply
        ? {
            replies: {
              create: {
                receivedAt: new Date(sentAt.getTime() + 10 * DAY),
                language: l.replyLanguage ?? "en",
                body: l.reply,
                // As submit-reply.ts and the seed write it (Chinese split into words).
                bodyWords: indexedWords(l.reply),
              },
            },
          }
        : {}),
    },
    select: { id: true },
  });
  ids[l.key] = c.id;
}

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_search" });
  Object.assign(process.env, { DATABASE_URL: db.connectionString });
  prisma = createPrismaClient(db.connectionString, 4);
  await seedDatabase(prisma, { communications: 20000, now: NOW });
  const state = await prisma.state.create({
    data: {
      iso3: "ZZT",
      iso2: "ZT",
      nameEn: "Testland",
      nameFr: "Testlande",
      nameEs: "Testlandia",
      nameAr: "تستلاند",
      nameZh: "测试国",
      nameRu: "Тестландия",
      regionalGroup: "WESTERN_EUROPEAN_OTHERS",
    },
  });
  actorMining = (await prisma.otherActor.create({ data: { name: "Zentrix Mining Corporation", kind: "BUSINESS" } })).id;
  const logistics = (await prisma.otherActor.create({ data: { name: "Zentrix Logistics", kind: "BUSINESS" } })).id;
  mandates.push(...(await prisma.mandate.findMany({ orderBy: { slug: "asc" }, take: 2, select: { id: true } })).map((m) => m.id));
  const known: Letter[] = [
    {
      key: "1/2019",
      type: "AL",
      sentDaysAgo: 400,
      subject: "Zzmarker alleged detention of journalists",
      themes: ["climate-change"],
      reply: "The Government rejects the allegations; xylofrond.",
    },
    {
      key: "2/2019",
      type: "UA",
      language: "fr",
      sentDaysAgo: 300,
      signers: 2,
      reprisals: true,
      subject: "Zzmarker allégations concernant des manifestations pacifiques",
      summary: "Des personnes ont été arrêtées lors de manifestations pacifiques.",
    },
    {
      key: "3/2020",
      type: "OL",
      language: "es",
      sentDaysAgo: 200,
      themes: ["reprisals"],
      subject: "Zzmarker observaciones sobre desapariciones forzadas",
      summary: "Información sobre desapariciones forzadas de defensores.",
    },
    { key: "4/2020", type: "AL", sentDaysAgo: 150, signers: 2, subject: "Zzmarker <script>alert(1)</script> & housing evictions" },
    { key: "5/2021", type: "AL", sentDaysAgo: 120, actorId: actorMining, subject: "Zzmarker mining operations and water pollution" },
    { key: "6/2021", type: "UA", sentDaysAgo: 100, actorId: actorMining, subject: "Zzmarker threats against land defenders near a mine" },
    { key: "7/2021", type: "AL", sentDaysAgo: 90, actorId: logistics, subject: "Zzmarker labour conditions of drivers" },
    {
      key: "8/2021",
      type: "AL",
      sentDaysAgo: 10,
      published: false,
      subject: `Zzmarker ${UNPUBLISHED} manifestations pacifiques`,
      actorId: actorMining,
    },
    { key: "9/2021", type: "AL", sentDaysAgo: 10, status: "DRAFT", subject: `Zzmarker ${UNPUBLISHED} draft`, actorId: actorMining },
  ];
  for (const l of known) await letter(state.id, l);
  // Letters and replies in the other languages of the search (issue 15, item 5), to a State of their own.
  const languages = await prisma.state.create({
    data: {
      iso3: "ZZL",
      iso2: "ZL",
      nameEn: "Langland",
      nameFr: "Languelande",
      nameEs: "Lengualandia",
      nameAr: "لانغلاند",
      nameZh: "语言国",
      nameRu: "Лангландия",
      regionalGroup: "ASIA_PACIFIC",
    },
  });
  const inLanguages: Letter[] = [
    { key: "1/2022", language: "ru", sentDaysAgo: 80, subject: "Zzlang задержание правозащитника", summary: "Сообщение о задержании." },
    { key: "2/2022", language: "es", sentDaysAgo: 79, subject: "Zzlang detención arbitraria de periodistas" },
    { key: "3/2022", language: "ar", sentDaysAgo: 78, subject: "Zzlang قلق بالغ بالاحتجاز التعسفي" },
    { key: "4/2022", language: "ar", sentDaysAgo: 77, subject: "Zzlang التعذيب والاحتجاز" },
    {
      key: "5/2022",
      sentDaysAgo: 76,
      subject: "Zzlang detention of a journalist",
      reply: "政府表示，警方对该记者实施了拘留，至今未释放。",
      replyLanguage: "zh",
    },
    { key: "6/2022", language: "fr", sentDaysAgo: 75, subject: "Zzlang Détention d'élèves à Genève" },
  ];
  for (const l of inLanguages) await letter(languages.id, l, "ZZL");
  // What autovacuum does after a bulk load: statistics, and the visibility map that lets the count
  // of the listing read the (status, sentAt, publicFrom) index alone.
  await prisma.$executeRawUnsafe(`VACUUM ANALYZE`);
}, 300_000);

afterAll(() => closeIntegrationDatabase({ db, prisma }));

describe("public search filters", () => {
  it("lists only published communications, newest first, 25 a page", async () => {
    const all = await search("");
    const published = await prisma.communication.count({ where: { status: "SENT", sentAt: { lte: NOW }, publicFrom: { lte: NOW } } });
    // Above EXACT_COUNT_LIMIT the total is the planner's estimate, said as such.
    expect(all.exact).toBe(false);
    expect(Math.abs(all.total - published) / published).toBeLessThan(0.1);
    expect(all.rows).toHaveLength(25);
    // Newest published first (R5: a letter is published at the end of its period, or on receipt of a reply).
    const rows = await prisma.communication.findMany({
      where: { id: { in: all.rows.map((r) => r.id) } },
      select: { id: true, publicFrom: true },
    });
    const publishedAt = new Map(rows.map((c) => [c.id, c.publicFrom!.getTime()]));
    const dates = all.rows.map((r) => publishedAt.get(r.id)!);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    const page2 = await search("page=2");
    expect(page2.rows[0]!.id).not.toBe(all.rows[0]!.id);
    expect(page2.pages).toBe(400); // MAX_BROWSE_ROWS / 25: beyond, narrow the search or use the CSV
    expect((await search("page=401")).rows).toEqual([]);
    // A small result is counted exactly.
    const zzt = await search("addressee=state:ZZT");
    expect(zzt).toMatchObject({ total: 4, exact: true, pages: 1 });
  });

  it("filters by State, and finds text in the letter and in its replies", async () => {
    expect(refs(await search("addressee=state:ZZT"))).toEqual(["AL ZZT 1/2019", "AL ZZT 4/2020", "OL ZZT 3/2020", "UA ZZT 2/2019"]);
    expect(refs(await search("q=xylofrond"))).toEqual(["AL ZZT 1/2019"]);
    const r = await search("q=zzmarker journalists");
    expect(refs(r)).toEqual(["AL ZZT 1/2019"]);
    expect(r.rows[0]!.subjectHtml).toBe("<mark>Zzmarker</mark> alleged detention of <mark>journalists</mark>");
    expect(r.rows[0]!.addressee).toEqual({ kind: "STATE", iso3: "ZZT", name: "Testland" });
    expect(r.rows[0]!.replyCount).toBe(1);
    expect(r.rows[0]!.themes.map((t) => t.slug)).toEqual(["climate-change"]);
    expect(r.rows[0]!.mandates).toHaveLength(1);
  });

  it("escapes the stored text before highlighting", async () => {
    const r = await search("q=housing zzmarker");
    expect(r.rows[0]!.subjectHtml).toBe("<mark>Zzmarker</mark> &lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>housing</mark> evictions");
    expect((await search("addressee=state:ZZT&type=AL")).rows.find((x) => x.reference === "AL ZZT 4/2020")!.subjectHtml).toContain(
      "&lt;script&gt;",
    );
  });

  it("stems French and Spanish words in their own language", async () => {
    // French: "manifestation" finds "manifestations", "arrêté" finds "arrêtées"; the unpublished letter stays hidden.
    expect(refs(await search("q=zzmarker manifestation"))).toEqual(["UA ZZT 2/2019"]);
    expect(refs(await search("q=arrêté&addressee=state:ZZT"))).toEqual(["UA ZZT 2/2019"]);
    // Spanish: "desaparición forzada" finds "desapariciones forzadas".
    const es = await search("q=desaparición forzada&addressee=state:ZZT");
    expect(refs(es)).toEqual(["OL ZZT 3/2020"]);
    expect(es.rows[0]!.subjectHtml).toBe("Zzmarker observaciones sobre <mark>desapariciones</mark> <mark>forzadas</mark>");
  });

  it("finds every communication sent to an other actor by its name (R6), or by the actor chosen", async () => {
    expect(refs(await search("actorName=zentrix mining"))).toEqual(["AL ZZT 5/2021", "UA ZZT 6/2021"]);
    expect(refs(await search("actorName=Zentrix"))).toEqual(["AL ZZT 5/2021", "AL ZZT 7/2021", "UA ZZT 6/2021"]);
    expect(refs(await search(`addressee=actor:${actorMining}`))).toEqual(["AL ZZT 5/2021", "UA ZZT 6/2021"]);
    expect((await search("actorName=zentrix_%")).total).toBe(0);
  });

  it("filters by type, year, date range, reply status, theme (reprisals: R8), joint, mandate, and combinations", async () => {
    const zzt = { addressee: "state:ZZT" };
    expect(refs(await search({ ...zzt, type: ["UA", "OL"] }))).toEqual(["OL ZZT 3/2020", "UA ZZT 2/2019"]);
    expect(refs(await search({ ...zzt, type: "AL,OL" }))).toEqual(["AL ZZT 1/2019", "AL ZZT 4/2020", "OL ZZT 3/2020"]);
    // Years, like the date filters below, are Geneva's.
    const year = genevaYear(new Date(NOW.getTime() - 150 * DAY));
    const inYear = (await search({ ...zzt, year: String(year) })).rows.map((r) => genevaYear(r.sentAt));
    expect(inYear.length).toBeGreaterThan(0);
    expect(inYear.every((y) => y === year)).toBe(true);
    // Geneva calendar days (the UTC day differs around midnight in Geneva).
    const day = (n: number) => genevaDate(new Date(NOW.getTime() - n * DAY));
    expect(refs(await search({ ...zzt, from: day(250), to: day(150) }))).toEqual(["AL ZZT 4/2020", "OL ZZT 3/2020"]);
    expect(refs(await search({ ...zzt, reply: "replied" }))).toEqual(["AL ZZT 1/2019"]);
    expect(refs(await search({ ...zzt, reply: "none" }))).toEqual(["AL ZZT 4/2020", "OL ZZT 3/2020", "UA ZZT 2/2019"]);
    expect(refs(await search({ ...zzt, reply: "overdue" }))).toEqual(["AL ZZT 4/2020", "OL ZZT 3/2020", "UA ZZT 2/2019"]);
    expect(refs(await search({ ...zzt, theme: "reprisals" }))).toEqual(["OL ZZT 3/2020", "UA ZZT 2/2019"]);
    expect(refs(await search({ ...zzt, theme: "climate-change" }))).toEqual(["AL ZZT 1/2019"]);
    expect(refs(await search({ ...zzt, joint: "joint" }))).toEqual(["AL ZZT 4/2020", "UA ZZT 2/2019"]);
    expect(refs(await search({ ...zzt, joint: "single" }))).toEqual(["AL ZZT 1/2019", "OL ZZT 3/2020"]);
    const slug = (await prisma.mandate.findUniqueOrThrow({ where: { id: mandates[1]! }, select: { slug: true } })).slug;
    expect(refs(await search({ ...zzt, mandate: slug }))).toEqual(["AL ZZT 4/2020", "UA ZZT 2/2019"]);
    expect(refs(await search({ ...zzt, mandate: slug, type: "UA", theme: "reprisals", reply: "none", q: "manifestations" }))).toEqual([
      "UA ZZT 2/2019",
    ]);
    expect(refs(await search({ actorName: "Zentrix", type: "UA" }))).toEqual(["UA ZZT 6/2021"]);
  });

  it("ranks by relevance when asked and by date otherwise", async () => {
    const byDate = await search("q=zzmarker&sort=date");
    const dates = byDate.rows.map((r) => r.sentAt.getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    const byRelevance = await search("q=zzmarker pollution");
    expect(byRelevance.rows[0]!.reference).toBe("AL ZZT 5/2021");
  });

  it("never finds an unpublished letter, a draft or a word of a confidential annex", async () => {
    expect((await search(`q=${UNPUBLISHED}`)).total).toBe(0);
    expect((await search("q=Annexonlyword")).total).toBe(0);
    expect(refs(await search(`addressee=actor:${actorMining}&q=manifestations`))).toEqual([]);
    // Words of the seeded annexes ("Names of alleged victims: …") are in no vector either.
    expect((await search('q="names of alleged victims"')).total).toBe(0);
  });

  it("an unknown State, mandate or theme finds nothing; ids cannot be given in the URL", async () => {
    expect((await search("addressee=state:QQQ")).total).toBe(0);
    expect((await search("mandate=no-such-mandate")).total).toBe(0);
    expect((await search("theme=no-such-theme")).total).toBe(0);
    expect(
      parseSearchParams(new URLSearchParams("resolvedStateId=00000000-0000-0000-0000-000000000000&resolvedMandateId=x")),
    ).not.toHaveProperty("resolvedStateId");
  });

  it("ignores malformed parameters instead of failing", async () => {
    const params = parseSearchParams(
      new URLSearchParams("addressee=nowhere&type=XX&year=abc&from=2020-13-45&reply=maybe&page=-3&theme=DROP TABLE"),
    );
    expect(params).toEqual({
      type: [],
      page: 1,
      q: undefined,
      addressee: undefined,
      actorName: undefined,
      mandate: undefined,
      year: undefined,
      from: undefined,
      to: undefined,
      reply: undefined,
      theme: undefined,
      joint: undefined,
      sort: undefined,
    });
  });
});

describe("search in six languages (issue 15, item 5)", () => {
  const zzl = (q: string) => search({ addressee: "state:ZZL", q });

  it("stems Russian: an inflected form finds its letter", async () => {
    expect(refs(await zzl("задержания"))).toEqual(["AL ZZL 1/2022"]);
    expect(refs(await zzl("задержанием правозащитников"))).toEqual(["AL ZZL 1/2022"]);
    expect((await zzl("задержания")).rows[0]!.subjectHtml).toBe("Zzlang <mark>задержание</mark> правозащитника");
  });

  it("folds accents both ways, and still marks the accented word", async () => {
    const es = await zzl("detencion");
    expect(refs(es)).toEqual(["AL ZZL 2/2022"]);
    expect(es.rows[0]!.subjectHtml).toBe("Zzlang <mark>detención</mark> arbitraria de periodistas");
    expect(refs(await zzl("DÉTENCIÓN ARBITRÁRIA"))).toEqual(["AL ZZL 2/2022"]);
    // French: "eleves" and "geneve" find "élèves à Genève".
    expect(refs(await zzl("eleves geneve"))).toEqual(["AL ZZL 6/2022"]);
  });

  it("finds a two-character Chinese word inside a reply's sentence", async () => {
    expect(refs(await zzl("拘留"))).toEqual(["AL ZZL 5/2022"]);
    expect(refs(await zzl("记者 拘留"))).toEqual(["AL ZZL 5/2022"]);
    // Typed without spaces, the query is split as the reply was.
    expect(refs(await zzl("实施了拘留"))).toEqual(["AL ZZL 5/2022"]);
    expect(refs(await zzl("逮捕"))).toEqual([]);
    // The seeded Chinese replies are split the same way: a word from the middle of one finds letters.
    expect((await search("q=核查")).total).toBeGreaterThan(0);
  });

  it("stems Arabic as PostgreSQL's arabic configuration does", async () => {
    // The article and a preposition go: "الاحتجاز" (the detention) finds "بالاحتجاز" (of the detention),
    // with or without short vowels.
    expect(refs(await zzl("الاحتجاز"))).toContain("AL ZZL 3/2022");
    expect(refs(await zzl("احتجاز"))).toContain("AL ZZL 3/2022");
    expect(refs(await zzl("الاحتجازُ"))).toContain("AL ZZL 3/2022");
    // The Snowball stemmer keeps a و ("and") followed by an alif, to spare roots that begin with it:
    // "والاحتجاز" is indexed whole, found by itself only.
    expect(refs(await zzl("الاحتجاز"))).toEqual(["AL ZZL 3/2022"]);
    expect(refs(await zzl("والاحتجاز"))).toEqual(["AL ZZL 4/2022"]);
  });
});

describe("search facets", () => {
  it("list other actors first, then States A–Z, and the years present", async () => {
    const { findSearchFacets } = await import("@/lib/search/find-search-facets");
    const f = await findSearchFacets({ locale: "fr", now: NOW });
    const firstState = f.addressees.findIndex((a) => a.kind === "STATE");
    expect(firstState).toBeGreaterThan(0);
    expect(f.addressees.slice(firstState).every((a) => a.kind === "STATE")).toBe(true);
    expect(f.addressees.map((a) => a.value)).toContain(`actor:${actorMining}`);
    const states = f.addressees.slice(firstState).map((a) => a.label);
    expect(states).toEqual([...states].sort(new Intl.Collator("fr").compare));
    // From the latest published letter's year (early in January that is still last year's).
    const latest = await prisma.communication.findFirst({
      where: { status: "SENT", publicFrom: { lte: NOW } },
      orderBy: { sentAt: "desc" },
      select: { sentAt: true },
    });
    expect(f.years[0]).toBe(genevaYear(latest!.sentAt!));
    expect(f.years.at(-1)).toBeLessThanOrEqual(f.years[0]!);
    expect(f.themes.map((t) => t.value)).toContain("reprisals");
  });
});

describe("query plans at 20,000 communications", () => {
  function seqScans(plan: unknown): string[] {
    const found: string[] = [];
    const walk = (node: unknown) => {
      if (!node || typeof node !== "object") return;
      const n = node as Record<string, unknown>;
      if (n["Node Type"] === "Seq Scan") found.push(String(n["Relation Name"]));
      for (const v of Object.values(n)) {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === "object") walk(v);
      }
    };
    walk(plan);
    return found;
  }

  /** The statements a search runs (count when small, the page in the order chosen) and, for a text query, the other order too. */
  async function plansOf(query: string): Promise<string[]> {
    const { countSql, searchOrder, searchTotal } = await import("@/lib/search/search-plan");
    const { searchPageSql } = await import("@/lib/search/search-public-communications");
    const { withResolvedIds } = await import("@/lib/search/resolve-ids");
    const params = await withResolvedIds(parseSearchParams(new URLSearchParams(query)) as SearchParams);
    const total = await searchTotal((sql) => prisma.$queryRaw(sql), params, NOW);
    const order = searchOrder(params, total);
    // The count runs only when the estimate is small (searchTotal).
    const statements = [...(total.exact ? [countSql(params, NOW)] : []), searchPageSql(params, NOW, order)];
    if (params.q) {
      statements.push(searchPageSql(params, NOW, { sort: "date", windowed: false }));
      statements.push(searchPageSql(params, NOW, { sort: "relevance", windowed: !total.exact || total.total > 1000 }));
    }
    const scans: string[] = [];
    for (const sql of statements) {
      const rows = await prisma.$queryRaw<{ "QUERY PLAN": unknown }[]>(Prisma.sql`EXPLAIN (FORMAT JSON) ${sql}`);
      const found = seqScans(rows[0]!["QUERY PLAN"]);
      // The plan, to read when the assertion fails.
      if (found.includes("Communication")) console.log(JSON.stringify(rows[0]!["QUERY PLAN"], null, 1));
      scans.push(...found);
    }
    return scans;
  }

  it.each([
    ["the default listing", () => ""],
    ["a text query", () => "q=zzmarker"],
    ["a Russian word", () => "q=задержания"],
    ["a Chinese word", () => "q=拘留"],
    ["an Arabic word", () => "q=الاحتجاز"],
    ["a word typed without its accent", () => "q=detencion"],
    ["a word in a fifth of all letters", () => "q=detention"],
    ["a word in a fifth of all letters, by relevance", () => "q=detention&sort=relevance"],
    ["a common word with a filter", () => "q=detention&type=AL"],
    ["a State filter", () => "addressee=state:ZZT"],
    ["a busy State", () => `addressee=state:${busyState}`],
    ["a busy mandate", () => `mandate=${busyMandate}`],
    ["a common theme", () => "theme=migration"],
    ["an other actor", () => `addressee=actor:${actorMining}`],
    ["an other actor's name", () => "actorName=zentrix"],
  ])("do not read the whole Communication table for %s", async (_label, query) => {
    if (!busyState) {
      const [top] = await prisma.$queryRaw<
        { iso3: string }[]
      >`SELECT s.iso3 FROM "Communication" c JOIN "State" s ON s.id = c."addresseeStateId" GROUP BY s.iso3 ORDER BY count(*) DESC LIMIT 1`;
      busyState = top!.iso3;
    }
    if (!busyMandate) {
      const [top] = await prisma.$queryRaw<
        { slug: string }[]
      >`SELECT m.slug FROM "CommunicationMandate" cm JOIN "Mandate" m ON m.id = cm."mandateId" GROUP BY m.slug ORDER BY count(*) DESC LIMIT 1`;
      busyMandate = top!.slug;
    }
    expect(await plansOf(query())).not.toContain("Communication");
  });
});
let busyState = "";
let busyMandate = "";
