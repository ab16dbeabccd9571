import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import { seedDatabase } from "@/prisma/seed/index";
import { closeIntegrationDatabase } from "../support/integration";

// The open data (R5, R6, R18) through its route handlers, against a real PostgreSQL: seeded letters
// plus known ones to a test State "ZZQ". The safety check: markers in confidential annexes, and in
// every field of an unpublished letter and a draft, appear in no byte of any output.
let db: TestDatabase;
let prisma: PrismaClient;
const NOW = new Date();
const DAY = 86_400_000;
const ANNEX = "Zqannexmarker CONFIDENTIAL-ANNEX-7731";
const HIDDEN = "Zqhiddenmarker4410";
const SECRETS = ["Zqannexmarker", "CONFIDENTIAL-ANNEX-7731", HIDDEN, "Names of alleged victims"];
const mandateIds: string[] = [];
let mandateSlug = "";

type Letter = {
  key: string;
  type?: "AL" | "UA" | "OL";
  sentDaysAgo: number;
  subject: string;
  reply?: boolean;
  hidden?: "unpublished" | "draft";
  joint?: boolean;
};

async function letter(stateId: string, l: Letter) {
  const sentAt = new Date(NOW.getTime() - l.sentDaysAgo * DAY);
  const text = (v: string) => (l.hidden ? `${v} ${HIDDEN}` : v);
  await prisma.communication.create({
    data: {
      type: l.type ?? "AL",
      status: l.hidden === "draft" ? "DRAFT" : "SENT",
      reference: `${l.type ?? "AL"} ZZQ ${l.key}`,
      addresseeKind: "STATE",
      addresseeStateId: stateId,
      subject: text(l.subject),
      summary: text("Zqsummary, with a comma"),
      body: text("Zqbody of the letter."),
      confidentialAnnex: l.hidden ? HIDDEN : ANNEX,
      reviewComment: l.hidden ? HIDDEN : null,
      sentAt,
      replyDueAt: new Date(sentAt.getTime() + 60 * DAY),
      publicFrom: l.hidden ? new Date(NOW.getTime() + 30 * DAY) : new Date(sentAt.getTime() + 60 * DAY),
      mandates: {
        create: [
          { mandateId: mandateIds[0]!, status: "LEAD" },
          ...(l.joint ? [{ mandateId: mandateIds[1]!, status: "SIGNED" as const }] : []),
        ],
      },
      ...(l.reply || l.hidden
        ? {
            replies: {
              create: {
                receivedAt: new Date(sentAt.getTime() + 10 * DAY),
                language: "fr",
                translationStatus: "PENDING",
                body: text("Zqreply text"),
              },
            },
          }
        : {}),
    },
  });
}

const req = (path: string) => new NextRequest(`http://localhost${path}`);
const ctx = <T extends Record<string, string>>(params: T) => ({ params: Promise.resolve(params) });

function clean(body: string): string {
  for (const secret of SECRETS) expect(body).not.toContain(secret);
  return body;
}

async function text(res: Response | Promise<Response>): Promise<string> {
  return clean(await (await res).text());
}

async function list(query: string) {
  const { GET } = await import("@/app/api/v1/communications/route");
  const res = await GET(req(`/api/v1/communications?${query}`));
  expect(res.status).toBe(200);
  expect(res.headers.get("cache-control")).toBe("public, no-cache");
  return JSON.parse(await text(res)) as {
    data: { reference: string; addressee: unknown; replies: unknown[]; themes: string[]; mandates: unknown[] }[];
    page: number;
    pageSize: number;
    pages: number;
    total: number;
    totalIsEstimate: boolean;
    sort: string;
    links: Record<string, string | null>;
  };
}

async function detail(reference: string) {
  const { GET } = await import("@/app/api/v1/communications/[reference]/route");
  return GET(req(`/api/v1/communications/${encodeURIComponent(reference)}`), ctx({ reference }));
}

async function csv(query: string) {
  const { GET } = await import("@/app/api/v1/communications.csv/route");
  const res = await GET(req(`/api/v1/communications.csv?${query}`));
  expect(res.status).toBe(200);
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  // Keep the BOM in the string (Response.text() would strip it) to check it is there exactly once.
  return { res, body: clean(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)) };
}

async function atom(query: string) {
  const { GET } = await import("@/app/api/v1/communications.atom/route");
  return text(GET(req(`/api/v1/communications.atom?${query}`)));
}

/** RFC 4180 records, to check the quoting round-trips. */
function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [],
    cell = "",
    quoted = false;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && input[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  return rows;
}

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_opendata" });
  Object.assign(process.env, { DATABASE_URL: db.connectionString });
  prisma = createPrismaClient(db.connectionString, 4);
  await seedDatabase(prisma, { communications: 6000, now: NOW });
  const state = await prisma.state.create({
    data: {
      iso3: "ZZQ",
      iso2: "ZQ",
      nameEn: "Quizland",
      nameFr: "Quizlande",
      nameEs: "Quizlandia",
      nameAr: "كويزلاند",
      nameZh: "测验国",
      nameRu: "Квизландия",
      regionalGroup: "AFRICAN",
    },
  });
  const mandates = await prisma.mandate.findMany({ orderBy: { slug: "asc" }, take: 2, select: { id: true, slug: true } });
  mandateIds.push(...mandates.map((m) => m.id));
  mandateSlug = mandates[1]!.slug;
  const known: Letter[] = [
    { key: "1/2019", sentDaysAgo: 400, subject: "Zqmarker detention of journalists", reply: true },
    { key: "2/2019", type: "UA", sentDaysAgo: 300, joint: true, subject: '=HYPERLINK("http://evil") Zqmarker "quoted", formula' },
    { key: "3/2020", type: "OL", sentDaysAgo: 200, subject: "Zqmarker <script>alert(1)</script> & evictions" },
    { key: "8/2021", sentDaysAgo: 10, hidden: "unpublished", subject: "Zqmarker unpublished" },
    { key: "9/2021", sentDaysAgo: 5, hidden: "draft", subject: "Zqmarker draft" },
  ];
  for (const l of known) await letter(state.id, l);
  await prisma.$executeRawUnsafe(`VACUUM ANALYZE`);
}, 300_000);

afterAll(() => closeIntegrationDatabase({ db, prisma }));

describe("GET /api/v1/communications", () => {
  it("lists published communications only, with the documented fields", async () => {
    const r = await list("addressee=state:ZZQ");
    expect(r.data.map((c) => c.reference)).toEqual(["OL ZZQ 3/2020", "UA ZZQ 2/2019", "AL ZZQ 1/2019"]);
    expect(r.total).toBe(3);
    const first = r.data.find((c) => c.reference === "AL ZZQ 1/2019")!;
    expect(Object.keys(first).sort()).toEqual([
      "addressee",
      "mandates",
      "publishedAt",
      "reference",
      "replies",
      "replyDueAt",
      "sentAt",
      "subject",
      "summary",
      "themes",
      "type",
    ]);
    expect(first.addressee).toEqual({ kind: "state", iso3: "ZZQ", name: "Quizland" });
    expect(first.replies).toEqual([{ receivedAt: expect.any(String), language: "fr", translationStatus: "PENDING" }]);
    const published = await prisma.communication.count({ where: { status: "SENT", sentAt: { lte: NOW }, publicFrom: { lte: NOW } } });
    // Above 5,000 matches the total is the database's estimate, flagged as such; small results are exact.
    const all = await list("");
    expect(all.totalIsEstimate).toBe(true);
    expect(Math.abs(all.total - published) / published).toBeLessThan(0.1);
    expect(r.totalIsEstimate).toBe(false);
  });

  it("applies the search's filters", async () => {
    expect((await list("addressee=state:ZZQ&type=UA,OL")).data.map((c) => c.reference)).toEqual(["OL ZZQ 3/2020", "UA ZZQ 2/2019"]);
    expect((await list("addressee=state:ZZQ&reply=replied")).data.map((c) => c.reference)).toEqual(["AL ZZQ 1/2019"]);
    expect((await list(`addressee=state:ZZQ&joint=joint&mandate=${mandateSlug}`)).data.map((c) => c.reference)).toEqual(["UA ZZQ 2/2019"]);
    expect((await list("q=zqmarker journalists")).data.map((c) => c.reference)).toEqual(["AL ZZQ 1/2019"]);
    // Lower case: the self link echoes the query, and the search ignores case.
    expect((await list(`q=${HIDDEN.toLowerCase()}`)).total).toBe(0);
    expect((await list("q=zqannexmarker")).total).toBe(0);
  });

  it("pages with links that keep the filters, page size capped at 100", async () => {
    const p1 = await list("addressee=state:ZZQ&pageSize=2");
    expect(p1.data).toHaveLength(2);
    expect(p1.links.prev).toBeNull();
    const next = new URL(p1.links.next!);
    expect(next.searchParams.get("addressee")).toBe("state:ZZQ");
    expect(next.searchParams.get("page")).toBe("2");
    const p2 = await list(next.searchParams.toString());
    expect(p2.data.map((c) => c.reference)).toEqual(["AL ZZQ 1/2019"]);
    expect(p2.links.next).toBeNull();
    expect(p2.links.prev).not.toBeNull();
    expect((await list("pageSize=100")).pageSize).toBe(100);
  });

  // Issue 13, item 3: a malformed parameter is a 400 problem document naming it, never a default.
  it("answers 400 with an RFC 9457 problem document naming each bad parameter", async () => {
    const { GET } = await import("@/app/api/v1/communications/route");
    const res = await GET(req("/api/v1/communications?page=-1&pageSize=abc&type=XX&from=2026-13-45&addressee=XXX&q=%00&actorName=%00"));
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const problem = JSON.parse(await text(res));
    expect(problem).toMatchObject({ type: "about:blank", title: "Bad Request", status: 400, error: "INVALID_INPUT" });
    expect(problem.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual([
      "actorName",
      "addressee",
      "from",
      "page",
      "pageSize",
      "q",
      "type",
    ]);
    for (const query of ["pageSize=500", "pageSize=0", `q=${"a".repeat(501)}`, "sort=random", "year=99999"]) {
      const one = await GET(req(`/api/v1/communications?${query}`));
      expect(one.status, query).toBe(400);
      expect(JSON.parse(await text(one)).invalidParams).toHaveLength(1);
    }
    const { GET: csvGet } = await import("@/app/api/v1/communications.csv/route");
    expect((await csvGet(req("/api/v1/communications.csv?q=%00"))).status).toBe(400);
    const { GET: atomGet } = await import("@/app/api/v1/communications.atom/route");
    expect((await atomGet(req("/api/v1/communications.atom?state=NORWAY"))).status).toBe(400);
  });
});

describe("GET /api/v1/communications/{reference}", () => {
  it("returns a published letter by dashed or encoded reference, with the letter and replies", async () => {
    for (const ref of ["AL-ZZQ-1-2019", "al-zzq-1-2019", "AL%20ZZQ%201%2F2019", "AL ZZQ 1/2019"]) {
      const res = await detail(ref);
      expect(res.status).toBe(200);
      const { data } = JSON.parse(await text(res));
      expect(data.reference).toBe("AL ZZQ 1/2019");
      expect(data.body).toBe("Zqbody of the letter.");
      expect(data.replies[0].body).toBe("Zqreply text");
    }
  });

  it("answers 404 for an unpublished letter, a draft, an unknown or malformed reference", async () => {
    for (const ref of ["AL-ZZQ-8-2021", "AL-ZZQ-9-2021", "AL-ZZQ-77-2021", "nonsense", "%E0%A4%A"]) {
      const res = await detail(ref);
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      expect(JSON.parse(await text(res))).toEqual({ type: "about:blank", title: "Not Found", status: 404, error: "NOT_FOUND" });
    }
  });
});

describe("CSV export", () => {
  it("starts with the BOM, quotes RFC 4180 style, guards formulas, and has one line per match", async () => {
    const { res, body } = await csv("addressee=state:ZZQ");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="communications-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(
      body.startsWith(
        "\uFEFFreference,type,sent_at,reply_due_at,published_at,addressee_kind,addressee_iso3,addressee_name,mandates,subject,summary,themes,reply_count,replies_translation_pending\r\n",
      ),
    ).toBe(true);
    const rows = parseCsv(body.slice(1));
    expect(rows).toHaveLength(1 + 3);
    const ua = rows.find((r) => r[0] === "UA ZZQ 2/2019")!;
    expect(ua[9]).toBe(`'=HYPERLINK("http://evil") Zqmarker "quoted", formula`);
    expect(ua[10]).toBe("Zqsummary, with a comma");
    expect(rows.find((r) => r[0] === "AL ZZQ 1/2019")![12]).toBe("1");
  });

  it("exports every match of a large result in chunks, without duplicates or hidden letters", async () => {
    const started = performance.now();
    const { body } = await csv("");
    const ms = performance.now() - started;
    const rows = parseCsv(body.slice(1)).slice(1);
    const total = await prisma.communication.count({ where: { status: "SENT", sentAt: { lte: NOW }, publicFrom: { lte: NOW } } });
    expect(total).toBeGreaterThan(2000);
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((r) => r[0])).size).toBe(total);
    console.log(`CSV export of ${total} rows: ${Math.round(ms)} ms`);
  });
});

describe("Atom feed", () => {
  it("is well-formed, escaped, and lists what the JSON lists for the same filter", async () => {
    const xml = await atom("state=ZZQ");
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(xml.split("<entry>").length - 1).toBe((await list("addressee=state:ZZQ")).total);
    expect(xml.split("</entry>").length - 1).toBe(3);
    expect(xml).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; evictions");
    expect(xml).not.toContain("<script>");
    expect(/&(?!(amp|lt|gt|quot|apos);)/.test(xml)).toBe(false);
    expect(xml).toMatch(/<entry><id>http[^<]+\/communications\/[0-9a-f-]{36}<\/id><title>OL ZZQ 3\/2020 — /);
    expect((await atom(`mandate=${mandateSlug}&state=ZZQ`)).split("<entry>").length - 1).toBe(1);
  });

  it("shows the 50 most recently published, never an unpublished one", async () => {
    const xml = await atom("");
    expect(xml.split("<entry>").length - 1).toBe(50);
  });
});

describe("States, mandates and the OpenAPI document", () => {
  it("lists States and gives one with its cooperation figures", async () => {
    const { GET: states } = await import("@/app/api/v1/states/route");
    const all = JSON.parse(await text(states()));
    expect(all.data.find((s: { iso3: string }) => s.iso3 === "ZZQ")).toEqual({
      iso3: "ZZQ",
      // The names in the six UN languages (the three new ones added beside the first three keys).
      names: { ar: "كويزلاند", zh: "测验国", en: "Quizland", fr: "Quizlande", ru: "Квизландия", es: "Quizlandia" },
      regionalGroup: "AFRICAN",
      status: "MEMBER",
      councilMember: false,
    });
    const { GET: state } = await import("@/app/api/v1/states/[iso3]/route");
    const one = JSON.parse(await text(state(req("/api/v1/states/zzq"), ctx({ iso3: "zzq" }))));
    expect(one.data.cooperation.totals.received).toBe(3);
    expect((await state(req("/api/v1/states/XXX"), ctx({ iso3: "XXX" }))).status).toBe(404);
  });

  it("lists every mandate and serves an OpenAPI 3.1 document of these paths", async () => {
    const { GET: mandates } = await import("@/app/api/v1/mandates/route");
    const m = JSON.parse(await text(mandates()));
    expect(m.data).toHaveLength(await prisma.mandate.count());
    const { GET: openapi } = await import("@/app/api/v1/openapi.json/route");
    const doc = await openapi().json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/communications",
        "/api/v1/communications/{reference}",
        "/api/v1/communications.csv",
        "/api/v1/communications.atom",
        "/api/v1/states",
        "/api/v1/states/{iso3}",
        "/api/v1/mandates",
        "/api/v1/reports",
        "/api/v1/reports/{id}",
      ]),
    );
  });
});
