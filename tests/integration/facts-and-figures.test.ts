import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { FactsAndFigures } from "@/lib/statistics/get-facts-and-figures";
import { closeIntegrationDatabase, setNow } from "../support/integration";

// Issue 18, item 2: "Facts and figures" computed on a fixed, small data set in its own database,
// every figure known in advance (worked out in the comments beside each record). Then each figure's
// link is followed through the lib/ function of the page it points to: the same number of records.
let db: TestDatabase;
let prisma: PrismaClient;
let facts: FactsAndFigures;
const DAY = 86_400_000;
// Mid-January 2026: the page of 2025 is computed while December's letters are still in their reply period.
const NOW = new Date("2026-01-15T10:00:00Z");
const at = (iso: string) => new Date(iso);
const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
const MARKER = "ZZ-CONFIDENTIAL-PERSON-4711";

const names = (en: string) => ({
  nameEn: en,
  nameFr: `${en} (fr)`,
  nameEs: `${en} (es)`,
  nameAr: `${en} (ar)`,
  nameZh: `${en} (zh)`,
  nameRu: `${en} (ru)`,
});
const titles = (en: string) => ({
  titleEn: en,
  titleFr: `${en} (fr)`,
  titleEs: `${en} (es)`,
  titleAr: `${en} (ar)`,
  titleZh: `${en} (zh)`,
  titleRu: `${en} (ru)`,
});

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_facts" });
  Object.assign(process.env, { DATABASE_URL: db.connectionString, SP_TEST_CLOCK: "1" });
  prisma = createPrismaClient(db.connectionString, 4);
  await setNow(NOW);

  // Member States A (WEOG), B (African), C (Asia-Pacific); D an observer (never among "never visited").
  const state = (
    iso3: string,
    en: string,
    regionalGroup: "WESTERN_EUROPEAN_OTHERS" | "AFRICAN" | "ASIA_PACIFIC" | "LATIN_AMERICAN_CARIBBEAN",
    status: "MEMBER" | "OBSERVER" = "MEMBER",
  ) => prisma.state.create({ data: { iso3, iso2: iso3.slice(0, 2), ...names(en), regionalGroup, status } });
  const A = await state("AAA", "Atlantis", "WESTERN_EUROPEAN_OTHERS");
  const B = await state("BBB", "Borduria", "AFRICAN");
  const C = await state("CCC", "Cascadia", "ASIA_PACIFIC");
  const D = await state("DDD", "Dorado", "LATIN_AMERICAN_CARIBBEAN", "OBSERVER");
  // E, F, G: Member States with nothing but a visit, to hold "never visited" to its one definition.
  const E = await state("EEE", "Elbonia", "AFRICAN");
  const F = await state("FFF", "Freedonia", "LATIN_AMERICAN_CARIBBEAN");
  const G = await state("GGG", "Genovia", "WESTERN_EUROPEAN_OTHERS");
  const mandate = (slug: string, en: string) =>
    prisma.mandate.create({ data: { slug, kind: "THEMATIC", body: "SPECIAL_RAPPORTEUR", established: 2000, ...titles(en) } });
  const m1 = await mandate("m-one", "Mandate One");
  const m2 = await mandate("m-two", "Mandate Two");
  const acme = await prisma.otherActor.create({ data: { name: "Acme Corp", kind: "BUSINESS" } });

  // Communications. The year is the Geneva year of sending (as the search's ?year=).
  let n = 0;
  const letter = async (o: {
    type: "AL" | "UA" | "OL";
    sentAt: Date;
    to?: string;
    actor?: string;
    mandates: [string, "LEAD" | "SIGNED" | "INVITED"][];
    replyAfterDays?: number[];
    status?: "SENT" | "DRAFT";
    publicFrom?: Date;
  }) => {
    n += 1;
    const replyDueAt = new Date(o.sentAt.getTime() + 60 * DAY);
    const sent = (o.status ?? "SENT") === "SENT";
    await prisma.communication.create({
      data: {
        type: o.type,
        status: o.status ?? "SENT",
        addresseeKind: o.actor ? "OTHER_ACTOR" : "STATE",
        addresseeStateId: o.to ?? null,
        addresseeOtherActorId: o.actor ?? null,
        subject: `Facts letter ${n}`,
        summary: "Summary.",
        body: "Body.",
        confidentialAnnex: MARKER,
        sentAt: sent ? o.sentAt : null,
        replyDueAt: sent ? replyDueAt : null,
        publicFrom: sent ? (o.publicFrom ?? replyDueAt) : null,
        mandates: { create: o.mandates.map(([mandateId, status]) => ({ mandateId, status })) },
        replies: {
          create: (o.replyAfterDays ?? []).map((d) => ({
            receivedAt: new Date(o.sentAt.getTime() + d * DAY),
            language: "en",
            body: "Reply.",
          })),
        },
      },
    });
  };
  // 2025: five published letters.
  await letter({ type: "AL", sentAt: at("2025-03-01T09:00:00Z"), to: A.id, mandates: [[m1.id, "LEAD"]], replyAfterDays: [10] }); // in time
  await letter({
    type: "AL",
    sentAt: at("2025-05-01T09:00:00Z"),
    to: A.id,
    mandates: [
      [m1.id, "LEAD"],
      [m2.id, "SIGNED"],
    ],
    replyAfterDays: [90],
  }); // late
  await letter({
    type: "UA",
    sentAt: at("2025-06-01T09:00:00Z"),
    to: B.id,
    mandates: [
      [m2.id, "LEAD"],
      [m1.id, "INVITED"],
    ],
  }); // no reply; m1 did not sign
  await letter({ type: "OL", sentAt: at("2025-07-01T09:00:00Z"), actor: acme.id, mandates: [[m1.id, "LEAD"]], replyAfterDays: [20] }); // other actor, in time
  // 00:30 on 1 January 2025 in Geneva: a 2025 letter, though still 2024 in UTC.
  await letter({ type: "UA", sentAt: at("2024-12-31T23:30:00Z"), to: B.id, mandates: [[m2.id, "LEAD"]], replyAfterDays: [30, 40] }); // first reply in time
  // Sent late in the year and answered the next day: public with its reply (R5, on receipt), so in the
  // counts and lists of letters sent and replied, but its reply period (to 8 February 2026) has not
  // ended at NOW: not in the rates, the replies in time or the median (R18).
  await letter({
    type: "AL",
    sentAt: at("2025-12-10T09:00:00Z"),
    to: C.id,
    mandates: [[m2.id, "LEAD"]],
    replyAfterDays: [1],
    publicFrom: at("2025-12-11T09:00:00Z"),
  });
  // Unanswered and still in its period at NOW: not public yet (R5), so counted nowhere.
  await letter({ type: "UA", sentAt: at("2025-12-15T09:00:00Z"), to: A.id, mandates: [[m1.id, "LEAD"]] });
  // Not counted: still unpublished at NOW (R5), and a draft.
  await letter({
    type: "AL",
    sentAt: at("2025-09-01T09:00:00Z"),
    to: C.id,
    mandates: [[m1.id, "LEAD"]],
    publicFrom: at("2026-07-01T00:00:00Z"),
  });
  await letter({ type: "AL", sentAt: at("2025-10-01T09:00:00Z"), to: C.id, mandates: [[m1.id, "LEAD"]], status: "DRAFT" });
  // 2024: two letters; the second at 23:30 on 31 December in Geneva.
  await letter({ type: "AL", sentAt: at("2024-04-01T09:00:00Z"), to: A.id, mandates: [[m1.id, "LEAD"]], replyAfterDays: [5] });
  await letter({ type: "OL", sentAt: at("2024-12-31T22:30:00Z"), to: C.id, mandates: [[m2.id, "LEAD"]] });

  // Visit requests, their answers (public timeline events) and visits.
  const request = async (o: {
    mandateId: string;
    stateId: string;
    status: "DRAFT" | "REQUESTED" | "ACCEPTED" | "DATES_PROPOSED" | "POSTPONED" | "DECLINED" | "SCHEDULED" | "COMPLETED" | "WITHDRAWN";
    requestedAt: Date | null;
    answer?: ["ACCEPTANCE" | "DATES_PROPOSED" | "POSTPONEMENT" | "DECLINE", Date];
    visit?: [Date, Date];
  }) =>
    prisma.visitRequest.create({
      data: {
        mandateId: o.mandateId,
        stateId: o.stateId,
        status: o.status,
        purpose: "Visit",
        requestedAt: o.requestedAt,
        ...(o.answer ? { events: { create: { kind: o.answer[0], at: o.answer[1], isPublic: true } } } : {}),
        ...(o.visit ? { visit: { create: { startDate: o.visit[0], endDate: o.visit[1] } } } : {}),
      },
    });
  await request({
    mandateId: m1.id,
    stateId: C.id,
    status: "COMPLETED",
    requestedAt: at("2025-02-01T10:00:00Z"),
    answer: ["ACCEPTANCE", at("2025-03-01T10:00:00Z")],
    visit: [date("2025-06-10"), date("2025-06-20")],
  }); // v1: C's first visit
  await request({
    mandateId: m2.id,
    stateId: B.id,
    status: "DECLINED",
    requestedAt: at("2025-03-01T10:00:00Z"),
    answer: ["DECLINE", at("2025-04-01T10:00:00Z")],
  }); // v2
  await request({ mandateId: m1.id, stateId: C.id, status: "REQUESTED", requestedAt: at("2025-04-01T10:00:00Z") }); // v3: no answer
  await request({
    mandateId: m2.id,
    stateId: A.id,
    status: "POSTPONED",
    requestedAt: at("2025-05-01T10:00:00Z"),
    answer: ["POSTPONEMENT", at("2025-06-01T10:00:00Z")],
  }); // v4
  await request({
    mandateId: m2.id,
    stateId: C.id,
    status: "DATES_PROPOSED",
    requestedAt: at("2025-08-01T10:00:00Z"),
    answer: ["DATES_PROPOSED", at("2025-09-01T10:00:00Z")],
  }); // v8
  await request({ mandateId: m2.id, stateId: C.id, status: "DRAFT", requestedAt: null }); // never sent
  await request({
    mandateId: m1.id,
    stateId: B.id,
    status: "COMPLETED",
    requestedAt: at("2024-03-01T10:00:00Z"),
    answer: ["ACCEPTANCE", at("2024-05-01T10:00:00Z")],
    visit: [date("2024-10-01"), date("2024-10-10")],
  }); // v5
  await request({
    mandateId: m1.id,
    stateId: A.id,
    status: "COMPLETED",
    requestedAt: at("2023-01-10T10:00:00Z"),
    answer: ["ACCEPTANCE", at("2023-02-01T10:00:00Z")],
    visit: [date("2023-05-01"), date("2023-05-05")],
  }); // v7
  // Requested in 2023 (outside both years' visit figures), for "never visited" only:
  // E: scheduled, its last day (30 November 2025) come though not yet marked completed — visited by the end of 2025.
  await request({
    mandateId: m2.id,
    stateId: E.id,
    status: "SCHEDULED",
    requestedAt: at("2023-03-01T10:00:00Z"),
    visit: [date("2025-11-20"), date("2025-11-30")],
  });
  // F: withdrawn after its dates were agreed — the visit never took place, whatever its dates.
  await request({
    mandateId: m2.id,
    stateId: F.id,
    status: "WITHDRAWN",
    requestedAt: at("2023-04-01T10:00:00Z"),
    visit: [date("2025-03-01"), date("2025-03-05")],
  });
  // G: completed, but it started on 5 January 2026 — visited now, not by the end of 2025.
  await request({
    mandateId: m1.id,
    stateId: G.id,
    status: "COMPLETED",
    requestedAt: at("2023-05-01T10:00:00Z"),
    visit: [date("2026-01-05"), date("2026-01-09")],
  });

  // Standing invitations.
  await prisma.standingInvitation.createMany({
    data: [
      { stateId: A.id, extendedOn: date("2020-01-15") },
      { stateId: B.id, extendedOn: date("2025-03-01") },
      { stateId: C.id, extendedOn: date("2018-01-01"), withdrawnOn: date("2025-06-30") },
      { stateId: D.id, extendedOn: date("2024-02-01") },
    ],
  });

  // Reprisals: only cleared public summaries count, by the year they were recorded.
  const reprisal = (
    stateId: string,
    createdAt: Date,
    o: { cleared?: Date | null; summary?: string | null; confidentiality?: "PUBLIC_SUMMARY_CLEARED" | "STRICTLY_CONFIDENTIAL" },
  ) =>
    prisma.reprisalCase.create({
      data: {
        stateId,
        createdAt,
        personsConcerned: MARKER,
        cooperationContext: "Context",
        actsAlleged: "Acts",
        confidentiality: o.confidentiality ?? "PUBLIC_SUMMARY_CLEARED",
        publicSummary: o.summary === undefined ? "Public summary." : o.summary,
        publicSummaryClearedAt: o.cleared ?? null,
      },
    });
  await reprisal(A.id, at("2025-02-01T10:00:00Z"), { cleared: at("2025-03-01T10:00:00Z") });
  await reprisal(B.id, at("2025-04-01T10:00:00Z"), { cleared: at("2025-05-01T10:00:00Z") });
  await reprisal(B.id, at("2025-06-01T10:00:00Z"), { confidentiality: "STRICTLY_CONFIDENTIAL", summary: null });
  await reprisal(C.id, at("2025-07-01T10:00:00Z"), { cleared: at("2026-07-01T10:00:00Z") }); // cleared after NOW
  await reprisal(A.id, at("2025-08-01T10:00:00Z"), { cleared: at("2025-09-01T10:00:00Z"), summary: null }); // nothing public to show
  await reprisal(B.id, at("2024-05-01T10:00:00Z"), { cleared: at("2024-06-01T10:00:00Z") });

  // Calls for input, by the Geneva year of their deadline, and their submitted answers.
  const user = (email: string, role: "STATE" | "CIVIL_SOCIETY", stateId?: string) =>
    prisma.user.create({ data: { email, name: email, passwordHash: "x", role, stateId: stateId ?? null } });
  const stateUser = await user("state@facts.example", "STATE", A.id);
  const cs1 = await user("cs1@facts.example", "CIVIL_SOCIETY");
  const cs2 = await user("cs2@facts.example", "CIVIL_SOCIETY");
  const call = (title: string, status: "OPEN" | "CLOSED" | "CANCELLED" | "DRAFT", opensAt: Date, deadline: Date) =>
    prisma.questionnaire.create({ data: { title, purpose: "Purpose", audience: "ALL", status, languages: ["en"], opensAt, deadline } });
  const q1 = await call("Call one", "CLOSED", at("2025-01-10T10:00:00Z"), at("2025-03-31T10:00:00Z"));
  const q2 = await call("Call two", "CLOSED", at("2025-06-01T10:00:00Z"), at("2025-12-31T22:30:00Z")); // 23:30 in Geneva, still 2025
  const q3 = await call("Cancelled call", "CANCELLED", at("2025-01-10T10:00:00Z"), at("2025-05-01T10:00:00Z"));
  await call("Draft call", "DRAFT", at("2025-01-10T10:00:00Z"), at("2025-05-01T10:00:00Z"));
  const q5 = await call("Call of 2024", "CLOSED", at("2024-09-01T10:00:00Z"), at("2024-11-01T10:00:00Z"));
  const answer = (questionnaireId: string, o: { respondentId?: string; guestEmail?: string; submittedAt: Date | null }) =>
    prisma.questionnaireResponse.create({
      data: {
        questionnaireId,
        respondentId: o.respondentId ?? null,
        guestEmail: o.guestEmail ?? null,
        answers: {},
        submittedAt: o.submittedAt,
      },
    });
  await answer(q1.id, { respondentId: stateUser.id, submittedAt: at("2025-03-01T10:00:00Z") });
  await answer(q1.id, { respondentId: cs1.id, submittedAt: at("2025-03-02T10:00:00Z") });
  await answer(q1.id, { respondentId: cs2.id, submittedAt: null }); // a draft
  await answer(q1.id, { guestEmail: "guest1@facts.example", submittedAt: null }); // a guest who never confirmed
  await answer(q2.id, { guestEmail: "guest2@facts.example", submittedAt: at("2025-11-01T10:00:00Z") }); // a confirmed guest
  await answer(q3.id, { respondentId: cs1.id, submittedAt: at("2025-03-01T10:00:00Z") }); // to a cancelled call
  await answer(q5.id, { respondentId: stateUser.id, submittedAt: at("2024-10-01T10:00:00Z") });

  // Case submissions, by the year of their receipt number.
  const submission = (i: number, o: { status: "DRAFT" | "RECEIVED" | "CLOSED"; receiptYear: number | null; urgent?: boolean }) =>
    prisma.caseSubmission.create({
      data: {
        title: `Case ${i}`,
        affected: "ONE_PERSON",
        victims: MARKER,
        responsible: "STATE",
        whatHappened: "What happened.",
        location: "Somewhere",
        tokenHash: `token-${i}`,
        status: o.status,
        urgent: o.urgent ?? false,
        receiptYear: o.receiptYear,
        receiptSeq: o.receiptYear ? i : null,
        receiptNumber: o.receiptYear ? `CASE-${o.receiptYear}-${i}` : null,
      },
    });
  await submission(1, { status: "RECEIVED", receiptYear: 2025, urgent: true });
  await submission(2, { status: "CLOSED", receiptYear: 2025 });
  await submission(3, { status: "DRAFT", receiptYear: null });
  await submission(4, { status: "RECEIVED", receiptYear: 2024 });

  const { getFactsAndFigures } = await import("@/lib/statistics/get-facts-and-figures");
  facts = await getFactsAndFigures({ year: 2025, now: NOW });
}, 120_000);

afterAll(async () => {
  await closeIntegrationDatabase({ db, prisma });
});

describe("facts and figures of 2025, against 2024", () => {
  it("counts published communications by type, State and mandate, with reply rates and timeliness", () => {
    const { current: c, previous: p } = facts;
    // Six published letters, five replied; the rates are over the five whose reply period has ended
    // (the December letter answered at once is not one of them), four of them replied, three in time.
    expect(c.communications).toMatchObject({
      sent: 6,
      replied: 5,
      periodEnded: 5,
      repliedOfEnded: 4,
      repliedInTime: 3,
      replyRate: 0.8,
      inTimeRate: 0.6,
      medianDaysToReply: 25, // 10, 20, 30 and 90 days; not the December letter's 1 (it would make 20)
      toOtherActors: 1,
    });
    expect(c.communications.byType).toEqual({
      AL: { sent: 3, replied: 3, periodEnded: 2, repliedOfEnded: 2, repliedInTime: 1, replyRate: 1, inTimeRate: 0.5 },
      UA: { sent: 2, replied: 1, periodEnded: 2, repliedOfEnded: 1, repliedInTime: 1, replyRate: 0.5, inTimeRate: 0.5 },
      OL: { sent: 1, replied: 1, periodEnded: 1, repliedOfEnded: 1, repliedInTime: 1, replyRate: 1, inTimeRate: 1 },
    });
    expect(c.communications.byState.map((s) => [s.iso3, s.sent, s.replied, s.periodEnded, s.replyRate])).toEqual([
      ["AAA", 2, 2, 2, 1],
      ["BBB", 2, 1, 2, 0.5],
      ["CCC", 1, 1, 0, null], // answered, but no letter to C has ended its period: no rate yet
    ]);
    expect(c.communications.byMandate.map((m) => [m.slug, m.sent, m.periodEnded, m.replyRate])).toEqual([
      ["m-two", 4, 3, 2 / 3],
      ["m-one", 3, 3, 1],
    ]);
    expect(p.communications).toMatchObject({
      sent: 2,
      replied: 1,
      periodEnded: 2,
      repliedInTime: 1,
      replyRate: 0.5,
      medianDaysToReply: 5,
      toOtherActors: 0,
    });
    expect(p.communications.byType.AL.sent).toBe(1);
    expect(p.communications.byType.OL.sent).toBe(1);
    expect(p.communications.byState.map((s) => [s.iso3, s.sent])).toEqual([
      ["AAA", 1],
      ["CCC", 1],
    ]);
  });

  it("counts visit requests, answers and visits carried out as the annual visit report does", () => {
    expect(facts.current.visits).toEqual({
      requested: 5,
      statesAsked: 3,
      accepted: 2, // an acceptance and dates proposed
      postponed: 1,
      declined: 1,
      statesNotAnswering: 1,
      carriedOut: 1,
      statesVisited: 1,
    });
    expect(facts.previous.visits).toEqual({
      requested: 1,
      statesAsked: 1,
      accepted: 1,
      postponed: 0,
      declined: 0,
      statesNotAnswering: 0,
      carriedOut: 1,
      statesVisited: 1,
    });
  });

  it("counts standing invitations new, withdrawn, in force and effective at the end of each year", () => {
    // End of 2025: A, B and D in force; A (visited 2023) and B (2024) effective, D never visited.
    expect(facts.current.standingInvitations).toEqual({ extended: 1, withdrawn: 1, inForce: 3, effective: 2 });
    // End of 2024: A, C and D in force; only A visited within 2022–2024.
    expect(facts.previous.standingInvitations).toEqual({ extended: 1, withdrawn: 0, inForce: 3, effective: 1 });
  });

  it("lists the Member States never visited, and those visited for the first time", () => {
    // Member States only (D, an observer, never); E's visit ended in November 2025, not yet marked
    // completed; F's was withdrawn; G's started in 2026.
    expect(facts.current.neverVisited.map((s) => s.iso3)).toEqual(["FFF", "GGG"]);
    expect(facts.previous.neverVisited.map((s) => s.iso3)).toEqual(["CCC", "EEE", "FFF", "GGG"]);
    expect(facts.firstVisited.map((s) => s.iso3)).toEqual(["CCC", "EEE"]);
  });

  it("lists the same States never visited as the filter of /states, as of the same day", async () => {
    const { findStates } = await import("@/lib/states/find-states");
    const { genevaYearBounds } = await import("@/lib/core/geneva");
    const filters = { neverVisited: true, noStandingInvitation: false, nonCooperation: false };
    const filtered = async (now: Date) => (await findStates(2025, { filters, now })).map((s) => s.iso3);
    // /states at the first instant of 2026 in Geneva: the last day ended is 31 December 2025.
    expect(await filtered(genevaYearBounds(2025).end)).toEqual(facts.current.neverVisited.map((s) => s.iso3));
    expect(await filtered(genevaYearBounds(2024).end)).toEqual(facts.previous.neverVisited.map((s) => s.iso3));
    // And at NOW, G's visit of January 2026 has been carried out.
    expect(await filtered(NOW)).toEqual(["FFF"]);
  });

  it("counts only the public reprisals register, by regional group and State", () => {
    expect(facts.current.reprisals.total).toBe(2);
    expect(facts.current.reprisals.byRegion).toEqual({
      AFRICAN: 1,
      ASIA_PACIFIC: 0,
      EASTERN_EUROPEAN: 0,
      LATIN_AMERICAN_CARIBBEAN: 0,
      WESTERN_EUROPEAN_OTHERS: 1,
    });
    expect(facts.current.reprisals.byState.map((s) => [s.iso3, s.count])).toEqual([
      ["AAA", 1],
      ["BBB", 1],
    ]);
    expect(facts.previous.reprisals.total).toBe(1);
    expect(facts.previous.reprisals.byRegion.AFRICAN).toBe(1);
  });

  it("counts issued calls for input by deadline and their submitted answers", () => {
    const { calls } = facts.current;
    expect(calls).toMatchObject({ issued: 2, answers: 3, answersFromStates: 1, answersFromOthers: 2 });
    expect(calls.calls.map((c) => [c.title, c.answers])).toEqual([
      ["Call one", 2],
      ["Call two", 1],
    ]);
    expect(facts.previous.calls).toMatchObject({ issued: 1, answers: 1, answersFromStates: 1, answersFromOthers: 0 });
  });

  it("counts case submissions received", () => {
    expect(facts.current.caseSubmissions).toEqual({ received: 2, urgent: 1 });
    expect(facts.previous.caseSubmissions).toEqual({ received: 1, urgent: 0 });
  });
});

describe("each figure's link", () => {
  it("lands on a list of exactly the records the figure counts", async () => {
    const { factRows } = await import("@/lib/statistics/facts-rows");
    const { searchPublicCommunications } = await import("@/lib/search/search-public-communications");
    const { parseSearchParams } = await import("@/lib/search/schemas");
    const { findPublicReprisals, parsePublicReprisalParams } = await import("@/lib/reprisals/find-public-reprisals");
    const { findPublicCalls } = await import("@/lib/questionnaires/find-public-calls");
    const { parsePublicFilters } = await import("@/lib/questionnaires/schemas");
    const { findPublicVisits } = await import("@/lib/visits/find-public-visits");
    const { publicFilterSchema } = await import("@/lib/visits/schemas");
    const rows = factRows(facts).filter((r) => r.unit === "count" && r.href);
    const checked: string[] = [];
    for (const row of rows) {
      const [path, qs = ""] = row.href!.split("?");
      const query = new URLSearchParams(qs);
      let listed: number | null = null;
      if (path === "/communications") listed = (await searchPublicCommunications({ params: parseSearchParams(query), now: NOW })).total;
      if (path === "/reprisals") listed = (await findPublicReprisals({ params: parsePublicReprisalParams(query) })).total;
      if (path === "/calls-for-input" && row.figure === "issued")
        listed = (await findPublicCalls({ filters: parsePublicFilters(query), now: NOW })).total;
      if (path === "/visits") listed = (await findPublicVisits({ filters: publicFilterSchema.parse(Object.fromEntries(query)) })).total;
      if (row.figure === "carriedOut" || path === "/communications" || path === "/reprisals" || row.figure === "issued") {
        expect(listed, `${row.figure} ${row.subject?.code ?? ""} → ${row.href}`).toBe(row.current);
        checked.push(`${row.figure}:${row.subject?.code ?? ""}`);
      }
    }
    expect(checked).toEqual(
      expect.arrayContaining([
        "sent:",
        "sentByType:AL",
        "sentByType:UA",
        "replied:",
        "sentToState:AAA",
        "sentToState:CCC",
        "sentByMandate:m-one",
        "publicEntries:",
        "publicEntriesByState:BBB",
        "issued:",
        "carriedOut:",
      ]),
    );
  });
});

describe("the CSV", () => {
  it("has one line per figure with the year before and the records' path, and nothing confidential", async () => {
    const { factsCsv, FACTS_CSV_COLUMNS } = await import("@/lib/statistics/facts-csv");
    const csv = factsCsv(facts);
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe(FACTS_CSV_COLUMNS.join(","));
    expect(lines).toContain("2025,communications,sentByType,AL,,3,1,count,/communications?year=2025&type=AL");
    expect(lines).toContain("2025,communications,replyPeriodEnded,,,5,2,count,");
    expect(lines).toContain("2025,communications,replyPeriodEndedByType,AL,,2,1,count,");
    expect(lines).toContain("2025,communications,replyRate,,,0.8,0.5,share,/communications?year=2025&reply=replied");
    expect(lines).toContain("2025,communications,sentToState,CCC,Cascadia,1,1,count,/communications?year=2025&addressee=state%3ACCC");
    expect(lines).toContain("2025,standingInvitations,effective,,,2,1,count,/standing-invitations");
    expect(lines).toContain("2025,caseSubmissions,received,,,2,1,count,");
    expect(csv).not.toContain(MARKER);
  });
});
