import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { seedDatabase } from "@/prisma/seed/index";
import { samplePdf } from "@/lib/files/sample-files.test-support";
import { actorByEmail, closeIntegrationDatabase, setNow } from "../support/integration";
import { strToU8, zipSync } from "fflate";

// Country visits (R4, R9–R11, R16) against a real, seeded PostgreSQL: scope per State, the order of
// statement/debriefing/publication, what the public pages and feeds may show, the annual report.
let db: TestDatabase;
let prisma: PrismaClient;
const actors: Record<string, Actor> = {};
const DAY = 24 * 3_600_000;
// Wednesday 10 June 2026, 10:00 in Geneva: the office is open.
const T0 = new Date("2026-06-10T08:00:00Z");
const day = (d: Date) => d.toISOString().slice(0, 10);

const actorFor = (email: string) => actorByEmail(prisma, email);

const lib = async () => ({
  ...(await import("@/lib/visits/request-visit")),
  ...(await import("@/lib/visits/answer-visit")),
  ...(await import("@/lib/visits/requester-action")),
  ...(await import("@/lib/visits/statement")),
  ...(await import("@/lib/visits/get-visit-request")),
  ...(await import("@/lib/visits/find-visit-requests")),
  ...(await import("@/lib/visits/find-public-visits")),
  ...(await import("@/lib/visits/visits-atom")),
  ...(await import("@/lib/visits/get-visit-attachment")),
  ...(await import("@/lib/visits/press-release-guard")),
  ...(await import("@/lib/visits/report")),
  ...(await import("@/lib/visits/get-annual-report")),
  ...(await import("@/lib/visits/annual-report-csv")),
  ...(await import("@/lib/visits/standing-invitations")),
  ...(await import("@/lib/visits/invite-visit")),
  ...(await import("@/lib/visits/answer-invitation")),
  ...(await import("@/lib/visits/schemas")),
  ...(await import("@/lib/statistics/find-sp-side")),
});
const expectCode = async (p: Promise<unknown>, code: string, message?: string) => {
  await expect(p).rejects.toMatchObject({ code, ...(message ? { message } : {}) });
};

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_visits" });
  Object.assign(process.env, { DATABASE_URL: db.connectionString, SP_TEST_CLOCK: "1" });
  prisma = createPrismaClient(db.connectionString, 4);
  await seedDatabase(prisma, { communications: 20, now: T0 });
  for (const [key, email] of Object.entries({
    secretariat: "secretariat@sp-portal.example",
    holder: "holder@sp-portal.example",
    cosigner: "cosigner@sp-portal.example",
    norway: "state@sp-portal.example",
    brazil: "state2@sp-portal.example",
  }))
    actors[key] = await actorFor(email);
});
afterEach(async () => {
  const { setClockOffset } = await import("@/lib/core/clock");
  setClockOffset(0);
});
afterAll(() => closeIntegrationDatabase({ db, prisma }));

/** A fresh State for the holder's mandate with no open request: a small island State. */
async function freshState(iso3: string) {
  const state = await prisma.state.findUniqueOrThrow({ where: { iso3 }, select: { id: true, missionEmail: true } });
  await prisma.visitRequest.updateMany({
    where: { stateId: state.id, mandateId: actors.holder!.mandateIds[0]! },
    data: { status: "WITHDRAWN" },
  });
  return state;
}

describe("a visit from request to published statement", () => {
  it("runs in the order R4 and R9 require, and each State sees only its own requests", async () => {
    const L = await lib();
    await setNow(T0);
    const brazil = await freshState("BRA");
    const mandateId = actors.holder!.mandateIds[0]!;
    const purpose = "SECRET-PURPOSE To assess the situation of human rights defenders in the country.";
    const { id } = await L.requestVisit({
      actor: actors.holder!,
      input: { mandateId, stateId: brazil.id, purpose, proposedPeriods: "Between September and November 2026", sendNow: true },
      files: [{ fileName: "request-letter.pdf", bytes: samplePdf() }],
    });
    // The request went to the mission through the outbox (R1, R2) and is on the timeline.
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { kind: "visit.request" }, orderBy: { createdAt: "desc" } });
    if (brazil.missionEmail) expect(mail.toAddresses).toContain(brazil.missionEmail.toLowerCase());
    expect(mail.textBody).toContain("human rights defenders");

    // Brazil sees it; Norway does not even learn that it exists (404), nor may it answer it.
    const seen = await L.getVisitRequest({ actor: actors.brazil!, visitRequestId: id });
    expect(seen.may.answer).toEqual(["accept", "proposeDates", "postpone", "decline"]);
    await expectCode(L.getVisitRequest({ actor: actors.norway!, visitRequestId: id }), "NOT_FOUND");
    const answerInput = {
      visitRequestId: id,
      answer: "decline" as const,
      start: null,
      end: null,
      reason: "No.",
      note: null,
      receivedOn: null,
    };
    await expectCode(L.answerVisit({ actor: actors.norway!, input: answerInput, files: [] }), "NOT_FOUND");
    expect((await L.findVisitRequests({ actor: actors.norway! })).rows.map((r) => r.id)).not.toContain(id);
    expect((await L.findVisitRequests({ actor: actors.brazil! })).rows.every((r) => r.state.iso3 === "BRA")).toBe(true);
    // Another mandate's holder does not see it either.
    await expectCode(L.getVisitRequest({ actor: actors.cosigner!, visitRequestId: id }), "NOT_FOUND");
    // The holder cannot answer for the State, and completing a visit never accepted is refused.
    await expectCode(L.answerVisit({ actor: actors.holder!, input: answerInput, files: [] }), "FORBIDDEN");
    await expectCode(
      L.requesterAction({ actor: actors.holder!, input: { visitRequestId: id, action: "complete", note: null } }),
      "CONFLICT",
      "visits.notAllowedNow",
    );

    // A reminder goes through the outbox and is recorded.
    await L.requesterAction({
      actor: actors.holder!,
      input: { visitRequestId: id, action: "remind", note: "We look forward to your answer." },
    });
    expect(await prisma.outboxMessage.count({ where: { kind: "visit.reminder" } })).toBeGreaterThan(0);

    // Brazil proposes dates; the holder accepts them: scheduled and announced.
    const start = new Date(T0.getTime() + 30 * DAY);
    const end = new Date(T0.getTime() + 39 * DAY);
    const startDay = new Date(`${day(start)}T00:00:00Z`);
    const endDay = new Date(`${day(end)}T00:00:00Z`);
    await L.answerVisit({
      actor: actors.brazil!,
      input: {
        ...answerInput,
        answer: "proposeDates",
        start: startDay,
        end: endDay,
        reason: null,
        note: "PRIVATE-NOTE dates suit the Government",
      },
      files: [],
    });
    expect((await prisma.visitRequest.findUniqueOrThrow({ where: { id } })).status).toBe("DATES_PROPOSED");
    // Before scheduling, the public record does not show the proposed dates.
    const before = await L.getPublicVisit({ visitRequestId: id, now: T0 });
    expect(before.visit).toBeNull();
    expect(before.events.map((e) => e.kind)).toEqual(["REQUEST", "REMINDER"]);
    await L.requesterAction({ actor: actors.holder!, input: { visitRequestId: id, action: "acceptProposedDates", note: null } });
    const scheduled = await L.getPublicVisit({ visitRequestId: id, now: T0 });
    expect(scheduled.status).toBe("SCHEDULED");
    expect(scheduled.visit).toMatchObject({ startDate: startDay, endDate: endDay });
    const list = await L.findPublicVisits({ filters: { state: "BRA", status: "SCHEDULED" } });
    expect(list.rows.map((r) => r.id)).toContain(id);
    const feed = await L.scheduledVisitsFeed({
      baseUrl: "http://portal.example",
      selfUrl: "http://portal.example/api/visits/feed.atom",
      now: new Date(T0.getTime() + DAY),
    });
    expect(feed).toContain(`http://portal.example/visits/${id}`);

    // R4: the statement cannot be published before the debriefing, nor the debriefing come before sharing.
    // Uploaded as a Word file first: its words are counted from the document's text.
    const docxText = Array.from({ length: 5100 }, (_, i) => `mot${i}`).join(" ");
    const docx = zipSync(
      {
        "[Content_Types].xml": strToU8(
          `<?xml version="1.0"?><Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
        ),
        "_rels/.rels": strToU8("<Relationships/>"),
        "word/document.xml": strToU8(`<w:document><w:body><w:p><w:r><w:t>${docxText}</w:t></w:r></w:p></w:body></w:document>`),
      },
      { level: 0 },
    );
    expect(
      (
        await L.saveStatement({
          actor: actors.holder!,
          input: { visitRequestId: id, text: null },
          files: [{ fileName: "statement.docx", bytes: docx }],
        })
      ).words,
    ).toBe(5100);
    const text = Array.from({ length: 4200 }, (_, i) => `word${i}`).join(" ");
    expect((await L.saveStatement({ actor: actors.holder!, input: { visitRequestId: id, text }, files: [] })).words).toBe(4200);
    const publish = { visitRequestId: id, step: "publishStatement" as const };
    await expectCode(L.visitStep({ actor: actors.holder!, input: publish }), "CONFLICT", "visits.debriefingFirst");
    await expectCode(
      L.recordCivilSocietyDebriefing({ actor: actors.holder!, input: { visitRequestId: id, note: "Met NGOs in the capital." } }),
      "CONFLICT",
      "visits.debriefingFirst",
    );
    await expectCode(
      L.visitStep({ actor: actors.holder!, input: { visitRequestId: id, step: "recordDebriefing" } }),
      "CONFLICT",
      "visits.shareBeforeDebriefing",
    );
    // Brazil does not read the statement before it is shared.
    expect((await L.getVisitRequest({ actor: actors.brazil!, visitRequestId: id })).visit?.endOfMissionStatement).toBeNull();
    await L.visitStep({ actor: actors.holder!, input: { visitRequestId: id, step: "shareStatement" } });
    expect((await L.getVisitRequest({ actor: actors.brazil!, visitRequestId: id })).visit?.endOfMissionStatement).toBe(text);
    // A press release on the visit may not go out either (the check lib/press-releases calls).
    const visitId = (await prisma.visit.findUniqueOrThrow({ where: { visitRequestId: id } })).id;
    expect(await L.visitDebriefingAllowsPublication({ visitId, now: T0 })).toBe(false);
    expect(await L.visitDebriefingAllowsPublication({ visitId: null, now: T0 })).toBe(true);
    // The debriefing happens during the visit, not before it starts.
    await expectCode(
      L.visitStep({ actor: actors.holder!, input: { visitRequestId: id, step: "recordDebriefing" } }),
      "CONFLICT",
      "visits.notStartedYet",
    );
    const during = new Date(start.getTime() + 8 * DAY);
    await setNow(during);
    await L.visitStep({ actor: actors.holder!, input: { visitRequestId: id, step: "recordDebriefing" } });
    // The debriefing is dated a few milliseconds after `during` (the clock moves on): ask a minute later.
    expect(await L.visitDebriefingAllowsPublication({ visitId, now: new Date(during.getTime() + 60_000) })).toBe(true);
    await L.visitStep({ actor: actors.holder!, input: publish });
    await L.recordCivilSocietyDebriefing({ actor: actors.holder!, input: { visitRequestId: id, note: "Met NGOs in the capital." } });
    const published = await L.getPublicVisit({ visitRequestId: id, now: new Date(during.getTime() + DAY) });
    expect(published.statement?.text).toBe(text);
    expect(published.events.map((e) => e.kind)).toEqual([
      "REQUEST",
      "REMINDER",
      "SCHEDULED",
      "END_OF_MISSION_STATEMENT",
      "CIVIL_SOCIETY_DEBRIEFING",
    ]);
    await expectCode(L.visitStep({ actor: actors.holder!, input: publish }), "CONFLICT", "visits.alreadyDone");

    // Completed after its last day; the report then carries the R11 delay; Brazil follows up.
    await expectCode(
      L.requesterAction({ actor: actors.holder!, input: { visitRequestId: id, action: "complete", note: null } }),
      "CONFLICT",
      "visits.notEndedYet",
    );
    await setNow(new Date(end.getTime() + 2 * DAY));
    await L.requesterAction({ actor: actors.holder!, input: { visitRequestId: id, action: "complete", note: null } });
    const presentedAt = new Date(endDay.getTime() + 200 * DAY);
    await L.saveVisitReport({
      actor: actors.holder!,
      input: {
        visitRequestId: id,
        symbol: "A/HRC/99/40/Add.1",
        title: "Visit to Brazil",
        submittedAt: null,
        councilSession: 99,
        presentedAt,
        publish: true,
      },
    });
    await L.addRecommendation({
      actor: actors.holder!,
      input: { visitRequestId: id, text: "Adopt a law protecting defenders.", themeIds: [] },
    });
    const detail = await L.getVisitRequest({ actor: actors.brazil!, visitRequestId: id });
    expect(detail.visit?.delayDays).toBe(200);
    const rec = detail.visit!.reports[0]!.recommendations[0]!;
    expect(rec.mayUpdate).toBe(true);
    await L.updateRecommendationStatus({
      actor: actors.brazil!,
      input: { recommendationId: rec.id, status: "IN_PROGRESS", evidence: "A bill is before Parliament." },
    });
    await expectCode(
      L.updateRecommendationStatus({
        actor: actors.norway!,
        input: { recommendationId: rec.id, status: "IMPLEMENTED", evidence: "Not our recommendation." },
      }),
      "NOT_FOUND",
    );
    expect((await prisma.recommendation.findUniqueOrThrow({ where: { id: rec.id } })).status).toBe("IN_PROGRESS");
    // Every change above left an audit entry.
    expect(await prisma.auditEntry.count({ where: { entityId: id, entityType: "VisitRequest" } })).toBeGreaterThanOrEqual(4);
  });
});

describe("what the public may see (R9)", () => {
  it("never shows private timeline entries, notes, documents, purpose, reasons or proposed dates", async () => {
    const L = await lib();
    await setNow(T0);
    const state = await freshState("ISL");
    const mandateId = actors.holder!.mandateIds[0]!;
    const { id } = await L.requestVisit({
      actor: actors.holder!,
      input: {
        mandateId,
        stateId: state.id,
        purpose: "SECRET-PURPOSE a purpose that stays between the parties.",
        proposedPeriods: "Early 2027",
        sendNow: true,
      },
      files: [{ fileName: "confidential-letter.pdf", bytes: samplePdf() }],
    });
    const secretariat = actors.secretariat!;
    await L.answerVisit({
      actor: secretariat,
      input: {
        visitRequestId: id,
        answer: "proposeDates",
        start: new Date("2027-02-01T00:00:00Z"),
        end: new Date("2027-02-10T00:00:00Z"),
        reason: null,
        note: "PRIVATE-NOTE by note verbale",
        receivedOn: null,
      },
      files: [{ fileName: "note-verbale.pdf", bytes: samplePdf() }],
    });
    await L.answerVisit({
      actor: secretariat,
      input: {
        visitRequestId: id,
        answer: "decline",
        start: null,
        end: null,
        reason: "SECRET-REASON internal matters",
        note: null,
        receivedOn: null,
      },
      files: [],
    });
    const pub = await L.getPublicVisit({ visitRequestId: id, now: T0 });
    const json = JSON.stringify(pub);
    for (const secret of ["SECRET-PURPOSE", "PRIVATE-NOTE", "SECRET-REASON", "confidential-letter", "note-verbale", "2027-02-01"])
      expect(json).not.toContain(secret);
    expect(pub.events.map((e) => e.kind)).toEqual(["REQUEST", "DECLINE"]);
    expect(pub.events.every((e) => e.attachments.length === 0)).toBe(true);
    const listJson = JSON.stringify(await L.findPublicVisits({ filters: { state: "ISL" } }));
    for (const secret of ["SECRET-PURPOSE", "SECRET-REASON", "2027-02-01"]) expect(listJson).not.toContain(secret);
    const feed = await L.scheduledVisitsFeed({ baseUrl: "http://p", selfUrl: "http://p/f", now: T0 });
    for (const secret of ["SECRET", "PRIVATE"]) expect(feed).not.toContain(secret);

    // The letter is a private document: not for the public, nor another State; the State visited and the holder have it.
    const letter = await prisma.attachment.findFirstOrThrow({ where: { fileName: "confidential-letter.pdf" } });
    await expectCode(L.getVisitAttachment({ actor: null, attachmentId: letter.id }), "NOT_FOUND");
    await expectCode(L.getVisitAttachment({ actor: actors.norway!, attachmentId: letter.id }), "NOT_FOUND");
    await expectCode(L.getVisitAttachment({ actor: actors.cosigner!, attachmentId: letter.id }), "NOT_FOUND");
    expect((await L.getVisitAttachment({ actor: actors.holder!, attachmentId: letter.id })).fileName).toBe("confidential-letter.pdf");

    // Drafts are not on the public record, and not for the State.
    const draft = await L.requestVisit({
      actor: actors.holder!,
      input: {
        mandateId,
        stateId: (await freshState("NOR")).id,
        purpose: "A draft request that is not sent yet.",
        proposedPeriods: "2027",
        sendNow: false,
      },
      files: [],
    });
    await expectCode(L.getPublicVisit({ visitRequestId: draft.id, now: T0 }), "NOT_FOUND");
    await expectCode(L.getVisitRequest({ actor: actors.norway!, visitRequestId: draft.id }), "NOT_FOUND");
  });
});

describe("annual visit report on known data (R9)", () => {
  it("puts each request of 2005 in its categories, overall and per mandate, and writes the CSV", async () => {
    const L = await lib();
    const [m1, m2] = await prisma.mandate.findMany({
      where: { kind: "THEMATIC" },
      orderBy: { slug: "asc" },
      take: 2,
      select: { id: true, slug: true },
    });
    const [a, b, c] = await prisma.state.findMany({
      where: { iso3: { in: ["FJI", "GHA", "KEN"] } },
      orderBy: { iso3: "asc" },
      select: { id: true, iso3: true },
    });
    const mk = async (
      mandateId: string,
      stateId: string,
      status: "REQUESTED" | "DECLINED" | "SCHEDULED",
      requestedAt: string,
      answers: [string, string][],
    ) => {
      const r = await prisma.visitRequest.create({
        data: { mandateId, stateId, status, purpose: "Known data.", requestedAt: new Date(requestedAt) },
      });
      for (const [kind, at] of answers)
        await prisma.visitEvent.create({ data: { visitRequestId: r.id, kind: kind as "DECLINE", at: new Date(at), isPublic: true } });
      return r.id;
    };
    const r1 = await mk(m1!.id, a!.id, "DECLINED", "2005-03-01T10:00:00Z", [["DECLINE", "2005-05-01T10:00:00Z"]]);
    const r2 = await mk(m1!.id, b!.id, "REQUESTED", "2005-06-01T10:00:00Z", []);
    const r3 = await mk(m2!.id, b!.id, "SCHEDULED", "2005-07-01T10:00:00Z", [["ACCEPTANCE", "2006-02-01T10:00:00Z"]]);
    const r4 = await mk(m2!.id, c!.id, "REQUESTED", "2004-04-01T10:00:00Z", []);
    const overall = await L.getAnnualVisitReport({ year: 2005 });
    expect(overall.requests.map((r) => r.id)).toEqual([r1, r2, r3]);
    expect(overall.statesAsked.map((g) => g.stateId)).toEqual([a!.id, b!.id]);
    expect(overall.answers.map((x) => [x.request.id, x.outcome])).toEqual([[r1, "DECLINE"]]);
    expect(overall.notAnsweredInCycle.map((g) => [g.stateId, g.requests.map((r) => r.id)])).toEqual([[b!.id, [r2, r3]]]);
    expect(overall.stillNotAnsweringEarlier.map((g) => [g.stateId, g.requests.map((r) => r.id)])).toEqual([[c!.id, [r4]]]);
    const perMandate = await L.getAnnualVisitReport({ year: 2005, mandateSlug: m2!.slug });
    expect(perMandate.requests.map((r) => r.id)).toEqual([r3]);
    expect(perMandate.stillNotAnsweringEarlier.flatMap((g) => g.requests.map((r) => r.id))).toEqual([r4]);
    const csv = L.annualReportCsv(overall);
    expect(csv.startsWith("\uFEFFcategory,year,mandate,")).toBe(true);
    expect(csv.split("\r\n").filter((l) => l.startsWith("1-request")).length).toBe(3);
    expect(csv).toContain(`3-answer,2005,`);
    expect(csv.split("\r\n").filter((l) => l.startsWith("5-still-no-answer-earlier")).length).toBe(1);
  });
});

describe("standing invitations (R10)", () => {
  it("flags a State whose recent requests all went unanswered or were declined, with the requests", async () => {
    const L = await lib();
    await setNow(T0);
    const state = await prisma.state.findUniqueOrThrow({ where: { iso3: "URY" }, select: { id: true } });
    await prisma.visitRequest.updateMany({ where: { stateId: state.id }, data: { status: "WITHDRAWN" } });
    await prisma.standingInvitation.deleteMany({ where: { stateId: state.id } });
    await L.addStandingInvitation({
      actor: actors.secretariat!,
      input: { stateId: state.id, extendedOn: new Date("2010-01-01T00:00:00Z"), note: null },
    });
    await expectCode(
      L.addStandingInvitation({
        actor: actors.holder!,
        input: { stateId: state.id, extendedOn: new Date("2010-01-01T00:00:00Z"), note: null },
      }),
      "FORBIDDEN",
    );
    const m = actors.holder!.mandateIds[0]!;
    const r = await prisma.visitRequest.create({
      data: { mandateId: m, stateId: state.id, status: "DECLINED", purpose: "x", requestedAt: new Date(T0.getTime() - 400 * DAY) },
    });
    const row = (await L.findStandingInvitations({ now: T0 })).find((x) => x.stateId === state.id)!;
    expect(row.review).toMatchObject({ notEffective: true, requests: [{ id: r.id, reason: "declined" }] });
    await prisma.visitRequest.create({
      data: {
        mandateId: actors.cosigner!.mandateIds[0]!,
        stateId: state.id,
        status: "COMPLETED",
        purpose: "x",
        requestedAt: new Date(T0.getTime() - 300 * DAY),
      },
    });
    expect((await L.findStandingInvitations({ now: T0 })).find((x) => x.stateId === state.id)!.review!.notEffective).toBe(false);
  });
});

describe("visit dates that have passed (R9)", () => {
  it("are refused beside their field, and proposed dates that pass leave the holder a way forward", async () => {
    const L = await lib();
    await setNow(T0);
    const brazil = await freshState("BRA");
    const { id } = await L.requestVisit({
      actor: actors.holder!,
      input: {
        mandateId: actors.holder!.mandateIds[0]!,
        stateId: brazil.id,
        purpose: "To look at the dates rule of country visits, from the request on.",
        proposedPeriods: "Any time next year",
        sendNow: true,
      },
      files: [],
    });
    const answer = { visitRequestId: id, reason: null, note: null, receivedOn: null };
    const at = (days: number) => new Date(`${day(new Date(T0.getTime() + days * DAY))}T00:00:00Z`);
    const invalid = (p: Promise<unknown>, fieldErrors: Record<string, string[]>) =>
      expect(p).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors });

    // The State cannot accept, propose or indicate days already gone; nothing changes.
    await invalid(L.answerVisit({ actor: actors.brazil!, input: { ...answer, answer: "accept", start: at(-3), end: at(2) }, files: [] }), {
      start: ["visits.startInPast"],
    });
    await invalid(
      L.answerVisit({ actor: actors.brazil!, input: { ...answer, answer: "proposeDates", start: at(-9), end: at(-5) }, files: [] }),
      { start: ["visits.startInPast"], end: ["visits.endInPast"] },
    );
    await invalid(L.answerVisit({ actor: actors.brazil!, input: { ...answer, answer: "postpone", start: at(-1), end: null }, files: [] }), {
      start: ["visits.startInPast"],
    });
    expect((await prisma.visitRequest.findUniqueOrThrow({ where: { id } })).status).toBe("REQUESTED");

    // Accepted in principle: the holder cannot record agreed dates in the past either.
    await L.answerVisit({ actor: actors.brazil!, input: { ...answer, answer: "accept", start: null, end: null }, files: [] });
    await invalid(L.scheduleAgreedVisit({ actor: actors.holder!, input: { visitRequestId: id, start: at(-1), end: at(3) } }), {
      start: ["visits.startInPast"],
    });

    // Dates starting today are fine. While they are ahead the holder may agree to them, not remind.
    await L.answerVisit({ actor: actors.brazil!, input: { ...answer, answer: "proposeDates", start: at(0), end: at(4) }, files: [] });
    const ahead = await L.getVisitRequest({ actor: actors.holder!, visitRequestId: id });
    expect(ahead.may.requesterActions).toEqual(["acceptProposedDates", "withdraw"]);
    await expectCode(
      L.requesterAction({ actor: actors.holder!, input: { visitRequestId: id, action: "remind", note: null } }),
      "CONFLICT",
      "visits.notAllowedNow",
    );

    // The next day they have begun: agreeing is refused with a reason, and asking for new dates is offered.
    await setNow(new Date(T0.getTime() + DAY));
    const passed = await L.getVisitRequest({ actor: actors.holder!, visitRequestId: id });
    expect(passed.may.requesterActions).toEqual(["remind", "withdraw"]);
    await expectCode(
      L.requesterAction({ actor: actors.holder!, input: { visitRequestId: id, action: "acceptProposedDates", note: null } }),
      "CONFLICT",
      "visits.proposedDatesPassed",
    );
    await L.requesterAction({ actor: actors.holder!, input: { visitRequestId: id, action: "remind", note: null } });
    const reminded = await prisma.visitRequest.findUniqueOrThrow({ where: { id } });
    expect(reminded).toMatchObject({ status: "REMINDED", stateProposedStart: null, stateProposedEnd: null });
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { kind: "visit.reminder" }, orderBy: { createdAt: "desc" } });
    expect(mail.textBody).toContain("new dates are requested");

    // The State proposes new dates; the holder agrees: scheduled.
    await L.answerVisit({ actor: actors.brazil!, input: { ...answer, answer: "proposeDates", start: at(40), end: at(45) }, files: [] });
    await L.requesterAction({ actor: actors.holder!, input: { visitRequestId: id, action: "acceptProposedDates", note: null } });
    expect((await prisma.visitRequest.findUniqueOrThrow({ where: { id } })).status).toBe("SCHEDULED");
  });
});

describe("a State's invitation to a mandate (R9, R20)", () => {
  it("the State invites, the holder answers; others cannot reach it; the public sees only that the State invited", async () => {
    const L = await lib();
    await setNow(T0);
    const brazil = actors.brazil!;
    const holder = actors.holder!;
    const mandateId = holder.mandateIds[0]!;
    const braId = brazil.stateId!;
    const message = "SECRET-INVITATION The Government invites the mandate to look at the situation of defenders.";
    const input = { mandateId, purpose: message, proposedPeriods: "SECRET-PERIODS spring 2027" };
    const noteVerbale = [{ fileName: "invitation-note-verbale.pdf", bytes: samplePdf() }];

    await freshState("BRA");
    // Only a State's own users invite: not the holder, nor the secretariat, nor anyone without a State.
    await expectCode(L.inviteVisit({ actor: holder, input, files: [] }), "FORBIDDEN");
    await expectCode(L.inviteVisit({ actor: actors.secretariat!, input, files: [] }), "FORBIDDEN");
    await expectCode(L.inviteVisit({ actor: { ...brazil, stateId: null }, input, files: [] }), "FORBIDDEN");
    const before = await L.getSpSide({ stateId: braId, now: T0 });

    const { id } = await L.inviteVisit({ actor: brazil, input, files: noteVerbale });
    // One open exchange per mandate and State: a second invitation is refused beside the field.
    await expect(L.inviteVisit({ actor: brazil, input, files: [] })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { mandateId: ["visits.openExchangeExists"] },
    });
    const row = await prisma.visitRequest.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ initiator: "STATE", status: "INVITED", stateId: braId, mandateId, answeredAt: null });
    // The clock runs on from T0 (setNow sets an offset).
    expect(row.requestedAt!.getTime() - T0.getTime()).toBeLessThan(60_000);
    expect(await prisma.auditEntry.count({ where: { entityId: id, action: "visit-request.invite" } })).toBe(1);
    // The holder is told in the portal.
    expect(await prisma.notification.count({ where: { kind: "visit.invitation-received", recordId: id } })).toBeGreaterThan(0);

    // Who sees it: the State that invited, the mandate's holder, the secretariat; not another State,
    // another mandate's holder or anyone signed out.
    expect((await L.getVisitRequest({ actor: brazil, visitRequestId: id })).may).toMatchObject({ answer: [], requesterActions: [] });
    const seen = await L.getVisitRequest({ actor: holder, visitRequestId: id });
    expect(seen.initiator).toBe("STATE");
    expect(seen.may.requesterActions).toEqual(["acceptInvitation", "declineInvitation", "deferInvitation"]);
    expect((await L.getVisitRequest({ actor: actors.secretariat!, visitRequestId: id })).purpose).toBe(message);
    for (const other of [actors.norway!, actors.cosigner!])
      await expectCode(L.getVisitRequest({ actor: other, visitRequestId: id }), "NOT_FOUND");
    await expectCode(L.getVisitRequest({ actor: null as never, visitRequestId: id }), "NOT_FOUND");
    const answer = (answer: "accept" | "decline" | "notNow", reason: string | null = null) => ({
      visitRequestId: id,
      answer,
      reason,
      note: null,
    });
    // Nobody but the mandate's side answers: not another holder, another State, nor the State that invited.
    for (const other of [actors.cosigner!, actors.norway!, brazil])
      await expectCode(L.answerInvitation({ actor: other, input: answer("accept") }), "NOT_FOUND");
    // The State's answers to a request do not apply to its own invitation.
    await expectCode(
      L.answerVisit({
        actor: brazil,
        input: { visitRequestId: id, answer: "accept", start: null, end: null, reason: null, note: null, receivedOn: null },
        files: [],
      }),
      "CONFLICT",
    );
    // A decline needs its reason, beside the field.
    const noReason = L.invitationAnswerSchema.safeParse({ visitRequestId: id, answer: "decline" });
    expect(noReason.success).toBe(false);
    expect(noReason.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["reason", "visits.reasonRequired"]]);
    const note = await prisma.attachment.findFirstOrThrow({ where: { fileName: "invitation-note-verbale.pdf" } });
    await expectCode(L.getVisitAttachment({ actor: null, attachmentId: note.id }), "NOT_FOUND");
    await expectCode(L.getVisitAttachment({ actor: actors.cosigner!, attachmentId: note.id }), "NOT_FOUND");
    expect((await L.getVisitAttachment({ actor: holder, attachmentId: note.id })).fileName).toBe("invitation-note-verbale.pdf");

    // "Not now" after 5 days, then a yes after 10: the first answer dates the reply.
    await setNow(new Date(T0.getTime() + 5 * DAY));
    expect(await L.answerInvitation({ actor: holder, input: { ...answer("notNow"), note: "PRIVATE-NOTE busy year" } })).toMatchObject({
      status: "INVITATION_DEFERRED",
    });
    await expectCode(L.answerInvitation({ actor: holder, input: answer("notNow") }), "CONFLICT");
    await setNow(new Date(T0.getTime() + 10 * DAY));
    expect(await L.answerInvitation({ actor: holder, input: answer("accept") })).toMatchObject({ status: "ACCEPTED" });
    await expectCode(L.answerInvitation({ actor: holder, input: answer("decline", "too late") }), "CONFLICT");
    const accepted = await prisma.visitRequest.findUniqueOrThrow({ where: { id } });
    expect(Math.round((accepted.answeredAt!.getTime() - T0.getTime()) / DAY)).toBe(5);
    expect(
      (await prisma.auditEntry.findMany({ where: { entityId: id }, orderBy: { id: "asc" }, select: { action: true } })).map(
        (a) => a.action,
      ),
    ).toEqual(["visit-request.invite", "visit-request.deferInvitation", "visit-request.acceptInvitation"]);
    // The mission is told of each answer (R2).
    expect(await prisma.outboxMessage.count({ where: { kind: "notification.visit.invitation-answered", createdAt: { gte: T0 } } })).toBe(2);

    // Dates are then agreed as for a request.
    const scheduled = await L.scheduleAgreedVisit({
      actor: holder,
      input: { visitRequestId: id, start: new Date("2026-09-01T00:00:00Z"), end: new Date("2026-09-10T00:00:00Z") },
    });
    expect(scheduled.status).toBe("SCHEDULED");

    // The public record: that the State invited and the kinds of answers; nothing of the message, the
    // periods, the notes or the note verbale.
    const at = new Date(T0.getTime() + 11 * DAY);
    const pub = await L.getPublicVisit({ visitRequestId: id, now: at });
    expect(pub.initiator).toBe("STATE");
    expect(pub.events.map((e) => e.kind)).toEqual(["INVITATION", "INVITATION_DEFERRED", "INVITATION_ACCEPTED", "SCHEDULED"]);
    expect(pub.events.filter((e) => e.kind.startsWith("INVITATION")).every((e) => e.note === null && e.attachments.length === 0)).toBe(
      true,
    );
    const json = JSON.stringify(pub) + JSON.stringify(await L.findPublicVisits({ filters: { state: "BRA" } }));
    for (const secret of ["SECRET-INVITATION", "SECRET-PERIODS", "PRIVATE-NOTE", "invitation-note-verbale"])
      expect(json).not.toContain(secret);
    const listed = (await L.findPublicVisits({ filters: { state: "BRA", status: "SCHEDULED" } })).rows.find((r) => r.id === id);
    expect(listed?.initiator).toBe("STATE");

    // R20: one more invitation, answered after 5 days, accepted, taken up — for Brazil and the mandate.
    const after = await L.getSpSide({ stateId: braId, now: at });
    expect(after.invitations - before.invitations).toBe(1);
    expect(after.invitationsAnswered - before.invitationsAnswered).toBe(1);
    expect(after.invitationsAccepted - before.invitationsAccepted).toBe(1);
    expect(after.invitationsNotTakenUp).toBe(before.invitationsNotTakenUp);
    const mandateSide = await L.getSpSide({ mandateId, now: at });
    expect(mandateSide.invitations).toBeGreaterThanOrEqual(1);
    // Invitations are not requests: the R9 annual report does not count them.
    const report = await L.getAnnualVisitReport({ year: 2026 });
    expect(report.requests.some((r) => r.id === id)).toBe(false);
  });

  it("a declined invitation, and one left unanswered past 60 days, are not taken up", async () => {
    const L = await lib();
    await setNow(T0);
    const brazil = actors.brazil!;
    const holder = actors.holder!;
    const mandateId = holder.mandateIds[0]!;
    await freshState("BRA");
    const stateId = brazil.stateId!;
    const later = new Date(T0.getTime() + 61 * DAY);
    const baseLater = await L.getSpSide({ stateId, mandateId, now: later });
    const { id } = await L.inviteVisit({
      actor: brazil,
      input: { mandateId, purpose: "An invitation the mandate will decline, for R20.", proposedPeriods: null },
      files: [],
    });
    const before = await L.getSpSide({ stateId, mandateId, now: new Date(T0.getTime() + 3_600_000) });
    expect(before.invitationsAwaitingAnswer).toBe(1);
    // 61 days later, unanswered: not taken up.
    expect(await L.getSpSide({ stateId, mandateId, now: later })).toMatchObject({
      invitationsAwaitingAnswer: 0,
      invitationsNotTakenUp: baseLater.invitationsNotTakenUp + 1,
    });
    await setNow(new Date(T0.getTime() + 3 * DAY));
    await L.answerInvitation({
      actor: actors.secretariat!,
      input: { visitRequestId: id, answer: "decline", reason: "SECRET-REASON programme full", note: null },
    });
    const row = await prisma.visitRequest.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "DECLINED", declineReason: "SECRET-REASON programme full" });
    const f = await L.getSpSide({ stateId, mandateId, now: new Date(T0.getTime() + 4 * DAY) });
    expect(f.invitationsNotTakenUp).toBe(before.invitationsNotTakenUp + 1);
    expect(f.invitationsAnswered).toBe(before.invitationsAnswered + 1);
    expect(JSON.stringify(await L.getPublicVisit({ visitRequestId: id, now: T0 }))).not.toContain("SECRET-REASON");
    // The reason is not in the audit log either.
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: id, action: "visit-request.declineInvitation" } });
    expect(JSON.stringify(audit.after)).not.toContain("SECRET-REASON");
  });
});
