import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import { genevaCalendarDate } from "@/lib/core/geneva";
import { closeIntegrationDatabase } from "../support/integration";

// Public reports in the open data (R19) through the route handlers, against a real PostgreSQL with
// known reports of one mandate and no seed: the same public rule as the pages (scheduled for a
// session with a due day, or published), documents only once published, summaries only once
// public. A marker in everything that is not public appears in no byte of any answer.
let db: TestDatabase;
let prisma: PrismaClient;
const NOW = new Date();
const DAY = 86_400_000;
const HIDDEN = "Zqhiddenreport5521";
const today = genevaCalendarDate(NOW);
/** A Geneva calendar day `days` from today, as a date-only column holds it. */
const gday = (days: number) => new Date(today.getTime() + days * DAY);
const ids: Record<string, string> = {};

const req = (path: string) => new NextRequest(`http://localhost${path}`);

async function body(res: Response): Promise<string> {
  const text = await res.text();
  expect(text).not.toContain(HIDDEN);
  return text;
}

async function list(query: string) {
  const { GET } = await import("@/app/api/v1/reports/route");
  const res = await GET(req(`/api/v1/reports?${query}`));
  expect(res.status, query).toBe(200);
  expect(res.headers.get("cache-control")).toBe("public, no-cache");
  return JSON.parse(await body(res)) as {
    data: { symbol: string; [key: string]: unknown }[];
    page: number;
    pageSize: number;
    pages: number;
    total: number;
    links: Record<string, string | null>;
  };
}

async function detail(id: string) {
  const { GET } = await import("@/app/api/v1/reports/[id]/route");
  return GET(req(`/api/v1/reports/${id}`), { params: Promise.resolve({ id }) });
}

async function document(reportId: string, language: string, fileName: string) {
  await prisma.attachment.create({
    data: { reportId, language, fileName, contentType: "application/pdf", size: 1234, sha256: "0".repeat(64), storageKey: randomUUID() },
  });
}

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_opendata_reports" });
  Object.assign(process.env, { DATABASE_URL: db.connectionString, SP_TEST_CLOCK: "1" });
  prisma = createPrismaClient(db.connectionString, 2);
  const names = (n: string) => ({ nameEn: n, nameFr: n, nameEs: n, nameAr: n, nameZh: n, nameRu: n });
  const titles = (t: string) => ({ titleEn: t, titleFr: `${t} (fr)`, titleEs: t, titleAr: t, titleZh: t, titleRu: t });
  const state = await prisma.state.create({ data: { iso3: "ZZR", iso2: "ZR", ...names("Reportland"), regionalGroup: "AFRICAN" } });
  const other = await prisma.state.create({ data: { iso3: "ZZS", iso2: "ZS", ...names("Otherland"), regionalGroup: "AFRICAN" } });
  const make = (slug: string) =>
    prisma.mandate.create({ data: { slug, kind: "THEMATIC", body: "SPECIAL_RAPPORTEUR", established: 2010, ...titles(`SR ${slug}`) } });
  const mandate = await make("zz-reports");
  await make("zz-none");
  const request = await prisma.visitRequest.create({
    data: {
      mandateId: mandate.id,
      stateId: state.id,
      status: "COMPLETED",
      purpose: "Visit",
      requestedAt: new Date(NOW.getTime() - 400 * DAY),
    },
  });
  const visit = await prisma.visit.create({ data: { visitRequestId: request.id, startDate: gday(-200), endDate: gday(-190) } });
  await prisma.visitRequest.create({ data: { mandateId: mandate.id, stateId: other.id, status: "DECLINED", purpose: "Visit" } });
  const report = async (key: string, data: Record<string, unknown>) => {
    const r = await prisma.report.create({ data: { symbol: `A/HRC/299/${key}`, title: `Report ${key}`, mandateId: mandate.id, ...data } });
    ids[key] = r.id;
    return r.id;
  };
  // Scheduled (session and due day), not published; its summary public, its document not yet.
  const scheduled = await report("1", {
    body: "HRC",
    councilSession: 299,
    kind: "THEMATIC",
    dueAt: gday(10),
    summary: "Main issues of the scheduled report.",
    summaryPublishedAt: new Date(NOW.getTime() - DAY),
  });
  await document(scheduled, "en", `${HIDDEN}-unpublished.pdf`);
  // Published, on the visit to ZZR, submitted late; documents in French and English; its summary
  // to be published tomorrow.
  const published = await report("2", {
    body: "HRC",
    councilSession: 298,
    kind: "COUNTRY_VISIT",
    visitId: visit.id,
    dueAt: gday(-60),
    submittedAt: gday(-50),
    publishedAt: new Date(NOW.getTime() - 10 * DAY),
    summary: `${HIDDEN} summary still to be published`,
    summaryPublishedAt: new Date(NOW.getTime() + DAY),
  });
  await document(published, "fr", "rapport.pdf");
  await document(published, "en", "report.pdf");
  // Scheduled, overdue since yesterday, its summary a draft.
  await report("3", { body: "GA", councilSession: 81, kind: "OTHER", dueAt: gday(-1), summary: `${HIDDEN} draft summary` });
  // Not public: a session but no due day (a holder records the session of a visit report), and a due day but no session.
  const sessionOnly = await report("4", {
    body: "HRC",
    councilSession: 299,
    kind: "COUNTRY_VISIT",
    visitId: visit.id,
    title: `${HIDDEN} 4`,
  });
  await document(sessionOnly, "en", `${HIDDEN}-session-only.pdf`);
  await report("5", { body: "HRC", kind: "THEMATIC", dueAt: gday(-5), title: `${HIDDEN} 5`, summary: HIDDEN, summaryPublishedAt: NOW });
  // Published tomorrow: not yet.
  await report("6", { body: "HRC", kind: "THEMATIC", publishedAt: new Date(NOW.getTime() + DAY), title: `${HIDDEN} 6` });
});
afterAll(() => closeIntegrationDatabase({ db, prisma }));

describe("GET /api/v1/reports (R19)", () => {
  it("lists public reports only, due last first, with the pages' rule for documents and summaries", async () => {
    const all = await list("mandate=zz-reports");
    expect(all.data.map((r) => r.symbol)).toEqual(["A/HRC/299/1", "A/HRC/299/3", "A/HRC/299/2"]);
    expect(all).toMatchObject({ total: 3, page: 1, pageSize: 25, pages: 1 });
    const [scheduled, overdue, published] = all.data;
    expect(scheduled).toMatchObject({
      id: ids["1"],
      kind: "THEMATIC",
      body: "HRC",
      session: 299,
      dueAt: gday(10).toISOString().slice(0, 10),
      submittedAt: null,
      publishedAt: null,
      dueStatus: "DUE_SOON",
      late: false,
      summary: "Main issues of the scheduled report.",
      documents: [],
      state: null,
      pageUrl: `/reports/${ids["1"]}`,
    });
    expect(overdue).toMatchObject({ body: "GA", session: 81, dueStatus: "OVERDUE", late: true, summary: null, summaryPublishedAt: null });
    expect(published).toMatchObject({
      kind: "COUNTRY_VISIT",
      submittedAt: gday(-50).toISOString().slice(0, 10),
      dueStatus: "SUBMITTED_LATE",
      late: true,
      summary: null,
      summaryPublishedAt: null,
      mandate: { slug: "zz-reports", titles: { en: "SR zz-reports", fr: "SR zz-reports (fr)" } },
      state: { iso3: "ZZR", names: { en: "Reportland" } },
    });
    // The documents of the published report, in the UN order of the languages, by their download address.
    const docs = await prisma.attachment.findMany({ where: { reportId: ids["2"] }, select: { id: true, language: true } });
    const url = (language: string) => `/api/reports/documents/${docs.find((d) => d.language === language)!.id}`;
    expect(published!.documents).toEqual([
      { language: "en", size: 1234, url: url("en") },
      { language: "fr", size: 1234, url: url("fr") },
    ]);
    expect((await list("mandate=zz-none")).total).toBe(0);
  });

  it("filters by body, session, kind, year and State, and pages with links that keep the filters", async () => {
    const symbols = async (q: string) => (await list(`mandate=zz-reports&${q}`)).data.map((r) => r.symbol);
    expect(await symbols("body=ga")).toEqual(["A/HRC/299/3"]);
    expect(await symbols("body=HRC&session=299")).toEqual(["A/HRC/299/1"]);
    expect(await symbols("kind=country_visit")).toEqual(["A/HRC/299/2"]);
    expect(await symbols("state=zzr")).toEqual(["A/HRC/299/2"]);
    expect(await symbols("state=ZZS")).toEqual([]);
    const year = gday(10).getUTCFullYear();
    expect(await symbols(`year=${year}`)).toContain("A/HRC/299/1");
    expect(await symbols(`year=${year + 2}`)).toEqual([]);
    const p2 = await list("mandate=zz-reports&pageSize=1&page=2");
    expect(p2.data.map((r) => r.symbol)).toEqual(["A/HRC/299/3"]);
    expect(p2.pages).toBe(3);
    const next = new URL(p2.links.next!);
    expect([next.searchParams.get("mandate"), next.searchParams.get("page"), next.searchParams.get("pageSize")]).toEqual([
      "zz-reports",
      "3",
      "1",
    ]);
    expect(p2.links.prev).not.toBeNull();
  });

  it("answers 400 naming each malformed parameter, and searches nothing", async () => {
    const { GET } = await import("@/app/api/v1/reports/route");
    const res = await GET(req("/api/v1/reports?body=UN&session=0&kind=PRESS&year=12&state=NORWAY&mandate=A%20B&pageSize=101"));
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const problem = JSON.parse(await body(res));
    expect(problem).toMatchObject({ status: 400, error: "INVALID_INPUT" });
    expect(problem.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual([
      "body",
      "kind",
      "mandate",
      "pageSize",
      "session",
      "state",
      "year",
    ]);
  });
});

describe("GET /api/v1/reports/{id} (R19)", () => {
  it("gives a public report, its documents only once it is published", async () => {
    const scheduled = JSON.parse(await body(await detail(ids["1"]!))).data;
    expect(scheduled).toMatchObject({ symbol: "A/HRC/299/1", documents: [], summary: "Main issues of the scheduled report." });
    const published = JSON.parse(await body(await detail(ids["2"]!))).data;
    expect(published.documents.map((d: { language: string }) => d.language)).toEqual(["en", "fr"]);
    expect(published.summary).toBeNull();
  });

  it("answers 404 for a report not public — a session without a due day, a due day without a session, published tomorrow — and for no report", async () => {
    for (const id of [ids["4"]!, ids["5"]!, ids["6"]!, randomUUID(), "not-a-uuid"]) {
      const res = await detail(id);
      expect(res.status, id).toBe(404);
      expect(JSON.parse(await body(res))).toEqual({ type: "about:blank", title: "Not Found", status: 404, error: "NOT_FOUND" });
    }
  });

  it("shows the summary once its publication instant has come, and the published report's documents", async () => {
    const { setNow } = await import("../support/integration");
    await setNow(new Date(NOW.getTime() + 2 * DAY));
    try {
      const { GET } = await import("@/app/api/v1/reports/[id]/route");
      const res = await GET(req(`/api/v1/reports/${ids["2"]}`), { params: Promise.resolve({ id: ids["2"]! }) });
      const data = JSON.parse(await res.text()).data;
      expect(data.summary).toBe(`${HIDDEN} summary still to be published`);
      // The report published "tomorrow" has come out too.
      expect((await detail(ids["6"]!)).status).toBe(200);
    } finally {
      const { setClockOffset } = await import("@/lib/core/clock");
      setClockOffset(0);
    }
  });
});
