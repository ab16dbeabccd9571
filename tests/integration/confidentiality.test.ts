import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { seedDatabase } from "@/prisma/seed/index";
import { closeIntegrationDatabase, demoActors } from "../support/integration";

// R8, the first test: a case with unique markers in every confidential field. Every public
// data source (the lib functions behind public pages, the JSON API, CSV exports, Atom feeds) and the
// workspace loaders of every role that may not read the case are collected, serialised, and searched
// for the markers. A cleared summary is the positive control: it must reach the public outputs.

let db: TestDatabase;
let prisma: PrismaClient;
const actors: Record<string, Actor> = {};
const tag = randomUUID().slice(0, 8);
const M = {
  // Not sharing a word with the other markers: a holder's view masks the names wherever they appear.
  persons: `PERSONSMARKER-${tag}`,
  cooperation: `MARKER-COOPERATION-${tag}`,
  acts: `MARKER-ACTS-${tag}`,
  actions: `MARKER-ACTIONS-${tag}`,
  referralNote: `MARKER-REFERRAL-NOTE-${tag}`,
  unclearedSummary: `MARKER-UNCLEARED-SUMMARY-${tag}`,
};
const CONFIDENTIAL = Object.values(M);
const CLEARED = `Cleared public summary ${tag}: a person who cooperated with the United Nations was reportedly threatened.`;
let clearedCaseId = "";
let unclearedCaseId = "";
let letter = { id: "", reference: "" };
let norwayId = "";

const req = (path: string) => new NextRequest(`http://localhost${path}`);
const ctx = <T extends Record<string, string>>(params: T) => ({ params: Promise.resolve(params) });

function serialise(value: unknown): string {
  return JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
}

function expectNoMarker(label: string, text: string) {
  for (const marker of CONFIDENTIAL) expect(text.includes(marker), `${label} contains ${marker}`).toBe(false);
}

/** Runs a loader; a refusal (NOT_FOUND, FORBIDDEN…) is an answer too, and its message is checked as well. */
async function collect(label: string, load: () => Promise<unknown>): Promise<string> {
  let out: string;
  try {
    out = serialise(await load());
  } catch (err) {
    out = `${label} threw ${(err as Error).name}: ${(err as Error).message} ${serialise((err as { fieldErrors?: unknown }).fieldErrors ?? null)}`;
  }
  expectNoMarker(label, out);
  return out;
}

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_confid" });
  Object.assign(process.env, { DATABASE_URL: db.connectionString, SP_TEST_CLOCK: "1" });
  prisma = createPrismaClient(db.connectionString, 4);
  await seedDatabase(prisma, { communications: 40 });
  Object.assign(actors, await demoActors(prisma));

  // A public letter of the holder's mandate to Norway, flagged as concerning reprisals (R8's view).
  const norway = await prisma.state.findUniqueOrThrow({ where: { iso3: "NOR" } });
  norwayId = norway.id;
  const sentAt = new Date(Date.now() - 90 * 86_400_000);
  const replyDueAt = new Date(sentAt.getTime() + 60 * 86_400_000);
  letter = (await prisma.communication.create({
    data: {
      type: "UA",
      status: "SENT",
      addresseeKind: "STATE",
      addresseeStateId: norway.id,
      subject: `Reprisal letter ${tag}`,
      summary: "Alleged intimidation of a person who cooperated with the special procedures.",
      body: "Body ".repeat(40),
      sentAt,
      replyDueAt,
      publicFrom: replyDueAt,
      concernsReprisals: true,
      reference: `UA NOR 99/${tag.replace(/\D/g, "").slice(0, 3) || "1"}99`,
      mandates: { create: { mandateId: actors.holder!.mandateIds[0]!, status: "LEAD" } },
    },
    select: { id: true, reference: true },
  })) as { id: string; reference: string };

  const { saveReprisalCase } = await import("@/lib/reprisals/save-case");
  const { addReferral } = await import("@/lib/reprisals/referrals");
  const { savePublicSummary, clearPublicSummary } = await import("@/lib/reprisals/public-summary");
  const base = {
    stateId: norway.id,
    personsConcerned: M.persons,
    cooperationContext: M.cooperation,
    actsAlleged: M.acts,
    actsDate: new Date("2026-01-15T00:00:00Z"),
    actionsTaken: M.actions,
    communicationReferences: [letter.reference],
    status: "FOLLOW_UP" as const,
    confidentiality: "STRICTLY_CONFIDENTIAL" as const,
    sgReportYear: 2026,
  };
  const secretariat = actors.secretariat!;
  clearedCaseId = (await saveReprisalCase({ actor: secretariat, input: base })).id;
  await addReferral({
    actor: secretariat,
    input: { caseId: clearedCaseId, body: "HIGH_COMMISSIONER", referredAt: new Date("2026-02-01T00:00:00Z"), note: M.referralNote },
  });
  await savePublicSummary({ actor: secretariat, input: { caseId: clearedCaseId, publicSummary: CLEARED } });
  // Four eyes (R8): another member of the secretariat clears it.
  await clearPublicSummary({ actor: actors.secretariat2!, input: { caseId: clearedCaseId } });
  unclearedCaseId = (await saveReprisalCase({ actor: secretariat, input: { ...base, confidentiality: "CONFIDENTIAL" } })).id;
  await savePublicSummary({
    actor: secretariat,
    input: { caseId: unclearedCaseId, publicSummary: `Draft summary, not cleared: ${M.unclearedSummary}` },
  });
  // Update once, so the audit log also holds an update entry.
  await saveReprisalCase({
    actor: secretariat,
    input: { ...base, caseId: unclearedCaseId, confidentiality: "CONFIDENTIAL", actsAlleged: `${M.acts} (updated)` },
  });
}, 300_000);

afterAll(() => closeIntegrationDatabase({ db, prisma }));

describe("the markers are really in the database (the test can fail)", () => {
  it("stores every marker in the case, and the secretariat reads them all", async () => {
    const { getReprisalCase } = await import("@/lib/reprisals/get-case");
    const full = serialise(await getReprisalCase({ actor: actors.secretariat!, caseId: clearedCaseId }));
    for (const marker of [M.persons, M.cooperation, M.acts, M.actions, M.referralNote]) expect(full).toContain(marker);
    const uncleared = serialise(await getReprisalCase({ actor: actors.secretariat!, caseId: unclearedCaseId }));
    expect(uncleared).toContain(M.unclearedSummary);
  });
});

describe("public pages, API, exports and feeds", () => {
  it("show the cleared summary and none of the confidential fields", async () => {
    const { findPublicReprisals, publicReprisalCounts, getPublicReprisal, parsePublicReprisalParams } =
      await import("@/lib/reprisals/find-public-reprisals");
    const register = await collect("public register", () =>
      findPublicReprisals({ params: parsePublicReprisalParams(new URLSearchParams()) }),
    );
    expect(register).toContain(CLEARED);
    await collect("public register filtered by Norway", () =>
      findPublicReprisals({ params: parsePublicReprisalParams(new URLSearchParams("state=NOR")) }),
    );
    await collect("public counts", () => publicReprisalCounts());
    expect(await collect("public entry", () => getPublicReprisal({ caseId: clearedCaseId }))).toContain(CLEARED);
    expect(await getPublicReprisal({ caseId: unclearedCaseId })).toBeNull();

    const { GET: casesJson } = await import("@/app/api/reprisals/cases/route");
    const json = await collect("GET /api/reprisals/cases", async () => (await casesJson(req("/api/reprisals/cases?state=NOR"))).text());
    expect(json).toContain(CLEARED);
    const { GET: casesCsv } = await import("@/app/api/reprisals/cases.csv/route");
    const csv = await collect("GET /api/reprisals/cases.csv", async () => (await casesCsv(req("/api/reprisals/cases.csv"))).text());
    expect(csv).toContain(tag);
  });

  it("keep the confidential record out of the communications database, its API, CSV and feed", async () => {
    const now = new Date();
    const { searchPublicCommunications } = await import("@/lib/search/search-public-communications");
    const { parseSearchParams } = await import("@/lib/search/schemas");
    const view = await collect("reprisals view of the communications", () =>
      searchPublicCommunications({ params: parseSearchParams(new URLSearchParams("theme=reprisals")), now }),
    );
    expect(view).toContain(letter.reference); // the letter itself is public (R5); only the case is not
    const { getPublicCommunication } = await import("@/lib/communications/find-public-communications");
    await collect("public communication page", () => getPublicCommunication({ communicationId: letter.id }));
    for (const [path, mod] of [
      ["/api/v1/communications?theme=reprisals", "@/app/api/v1/communications/route"],
      ["/api/v1/communications.csv?theme=reprisals", "@/app/api/v1/communications.csv/route"],
      ["/api/v1/communications.atom", "@/app/api/v1/communications.atom/route"],
      ["/api/v1/states", "@/app/api/v1/states/route"],
      ["/api/v1/mandates", "@/app/api/v1/mandates/route"],
      ["/api/v1/reports?pageSize=100", "@/app/api/v1/reports/route"],
    ] as const) {
      const { GET } = (await import(mod)) as { GET: (r: NextRequest) => Promise<Response> };
      await collect(`GET ${path}`, async () => (await GET(req(path))).text());
    }
    const { GET: byReference } = await import("@/app/api/v1/communications/[reference]/route");
    await collect("GET /api/v1/communications/{reference}", async () =>
      (await byReference(req("/x"), ctx({ reference: letter.reference }))).text(),
    );
    const { GET: stateApi } = await import("@/app/api/v1/states/[iso3]/route");
    await collect("GET /api/v1/states/NOR", async () => (await stateApi(req("/api/v1/states/NOR"), ctx({ iso3: "NOR" }))).text());
  });

  it("keep it out of theme pages, good stories, the State profile, the mandate page and the home page", async () => {
    const { getThemePage } = await import("@/lib/themes/get-theme-page");
    const theme = await collect("theme page: reprisals", () => getThemePage({ slug: "reprisals" }));
    expect(theme).toContain(letter.reference);
    const { findThemes } = await import("@/lib/themes/find-themes");
    await collect("themes list", () => findThemes());
    const { findPublicStories, storyFilterChoices } = await import("@/lib/stories/find-public-stories");
    await collect("good stories", () => findPublicStories({ filters: { page: 1 } }));
    await collect("good stories filters", () => storyFilterChoices());
    const { GET: feed } = await import("@/app/api/stories/feed.atom/route");
    await collect("GET /api/stories/feed.atom", async () => (await feed(req("/api/stories/feed.atom"))).text());
    const { getStateProfile, getStateCooperation } = await import("@/lib/statistics/state-profile");
    await collect("State profile", () => getStateProfile({ iso3: "NOR" }));
    await collect("State cooperation", () => getStateCooperation({ stateId: norwayId, now: new Date() }));
    const mandate = await prisma.mandate.findUniqueOrThrow({ where: { id: actors.holder!.mandateIds[0]! }, select: { slug: true } });
    const { getMandatePage } = await import("@/lib/mandates/get-mandate-page");
    await collect("mandate page", () => getMandatePage({ slug: mandate.slug, now: new Date() }));
    const { getHomeFigures } = await import("@/lib/statistics/get-home-figures");
    await collect("home figures", () => getHomeFigures({ now: new Date() }));
    const { findOutstandingPublic } = await import("@/lib/communications/find-outstanding-public");
    await collect("outstanding communications", () => findOutstandingPublic({}));
  });
});

describe("workspaces of roles that may not read the case", () => {
  it("find nothing of it: another mandate, both States, civil society, the administrator", async () => {
    const { findReprisalCases } = await import("@/lib/reprisals/find-cases");
    const { getReprisalCase } = await import("@/lib/reprisals/get-case");
    const { getCommunication } = await import("@/lib/communications/get-communication");
    const { findCommunications } = await import("@/lib/communications/find-communications");
    for (const key of ["cosigner", "norway", "brazil", "civil", "admin"] as const) {
      const actor = actors[key]!;
      const list = await collect(`${key}: reprisal cases`, () => findReprisalCases({ actor }));
      expect(JSON.parse(list).total ?? 0, `${key} lists no case`).toBe(0);
      for (const caseId of [clearedCaseId, unclearedCaseId]) {
        const answer = await collect(`${key}: open the case`, () => getReprisalCase({ actor, caseId }));
        expect(answer).toMatch(/threw AppError: No such case/);
      }
      await collect(`${key}: the linked letter`, () => getCommunication({ actor, communicationId: letter.id }));
      await collect(`${key}: communications list`, () => findCommunications({ actor }));
    }
    const { getStateDashboard } = await import("@/lib/states/get-state-dashboard");
    await collect("Norway dashboard", () => getStateDashboard({ actor: actors.norway! }));
    const { getHolderDashboard } = await import("@/lib/mandates/get-holder-dashboard");
    await collect("co-signer dashboard", () => getHolderDashboard({ actor: actors.cosigner! }));
    const { findOwnSubmissions } = await import("@/lib/stories/find-own-submissions");
    await collect("civil society workspace", () => findOwnSubmissions({ actor: actors.civil! }));
    const { findAdvisoryCases } = await import("@/lib/advisory/find-cases");
    for (const key of ["cosigner", "norway"] as const) await collect(`${key}: advisory`, () => findAdvisoryCases({ actor: actors[key]! }));
  });

  it("keeps the confidential text out of the audit log the administrator reads, while recording who viewed the case", async () => {
    const { getReprisalCase } = await import("@/lib/reprisals/get-case");
    await getReprisalCase({ actor: actors.secretariat!, caseId: clearedCaseId });
    const { findAuditEntries } = await import("@/lib/audit/find-audit-entries");
    const pages = [];
    for (let page = 1; page <= 3; page++)
      pages.push(await collect(`admin: audit log page ${page}`, () => findAuditEntries({ actor: actors.admin!, page })));
    const views = await prisma.auditEntry.findMany({
      where: { action: "reprisal.view", entityId: clearedCaseId },
      select: { actorId: true, after: true },
    });
    expect(views.map((v) => v.actorId)).toContain(actors.secretariat!.userId);
    const all = await prisma.auditEntry.findMany({
      where: { entityType: "ReprisalCase" },
      select: { action: true, before: true, after: true },
    });
    expect(all.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        "reprisal.create",
        "reprisal.update",
        "reprisal.referral.add",
        "reprisal.summary.write",
        "reprisal.summary.clear",
        "reprisal.view",
      ]),
    );
    expectNoMarker("every reprisal audit entry", serialise(all));
  });
});

describe("the mandate holder of the linked letter", () => {
  it("reads the case but not the names of a strictly confidential case, nor the secretariat's notes", async () => {
    const { getReprisalCase } = await import("@/lib/reprisals/get-case");
    const c = await getReprisalCase({ actor: actors.holder!, caseId: clearedCaseId });
    expect(c.access).toBe("mandate");
    expect(c.actsAlleged).toBe(M.acts);
    expect(c.personsConcerned).toBeNull();
    const text = serialise(c);
    expect(text).not.toContain(M.persons);
    expect(text).not.toContain(M.referralNote);
    // The other case is "confidential": the holder of the letter may read the names there.
    const other = await getReprisalCase({ actor: actors.holder!, caseId: unclearedCaseId });
    expect(other.personsConcerned).toBe(M.persons);
    const views = await prisma.auditEntry.count({
      where: { action: "reprisal.view", entityId: clearedCaseId, actorId: actors.holder!.userId },
    });
    expect(views).toBe(1);
  });
});
