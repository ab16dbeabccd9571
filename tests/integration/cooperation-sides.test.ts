import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient, VisitEventKind, VisitRequestStatus } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { seedDatabase } from "@/prisma/seed/index";
import { currentPeriod, previousPeriod, type ReportPeriod } from "@/lib/joint-report/periods";
import { genevaCalendarDate } from "@/lib/core/geneva";
import { closeIntegrationDatabase, demoActors } from "../support/integration";

// Issue 18, items 3 and 4 (R20, R21) on a real PostgreSQL: fictional States and mandates whose every
// figure is known, beside the seeded demo data (which the queries below never count: they name them).
let db: TestDatabase;
let prisma: PrismaClient;
let actors: Awaited<ReturnType<typeof demoActors>>;
const DAY = 86_400_000;
// The worker's fixed instant (tests/support/test-clock.ts): every time below is relative to it.
const NOW = new Date();
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);
/** A calendar date (as @db.Date columns hold it) `days` before NOW. */
const dayAgo = (days: number) => {
  const d = ago(days);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
};

const ids: Record<string, string> = {};

async function state(iso3: string, name: string) {
  const s = await prisma.state.create({
    data: {
      iso3,
      iso2: `X${iso3[2]}`,
      nameEn: name,
      nameFr: name,
      nameEs: name,
      nameAr: name,
      nameZh: name,
      nameRu: name,
      regionalGroup: "WESTERN_EUROPEAN_OTHERS",
    },
  });
  return s.id;
}

async function mandate(slug: string) {
  const title = `Special Rapporteur ${slug}`;
  const m = await prisma.mandate.create({
    data: {
      slug,
      kind: "THEMATIC",
      body: "SPECIAL_RAPPORTEUR",
      established: 2010,
      titleEn: title,
      titleFr: title,
      titleEs: title,
      titleAr: title,
      titleZh: title,
      titleRu: title,
    },
  });
  return m.id;
}

/** A sent visit request with its dated public events (and one internal event, never counted). */
async function visitRequest(opts: {
  mandateId: string;
  stateId: string;
  status: VisitRequestStatus;
  events?: [VisitEventKind, Date][];
  visitEnd?: Date;
  reportSubmitted?: Date;
}) {
  const r = await prisma.visitRequest.create({
    data: {
      mandateId: opts.mandateId,
      stateId: opts.stateId,
      status: opts.status,
      purpose: "Cooperation test request",
      requestedAt: ago(500),
      events: {
        create: [["REQUEST", ago(500)] as [VisitEventKind, Date], ...(opts.events ?? [])].map(([kind, at]) => ({
          kind,
          at,
          isPublic: true,
        })),
      },
    },
  });
  if (opts.visitEnd) {
    const start = new Date(opts.visitEnd.getTime() - 10 * DAY);
    const v = await prisma.visit.create({ data: { visitRequestId: r.id, startDate: start, endDate: opts.visitEnd } });
    if (opts.reportSubmitted)
      await prisma.report.create({
        data: {
          symbol: `A/HRC/ZZ/${r.id.slice(0, 8)}`,
          title: "Visit report",
          mandateId: opts.mandateId,
          visitId: v.id,
          submittedAt: opts.reportSubmitted,
          publishedAt: opts.reportSubmitted,
        },
      });
  }
  return r.id;
}

/** Today's Geneva calendar day, shifted by `days` (a date-only column's value). */
const genevaDay = (days: number) => new Date(genevaCalendarDate(NOW).getTime() + days * DAY);

/** A report with a due day (days from today in Geneva), maybe scheduled, submitted and published. */
async function report(opts: {
  key: string;
  mandateId: string;
  visitId?: string;
  kind: "THEMATIC" | "COUNTRY_VISIT";
  councilSession?: number;
  due: number;
  submitted?: number;
  published?: number;
}) {
  await prisma.report.create({
    data: {
      symbol: `A/HRC/ZZ/delayed-${opts.key}`,
      title: `Delayed test report ${opts.key}`,
      mandateId: opts.mandateId,
      ...(opts.visitId ? { visitId: opts.visitId } : {}),
      kind: opts.kind,
      body: "HRC",
      councilSession: opts.councilSession ?? null,
      dueAt: genevaDay(opts.due),
      submittedAt: opts.submitted === undefined ? null : genevaDay(opts.submitted),
      publishedAt: opts.published === undefined ? null : ago(-opts.published),
    },
  });
}

let letterNo = 0;
async function letter(opts: {
  stateId: string;
  sentAt: Date;
  publicFrom: Date;
  mandates: [string, "LEAD" | "SIGNED" | "INVITED" | "DECLINED"][];
  reply?: Date;
}) {
  letterNo += 1;
  const c = await prisma.communication.create({
    data: {
      type: "AL",
      status: "SENT",
      addresseeKind: "STATE",
      addresseeStateId: opts.stateId,
      reference: `AL ZZX ${letterNo}/2026`,
      referenceCode: "ZZX",
      referenceYear: 2026,
      referenceNumber: letterNo,
      subject: "Cooperation test letter",
      summary: "Summary.",
      body: "Body.",
      sentAt: opts.sentAt,
      replyDueAt: new Date(opts.sentAt.getTime() + 60 * DAY),
      publicFrom: opts.publicFrom,
      mandates: { create: opts.mandates.map(([mandateId, status]) => ({ mandateId, status })) },
    },
  });
  if (opts.reply)
    await prisma.communicationReply.create({ data: { communicationId: c.id, receivedAt: opts.reply, language: "en", body: "Reply." } });
  return c.id;
}

/** The last `n` report periods whose replies window has closed at NOW, newest first (R7). */
function completedPeriods(n: number): ReportPeriod[] {
  const out: ReportPeriod[] = [];
  for (let p = previousPeriod(currentPeriod(NOW)); out.length < n; p = previousPeriod(p)) if (p.repliesTo <= NOW) out.push(p);
  return out;
}

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_coop" });
  Object.assign(process.env, { DATABASE_URL: db.connectionString });
  prisma = createPrismaClient(db.connectionString, 4);
  await seedDatabase(prisma, { communications: 10, now: NOW });
  actors = await demoActors(prisma);

  ids.neverVisited = await state("ZZA", "Zed Avisited");
  ids.visited = await state("ZZB", "Zed Bvisited");
  ids.silent = await state("ZZC", "Zed Csilent");
  for (const m of ["zz-one", "zz-two", "zz-three", "zz-four", "zz-five"]) ids[m] = await mandate(m);

  // Standing invitations: ZZA's was withdrawn, ZZB's is in force.
  await prisma.standingInvitation.create({ data: { stateId: ids.neverVisited!, extendedOn: dayAgo(2000), withdrawnOn: dayAgo(900) } });
  await prisma.standingInvitation.create({ data: { stateId: ids.visited!, extendedOn: dayAgo(1000) } });

  // ZZB, the Special Procedures' side (R20):
  // zz-one: accepted, dates agreed 10 days later, visit ended 300 days ago, followed up, report 50 days after it.
  await visitRequest({
    mandateId: ids["zz-one"]!,
    stateId: ids.visited!,
    status: "COMPLETED",
    events: [
      ["ACCEPTANCE", ago(400)],
      ["SCHEDULED", ago(390)],
      ["FOLLOW_UP", ago(200)],
    ],
    visitEnd: dayAgo(300),
    reportSubmitted: dayAgo(250),
  });
  // zz-one: accepted, dates agreed 30 days later, the visit still to come.
  await visitRequest({
    mandateId: ids["zz-one"]!,
    stateId: ids.visited!,
    status: "SCHEDULED",
    events: [
      ["ACCEPTANCE", ago(60)],
      ["SCHEDULED", ago(30)],
    ],
    visitEnd: dayAgo(-30),
  });
  // zz-two: accepted, then withdrawn by the mandate without a visit — not taken up.
  await visitRequest({ mandateId: ids["zz-two"]!, stateId: ids.visited!, status: "WITHDRAWN", events: [["ACCEPTANCE", ago(100)]] });
  // zz-three: accepted 20 days ago, awaiting the mandate.
  await visitRequest({ mandateId: ids["zz-three"]!, stateId: ids.visited!, status: "ACCEPTED", events: [["ACCEPTANCE", ago(20)]] });
  // zz-three: declined — no yes to count.
  await visitRequest({ mandateId: ids["zz-three"]!, stateId: ids.visited!, status: "DECLINED", events: [["DECLINE", ago(80)]] });
  // ZZB, reports delayed (R20 with R19's late flag), on zz-one's completed visit — Geneva days from NOW:
  const visitDone = await prisma.visit.findFirstOrThrow({ where: { visitRequest: { stateId: ids.visited!, status: "COMPLETED" } } });
  const onVisit = { mandateId: ids["zz-one"]!, visitId: visitDone.id, kind: "COUNTRY_VISIT" as const };
  await report({ ...onVisit, key: "overdue", councilSession: 70, due: -1 }); // due yesterday, not submitted: delayed
  await report({ ...onVisit, key: "due-today", councilSession: 70, due: 0 }); // due today: not yet due, not counted
  await report({ ...onVisit, key: "on-time", councilSession: 69, due: -20, submitted: -25, published: -15 });
  await report({ ...onVisit, key: "late", councilSession: 69, due: -10, submitted: -5, published: -2 }); // delayed
  // Not public (no session, not published), though long overdue: counted nowhere.
  await report({ ...onVisit, key: "hidden", due: -30 });
  // zz-two: a thematic report overdue — the mandate's and everyone's, no State's.
  await report({ mandateId: ids["zz-two"]!, key: "thematic", kind: "THEMATIC", councilSession: 70, due: -3 });

  // ZZC: a visit scheduled but still to come — ZZC has never been visited.
  await visitRequest({ mandateId: ids["zz-five"]!, stateId: ids.silent!, status: "SCHEDULED", visitEnd: dayAgo(-40) });

  // ZZB, concern across mandates (R21), window 12 months:
  // zz-one leads and zz-two signs a published letter; zz-three was invited but never signed (not counted).
  await letter({
    stateId: ids.visited!,
    sentAt: ago(80),
    publicFrom: ago(20),
    mandates: [
      [ids["zz-one"]!, "LEAD"],
      [ids["zz-two"]!, "SIGNED"],
      [ids["zz-five"]!, "INVITED"],
    ],
  });
  // zz-three: a letter sent but not yet public — the secretariat counts it, the public does not.
  await letter({ stateId: ids.visited!, sentAt: ago(10), publicFrom: ago(-50), mandates: [[ids["zz-three"]!, "LEAD"]] });
  // zz-four: a press release published about ZZB's scheduled visit.
  const visit = await prisma.visit.findFirstOrThrow({ where: { visitRequest: { stateId: ids.visited!, status: "SCHEDULED" } } });
  await prisma.pressRelease.create({
    data: {
      title: "Statement",
      body: "Statement.",
      status: "PUBLISHED",
      mandateId: ids["zz-four"]!,
      visitId: visit.id,
      publishedAt: ago(5),
    },
  });
  // zz-five: a letter older than the window — not counted.
  await letter({ stateId: ids.visited!, sentAt: ago(500), publicFrom: ago(440), mandates: [[ids["zz-five"]!, "LEAD"]] });

  // ZZC: silent in each of the last three completed report periods (R7).
  for (const p of completedPeriods(3))
    await letter({
      stateId: ids.silent!,
      sentAt: new Date(p.sentFrom.getTime() + 10 * DAY),
      publicFrom: p.repliesTo,
      mandates: [[ids["zz-five"]!, "LEAD"]],
    });
});
afterAll(() => closeIntegrationDatabase({ db, prisma }));

describe("the Special Procedures' side (R20)", () => {
  it("gives known figures for one State, one mandate and all mandates", async () => {
    const { getSpSide } = await import("@/lib/statistics/find-sp-side");
    expect(await getSpSide({ stateId: ids.visited!, now: NOW })).toEqual({
      accepted: 4,
      takenUp: 2,
      medianDaysToTakeUp: 20,
      notTakenUp: 1,
      awaitingMandate: 1,
      visitsCompleted: 1,
      followedUp: 1,
      followUpRate: 1,
      reported: 1,
      medianDaysToReport: 50,
      reportsDue: 3,
      reportsDelayed: 2,
      delayedRate: 2 / 3,
      // No State's invitation to count here (see the next test).
      invitations: 0,
      invitationsAnswered: 0,
      medianDaysToInvitationAnswer: null,
      invitationsAccepted: 0,
      invitationsNotTakenUp: 0,
      invitationsAwaitingAnswer: 0,
    });
    expect(await getSpSide({ mandateId: ids["zz-one"]!, now: NOW })).toMatchObject({
      accepted: 2,
      takenUp: 2,
      medianDaysToTakeUp: 20,
      notTakenUp: 0,
      visitsCompleted: 1,
      reported: 1,
    });
    expect(await getSpSide({ mandateId: ids["zz-two"]!, now: NOW })).toMatchObject({ accepted: 1, takenUp: 0, notTakenUp: 1 });
    // Overall includes these requests, as well as the seeded ones.
    const overall = await getSpSide({ now: NOW });
    expect(overall.accepted).toBeGreaterThanOrEqual(4);
    expect(overall.notTakenUp).toBeGreaterThanOrEqual(1);
  });

  it("counts reports delayed per State (reports on visits to it), per mandate and overall, from public reports only", async () => {
    const { getSpSide } = await import("@/lib/statistics/find-sp-side");
    const delayed = ({ reportsDue, reportsDelayed, delayedRate }: Awaited<ReturnType<typeof getSpSide>>) => ({
      reportsDue,
      reportsDelayed,
      delayedRate,
    });
    // zz-one: on time, late, overdue since yesterday; the one due today and the hidden one are not counted.
    expect(delayed(await getSpSide({ mandateId: ids["zz-one"]!, now: NOW }))).toEqual({
      reportsDue: 3,
      reportsDelayed: 2,
      delayedRate: 2 / 3,
    });
    // zz-two's thematic report is the mandate's, not ZZB's (above); another State has none.
    expect(delayed(await getSpSide({ mandateId: ids["zz-two"]!, now: NOW }))).toEqual({ reportsDue: 1, reportsDelayed: 1, delayedRate: 1 });
    expect(delayed(await getSpSide({ stateId: ids.neverVisited!, now: NOW }))).toEqual({
      reportsDue: 0,
      reportsDelayed: 0,
      delayedRate: null,
    });
    // Overall: these four and the seeded ones — the hidden report still not among them.
    const publicDue = await prisma.report.findMany({
      where: { dueAt: { not: null }, OR: [{ councilSession: { not: null } }, { publishedAt: { lte: NOW } }] },
      select: { dueAt: true, submittedAt: true },
    });
    const { delayedReports } = await import("@/lib/statistics/sp-side");
    const overall = delayed(await getSpSide({ now: NOW }));
    expect(overall).toEqual(
      delayedReports(
        publicDue.map((r) => ({ dueAt: r.dueAt!, submittedAt: r.submittedAt })),
        NOW,
      ),
    );
    expect(overall.reportsDelayed).toBeGreaterThanOrEqual(3);
    // The day after, the report due today is delayed too (for ZZB: 3 of 4).
    const tomorrow = new Date(NOW.getTime() + DAY);
    expect(delayed(await getSpSide({ stateId: ids.visited!, now: tomorrow }))).toMatchObject({ reportsDue: 4, reportsDelayed: 3 });
  });

  it("counts States' invitations: answered, the days to the mandate's answer, not taken up", async () => {
    const { getSpSide } = await import("@/lib/statistics/find-sp-side");
    const invitation = async (mandateId: string, status: VisitRequestStatus, invitedDaysAgo: number, answers: [VisitEventKind, number][]) =>
      prisma.visitRequest.create({
        data: {
          initiator: "STATE",
          mandateId,
          stateId: ids.silent!,
          status,
          purpose: "Cooperation test invitation",
          requestedAt: ago(invitedDaysAgo),
          events: {
            create: [["INVITATION", invitedDaysAgo] as [VisitEventKind, number], ...answers].map(([kind, daysAgo]) => ({
              kind,
              at: ago(daysAgo),
              isPublic: true,
            })),
          },
        },
      });
    // Answered after 4 days: accepted, awaiting dates.
    await invitation(ids["zz-one"]!, "ACCEPTED", 30, [["INVITATION_ACCEPTED", 26]]);
    // Declined after 10 days: not taken up.
    await invitation(ids["zz-two"]!, "DECLINED", 100, [["INVITATION_DECLINED", 90]]);
    // "Not now" after 6 days, nothing since, 90 days on: not taken up.
    await invitation(ids["zz-three"]!, "INVITATION_DEFERRED", 90, [["INVITATION_DEFERRED", 84]]);
    // Unanswered for 61 days: not taken up; for 20 days: awaiting the mandate.
    await invitation(ids["zz-four"]!, "INVITED", 61, []);
    await invitation(ids["zz-five"]!, "INVITED", 20, []);
    // An answer kept internal is not on the public record: this one is still unanswered.
    const internal = await invitation(ids["zz-one"]!, "INVITED", 10, []);
    await prisma.visitEvent.create({ data: { visitRequestId: internal.id, kind: "INVITATION_DECLINED", at: ago(5), isPublic: false } });
    expect(await getSpSide({ stateId: ids.silent!, now: NOW })).toMatchObject({
      invitations: 6,
      invitationsAnswered: 3,
      medianDaysToInvitationAnswer: 6, // 4, 6, 10
      invitationsAccepted: 1,
      invitationsNotTakenUp: 3,
      invitationsAwaitingAnswer: 2,
      // Not requests: no State's acceptance counted.
      accepted: 0,
    });
    expect(await getSpSide({ mandateId: ids["zz-two"]!, now: NOW })).toMatchObject({ invitations: 1, invitationsNotTakenUp: 1 });
    expect((await getSpSide({ now: NOW })).invitations).toBeGreaterThanOrEqual(6);
  });

  it("counts only the public record: an internal acceptance event is not a yes", async () => {
    const { getSpSide } = await import("@/lib/statistics/find-sp-side");
    const r = await prisma.visitRequest.create({
      data: { mandateId: ids["zz-four"]!, stateId: ids.neverVisited!, status: "REQUESTED", purpose: "Internal", requestedAt: ago(30) },
    });
    await prisma.visitEvent.create({ data: { visitRequestId: r.id, kind: "ACCEPTANCE", at: ago(10), isPublic: false } });
    expect((await getSpSide({ stateId: ids.neverVisited!, now: NOW })).accepted).toBe(0);
  });
});

describe("the filters of /states (R20)", () => {
  const iso3s = async (filters: { neverVisited?: boolean; noStandingInvitation?: boolean; nonCooperation?: boolean }) => {
    const { findStates } = await import("@/lib/states/find-states");
    const rows = await findStates(2026, {
      filters: { neverVisited: false, noStandingInvitation: false, nonCooperation: false, ...filters },
      now: NOW,
    });
    return rows.map((s) => s.iso3).filter((iso3) => iso3.startsWith("ZZ"));
  };

  it("keeps States never visited, without a standing invitation in force, flagged for non-cooperation — and combines them", async () => {
    expect(await iso3s({})).toEqual(["ZZA", "ZZB", "ZZC"]);
    // ZZB had a visit; ZZC's only visit is still to come.
    expect(await iso3s({ neverVisited: true })).toEqual(["ZZA", "ZZC"]);
    // ZZA's invitation was withdrawn; ZZB's is in force; ZZC never had one.
    expect(await iso3s({ noStandingInvitation: true })).toEqual(["ZZA", "ZZC"]);
    // R7: ZZC left every letter unanswered in the last three report periods.
    expect(await iso3s({ nonCooperation: true })).toEqual(["ZZC"]);
    expect(await iso3s({ neverVisited: true, noStandingInvitation: true, nonCooperation: true })).toEqual(["ZZC"]);
  });

  it("the non-cooperation filter is R7's flag, the same States as the outstanding list", async () => {
    const { findStates } = await import("@/lib/states/find-states");
    const { findNonCooperation } = await import("@/lib/communications/find-non-cooperation");
    const filtered = await findStates(2026, {
      filters: { neverVisited: false, noStandingInvitation: false, nonCooperation: true },
      now: NOW,
    });
    const { flaggedIds } = await findNonCooperation({ now: NOW, threshold: 3 });
    expect(filtered.map((s) => s.id).sort()).toEqual([...flaggedIds].sort());
  });
});

describe("concern across mandates (R21)", () => {
  it("counts distinct mandates in the window — published letters for the public, every letter for the secretariat", async () => {
    const { getStateConcern, findStatesOfConcern } = await import("@/lib/statistics/find-concern");
    const pub = await getStateConcern({ stateId: ids.visited!, now: NOW });
    expect(pub).toMatchObject({ count: 3, flagged: false, threshold: 4, windowMonths: 12 });
    expect(pub.mandates.map((m) => m.slug).sort()).toEqual(["zz-four", "zz-one", "zz-two"]);
    expect(await getStateConcern({ stateId: ids.visited!, now: NOW, scope: "all", actor: actors.secretariat })).toMatchObject({
      count: 4,
      flagged: true,
    });
    // Every letter sent (the confidential ones too) is the secretariat's count only.
    for (const [actor, code] of [
      [null, "UNAUTHENTICATED"],
      [actors.norway, "FORBIDDEN"],
      [actors.holder, "FORBIDDEN"],
    ] as const) {
      await expect(getStateConcern({ stateId: ids.visited!, now: NOW, scope: "all", actor })).rejects.toMatchObject({ code });
      await expect(findStatesOfConcern({ actor, now: NOW })).rejects.toMatchObject({ code });
    }

    const view = await findStatesOfConcern({ actor: actors.secretariat, now: NOW });
    const row = view.rows.find((r) => r.state.iso3 === "ZZB");
    expect(row).toMatchObject({ count: 4, publicCount: 3 });
    expect(row!.mandates.map((m) => m.slug).sort()).toEqual(["zz-four", "zz-one", "zz-three", "zz-two"]);
    expect(view.rows.every((r) => r.count >= 4)).toBe(true);
  });

  it("follows the settings: the threshold and the window", async () => {
    const { getStateConcern } = await import("@/lib/statistics/find-concern");
    await prisma.setting.upsert({
      where: { key: "concern.mandateThreshold" },
      create: { key: "concern.mandateThreshold", value: 3 },
      update: { value: 3 },
    });
    expect(await getStateConcern({ stateId: ids.visited!, now: NOW })).toMatchObject({ count: 3, flagged: true, threshold: 3 });
    // One month: only the press release of 5 days ago is left (the letters were sent 80 days ago, or are not public yet).
    await prisma.setting.upsert({
      where: { key: "concern.windowMonths" },
      create: { key: "concern.windowMonths", value: 1 },
      update: { value: 1 },
    });
    expect(await getStateConcern({ stateId: ids.visited!, now: NOW })).toMatchObject({ count: 1, flagged: false });
    // Measured from the instant asked about, not the wall clock: 100 days on, nothing is left in the month.
    expect((await getStateConcern({ stateId: ids.visited!, now: new Date(NOW.getTime() + 100 * DAY) })).count).toBe(0);
    await prisma.setting.deleteMany({ where: { key: { in: ["concern.mandateThreshold", "concern.windowMonths"] } } });
  });
});

describe("information requested proactively (R21)", () => {
  const input = () => ({
    stateId: ids.visited!,
    mandateIds: [ids["zz-one"]!, ids["zz-two"]!],
    requestedOn: dayAgo(30),
    subject: "PROACTIVE-SUBJECT-MARKER: detention figures",
    outcome: null,
    outcomeOn: null,
  });

  it("is recorded by the secretariat only, audited without its subject", async () => {
    const { recordProactiveRequest } = await import("@/lib/cooperation/record-proactive-request");
    const { findProactiveRequests } = await import("@/lib/cooperation/find-proactive-requests");
    for (const who of ["norway", "holder", "civil", "admin"] as const)
      await expect(recordProactiveRequest({ actor: actors[who], input: input(), now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(recordProactiveRequest({ actor: null as unknown as Actor, input: input(), now: NOW })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    await expect(findProactiveRequests({ actor: actors.norway, page: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await prisma.proactiveInformationRequest.count()).toBe(0);

    const created = await recordProactiveRequest({ actor: actors.secretariat, input: input(), now: NOW });
    const list = await findProactiveRequests({ actor: actors.secretariat, page: 1 });
    expect(list.total).toBe(1);
    expect(list.rows[0]).toMatchObject({ id: created.id, outcome: null, state: { iso3: "ZZB" } });
    expect(list.rows[0]!.mandates.map((m) => m.mandate.slug).sort()).toEqual(["zz-one", "zz-two"]);
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { action: "proactive-request.record", entityId: created.id } });
    expect(audit.changedFields).toContain("subject");
    expect(JSON.stringify(audit.after)).not.toContain("PROACTIVE-SUBJECT-MARKER");
  });

  it("refuses dates to come, unknown mandates and an outcome before the request, beside the field", async () => {
    const { recordProactiveRequest } = await import("@/lib/cooperation/record-proactive-request");
    const { setProactiveOutcome } = await import("@/lib/cooperation/set-proactive-outcome");
    await expect(
      recordProactiveRequest({ actor: actors.secretariat, input: { ...input(), requestedOn: dayAgo(-3) }, now: NOW }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { requestedOn: ["cooperation.dateInFuture"] },
    });
    await expect(
      recordProactiveRequest({
        actor: actors.secretariat,
        input: { ...input(), mandateIds: ["00000000-0000-4000-8000-000000000000"] },
        now: NOW,
      }),
    ).rejects.toMatchObject({ fieldErrors: { mandateIds: ["cooperation.mandatesRequired"] } });
    const r = await prisma.proactiveInformationRequest.findFirstOrThrow();
    await expect(
      setProactiveOutcome({ actor: actors.secretariat, input: { requestId: r.id, outcome: "ANSWERED", outcomeOn: dayAgo(40) }, now: NOW }),
    ).rejects.toMatchObject({ fieldErrors: { outcomeOn: ["cooperation.outcomeBeforeRequest"] } });
    await expect(
      setProactiveOutcome({ actor: actors.norway, input: { requestId: r.id, outcome: "ANSWERED", outcomeOn: dayAgo(1) }, now: NOW }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await setProactiveOutcome({
      actor: actors.secretariat,
      input: { requestId: r.id, outcome: "PARTLY_ANSWERED", outcomeOn: dayAgo(2) },
      now: NOW,
    });
    expect(await prisma.proactiveInformationRequest.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({
      outcome: "PARTLY_ANSWERED",
      outcomeOn: dayAgo(2),
    });
    expect(await prisma.auditEntry.count({ where: { action: "proactive-request.set-outcome", entityId: r.id } })).toBe(1);
  });
});
