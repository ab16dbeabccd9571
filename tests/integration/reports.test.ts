import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import type { ReportInput } from "@/lib/reports/schemas";
import { seedDatabase } from "@/prisma/seed/index";
import { samplePdf } from "@/lib/files/sample-files.test-support";
import { closeIntegrationDatabase, demoActors, setNow } from "../support/integration";

// R19 against a real, seeded PostgreSQL: who keeps a report, the late flag, the summary's publication,
// documents, and theme pages. The portal clock is set to a known Geneva instant for every test.
let db: TestDatabase;
let prisma: PrismaClient;
let actors: Awaited<ReturnType<typeof demoActors>>;
// Wednesday 10 June 2026, 10:00 in Geneva (CEST).
const NOW = new Date("2026-06-10T08:00:00Z");
// What the public reads a little later (the clock runs on from NOW while a test writes).
const LATER = new Date(NOW.getTime() + 3_600_000);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
let symbolNo = 0;
const symbol = () => `A/HRC/199/${9000 + (symbolNo += 1)}`;

const lib = async () => ({
  ...(await import("@/lib/reports/save-report")),
  ...(await import("@/lib/reports/schedule-report")),
  ...(await import("@/lib/reports/save-summary")),
  ...(await import("@/lib/reports/add-document")),
  ...(await import("@/lib/reports/get-report")),
  ...(await import("@/lib/reports/find-reports")),
  ...(await import("@/lib/reports/get-public-report")),
  ...(await import("@/lib/reports/get-report-document")),
});

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_reports" });
  Object.assign(process.env, { DATABASE_URL: db.connectionString, SP_TEST_CLOCK: "1" });
  prisma = createPrismaClient(db.connectionString, 4);
  await seedDatabase(prisma, { communications: 10, now: NOW });
  actors = await demoActors(prisma);
});
beforeEach(() => setNow(NOW));
afterEach(async () => {
  const { setClockOffset } = await import("@/lib/core/clock");
  setClockOffset(0);
});
afterAll(() => closeIntegrationDatabase({ db, prisma }));

const details = (over: Partial<ReportInput> = {}): ReportInput => ({
  symbol: symbol(),
  title: "Report on the protection of civic space",
  kind: "THEMATIC",
  themeIds: [],
  submittedAt: null,
  publishedAt: null,
  presentedAt: null,
  dueAt: null,
  ...over,
});

/** A report of the demo holder's mandate on session HRC 199, due `due`, made by the secretariat. */
async function scheduledReport(due: string, over: Partial<ReportInput> = {}) {
  const { saveReport } = await lib();
  return saveReport({
    actor: actors.secretariat,
    input: details({ mandateId: actors.holder.mandateIds[0]!, body: "HRC", councilSession: 199, dueAt: day(due), ...over }),
  });
}

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "OK";
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  }
}

describe("who keeps a report (R19)", () => {
  it("the secretariat schedules, the mandate's holder keeps it; others cannot", async () => {
    const { saveReport, scheduleReport, saveSummary, getReport, addReportDocument } = await lib();
    const { id } = await scheduledReport("2026-06-30");
    const holder = actors.holder;
    const input = { ...details(), reportId: id, symbol: (await prisma.report.findUniqueOrThrow({ where: { id } })).symbol };

    expect(await code(saveReport({ actor: holder, input: { ...input, submittedAt: day("2026-06-09") } }))).toBe("OK");
    expect(
      await code(saveSummary({ actor: holder, input: { reportId: id, summary: "Main issues and views welcome.", publish: false } })),
    ).toBe("OK");
    expect((await getReport({ actor: holder, reportId: id })).submittedAt).toEqual(day("2026-06-09"));
    // The holder does not set the session or the due date, on creation or after.
    const schedule = { reportId: id, body: "HRC" as const, councilSession: 198, dueAt: day("2026-07-01") };
    expect(await code(scheduleReport({ actor: holder, input: schedule }))).toBe("FORBIDDEN");
    expect(
      await code(
        saveReport({
          actor: holder,
          input: details({ mandateId: holder.mandateIds[0]!, body: "HRC", councilSession: 199, dueAt: day("2026-07-01") }),
        }),
      ),
    ).toBe("FORBIDDEN");

    // Another mandate's holder: not found, whatever it tries; a new report of a mandate not its own is refused.
    const other: Actor = actors.cosigner;
    expect(await code(getReport({ actor: other, reportId: id }))).toBe("NOT_FOUND");
    expect(await code(saveReport({ actor: other, input }))).toBe("NOT_FOUND");
    expect(await code(saveSummary({ actor: other, input: { reportId: id, summary: "Not my report at all.", publish: true } }))).toBe(
      "NOT_FOUND",
    );
    expect(
      await code(
        addReportDocument({ actor: other, input: { reportId: id, language: "en" }, files: [{ fileName: "r.pdf", bytes: samplePdf() }] }),
      ),
    ).toBe("NOT_FOUND");
    expect(await code(saveReport({ actor: other, input: details({ mandateId: holder.mandateIds[0]! }) }))).toBe("INVALID_INPUT");
    // A State, civil society and the admin hold no permission on reports.
    for (const who of [actors.norway, actors.civil, actors.admin]) {
      expect(await code(getReport({ actor: who, reportId: id }))).toBe("FORBIDDEN");
      expect(await code(saveReport({ actor: who, input }))).toBe("FORBIDDEN");
      expect(await code(scheduleReport({ actor: who, input: schedule }))).toBe("FORBIDDEN");
    }
    const { findReports } = await lib();
    expect((await findReports({ actor: other, page: 1, session: { body: "HRC", number: 199 } })).rows.map((r) => r.id)).not.toContain(id);
    expect((await findReports({ actor: holder, page: 1, session: { body: "HRC", number: 199 } })).rows.map((r) => r.id)).toContain(id);
  });

  it("records what happened, never a day after today, nor a presentation before the submission", async () => {
    const { saveReport } = await lib();
    const { id } = await scheduledReport("2026-06-30");
    const s = (await prisma.report.findUniqueOrThrow({ where: { id } })).symbol;
    const base = { ...details(), reportId: id, symbol: s };
    await expect(saveReport({ actor: actors.holder, input: { ...base, submittedAt: day("2026-06-11") } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { submittedAt: ["reports.errors.dateInFuture"] },
    });
    await expect(
      saveReport({ actor: actors.holder, input: { ...base, submittedAt: day("2026-06-09"), presentedAt: day("2026-06-01") } }),
    ).rejects.toMatchObject({ fieldErrors: { presentedAt: ["reports.errors.presentedBeforeSubmitted"] } });
    const taken = (await prisma.report.findFirstOrThrow({ where: { id: { not: id } }, select: { symbol: true } })).symbol;
    await expect(saveReport({ actor: actors.holder, input: { ...base, symbol: taken } })).rejects.toMatchObject({
      fieldErrors: { symbol: ["reports.errors.symbolTaken"] },
    });
  });
});

describe("the late flag (R19)", () => {
  it("flags a report not submitted after its due day, and one submitted after it; not one on time", async () => {
    const { saveReport, findReports, getPublicReport } = await lib();
    const overdue = await scheduledReport("2026-06-05");
    const onTime = await scheduledReport("2026-06-20", { submittedAt: day("2026-06-10") });
    const dueSoon = await scheduledReport("2026-06-15");
    const late = (await findReports({ actor: actors.secretariat, page: 1, lateOnly: true, session: { body: "HRC", number: 199 } })).rows;
    expect(late.map((r) => r.id)).toContain(overdue.id);
    expect(late.map((r) => r.id)).not.toContain(onTime.id);
    expect(late.map((r) => r.id)).not.toContain(dueSoon.id);
    expect(late.find((r) => r.id === overdue.id)?.dueStatus).toBe("OVERDUE");

    // Submitted four days after its due day: still late, now "submitted late", and the public sees it.
    const s = (await prisma.report.findUniqueOrThrow({ where: { id: overdue.id } })).symbol;
    await saveReport({ actor: actors.holder, input: { ...details(), reportId: overdue.id, symbol: s, submittedAt: day("2026-06-09") } });
    const again = (await findReports({ actor: actors.holder, page: 1, lateOnly: true, session: { body: "HRC", number: 199 } })).rows;
    expect(again.find((r) => r.id === overdue.id)?.dueStatus).toBe("SUBMITTED_LATE");
    expect((await getPublicReport({ reportId: overdue.id, now: NOW }))?.dueStatus).toBe("SUBMITTED_LATE");
    expect((await getPublicReport({ reportId: onTime.id, now: NOW }))?.dueStatus).toBe("SUBMITTED_ON_TIME");
    expect((await getPublicReport({ reportId: dueSoon.id, now: NOW }))?.dueStatus).toBe("DUE_SOON");
  });
});

describe("the one-page summary and the documents (R19)", () => {
  it("a summary is public only once made public; documents only once the report is published", async () => {
    const { saveReport, saveSummary, addReportDocument, getSessionReports, getPublicReport, getReportDocument } = await lib();
    const marker = `Draft summary marker ${Date.now()}: main issues the holder has not released.`;
    const { id } = await scheduledReport("2026-06-30");
    await saveSummary({ actor: actors.holder, input: { reportId: id, summary: marker, publish: false } });
    const doc = await addReportDocument({
      actor: actors.holder,
      input: { reportId: id, language: "fr" },
      files: [{ fileName: "rapport.pdf", bytes: samplePdf() }],
    });

    // Listed on its session's page (the programme is public), without the draft summary or the document.
    const before = await getSessionReports({ body: "HRC", session: 199, now: NOW });
    const listed = before.find((r) => r.id === id)!;
    expect(listed.summary).toBeNull();
    expect(listed.documents).toEqual([]);
    expect(JSON.stringify(before)).not.toContain(marker);
    expect(JSON.stringify(await getPublicReport({ reportId: id, now: NOW }))).not.toContain(marker);
    await expect(getReportDocument({ actor: null, documentId: doc.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getReportDocument({ actor: actors.cosigner, documentId: doc.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getReportDocument({ actor: actors.holder, documentId: doc.id })).bytes.length).toBe(samplePdf().length);
    // The audit log keeps that the summary changed, never its text.
    const entries = await prisma.auditEntry.findMany({
      where: { entityType: "Report", entityId: id },
      select: { before: true, after: true, changedFields: true },
    });
    expect(JSON.stringify(entries)).not.toContain(marker);
    expect(entries.some((e) => e.changedFields.includes("summary"))).toBe(true);

    // Made public: on the session page before the session, though the report is not published yet.
    await saveSummary({ actor: actors.holder, input: { reportId: id, summary: marker, publish: true } });
    const after = (await getSessionReports({ body: "HRC", session: 199, now: LATER })).find((r) => r.id === id)!;
    expect(after.summary).toBe(marker);
    expect(after.presentedAt).toBeNull();
    expect(after.documents).toEqual([]);

    // Published today: the French document is public.
    const s = (await prisma.report.findUniqueOrThrow({ where: { id } })).symbol;
    await saveReport({
      actor: actors.holder,
      input: { ...details(), reportId: id, symbol: s, submittedAt: day("2026-06-08"), publishedAt: day("2026-06-10") },
    });
    const published = await getPublicReport({ reportId: id, now: LATER });
    expect(published?.documents).toEqual([expect.objectContaining({ id: doc.id, language: "fr" })]);
    expect((await getReportDocument({ actor: null, documentId: doc.id })).published).toBe(true);

    // A new French document replaces the first.
    const second = await addReportDocument({
      actor: actors.secretariat,
      input: { reportId: id, language: "fr" },
      files: [{ fileName: "rapport-corrige.pdf", bytes: samplePdf() }],
    });
    expect((await getPublicReport({ reportId: id, now: LATER }))?.documents.map((d) => d.id)).toEqual([second.id]);
  });

  it("a report neither scheduled nor published is not public", async () => {
    const { saveReport, getPublicReport } = await lib();
    const { id } = await saveReport({ actor: actors.holder, input: details({ mandateId: actors.holder.mandateIds[0]! }) });
    expect(await getPublicReport({ reportId: id, now: NOW })).toBeNull();
  });

  it("an unpublished visit report with a session but no due day stays private, on its page and its session's", async () => {
    const { getPublicReport, getSessionReports, findPublicSessions } = await lib();
    const r = await prisma.report.create({
      data: {
        symbol: symbol(),
        title: "PRIVATE-VISIT-REPORT not yet published",
        kind: "COUNTRY_VISIT",
        mandateId: actors.holder.mandateIds[0]!,
        body: "HRC",
        councilSession: 198,
        createdAt: NOW,
      },
      select: { id: true },
    });
    expect(await getPublicReport({ reportId: r.id, now: LATER })).toBeNull();
    expect(JSON.stringify(await getSessionReports({ body: "HRC", session: 198, now: LATER }))).not.toContain("PRIVATE-VISIT-REPORT");
    expect((await findPublicSessions({ now: LATER })).some((s) => s.number === 198)).toBe(false);
  });
});

describe("a visit report links its visit only where the request is public (R9's scope)", () => {
  it("links a sent request's visit, not one of a request never sent", async () => {
    const { getPublicReport, getSessionReports } = await lib();
    const mandateId = actors.holder.mandateIds[0]!;
    const stateId = (await prisma.state.findFirstOrThrow({ where: { status: "MEMBER" }, select: { id: true } })).id;
    const reportOn = async (o: { status: "COMPLETED" | "SCHEDULED"; requestedAt: Date | null }) => {
      const request = await prisma.visitRequest.create({
        data: { mandateId, stateId, status: o.status, purpose: "Visit", requestedAt: o.requestedAt },
      });
      const visit = await prisma.visit.create({
        data: { visitRequestId: request.id, startDate: day("2026-01-10"), endDate: day("2026-01-20") },
      });
      const report = await prisma.report.create({
        data: {
          symbol: symbol(),
          title: "Visit report",
          kind: "COUNTRY_VISIT",
          mandateId,
          visitId: visit.id,
          body: "HRC",
          councilSession: 197,
          submittedAt: day("2026-05-01"),
          publishedAt: day("2026-05-05"),
        },
        select: { id: true },
      });
      return { requestId: request.id, reportId: report.id };
    };
    const sent = await reportOn({ status: "COMPLETED", requestedAt: new Date("2025-10-01T10:00:00Z") });
    // Not a draft, yet never sent: no request date, so not on the public record.
    const unsent = await reportOn({ status: "SCHEDULED", requestedAt: null });
    expect((await getPublicReport({ reportId: sent.reportId, now: NOW }))?.visit?.visitRequestId).toBe(sent.requestId);
    expect((await getPublicReport({ reportId: unsent.reportId, now: NOW }))?.visit).toBeNull();
    const session = await getSessionReports({ body: "HRC", session: 197, now: NOW });
    expect(session.map((r) => [r.id, r.visit?.visitRequestId ?? null])).toEqual(
      expect.arrayContaining([
        [sent.reportId, sent.requestId],
        [unsent.reportId, null],
      ]),
    );
  });
});

describe("theme and SDG pages list the reports tagged with them (R14, R19)", () => {
  it("counts a published report tagged with an SDG, not an unpublished one", async () => {
    const { saveReport } = await lib();
    const { getThemePage } = await import("@/lib/themes/get-theme-page");
    const sdg = await prisma.theme.findFirstOrThrow({ where: { kind: "SDG", sdgNumber: 5 }, select: { id: true, slug: true } });
    const before = (await getThemePage({ slug: sdg.slug }))!.reports.total;
    const mandateId = actors.holder.mandateIds[0]!;
    const published = await saveReport({
      actor: actors.holder,
      input: details({ mandateId, themeIds: [sdg.id], submittedAt: day("2026-06-01"), publishedAt: day("2026-06-03") }),
    });
    await saveReport({ actor: actors.holder, input: details({ mandateId, themeIds: [sdg.id] }) });
    const page = (await getThemePage({ slug: sdg.slug }))!;
    expect(page.reports.total).toBe(before + 1);
    expect(page.reports.rows.map((r) => r.id)).toContain(published.id);
  });
});
