import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { mayManageReport, schedulesReports } from "../auth/reports-policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { genevaCalendarDate, genevaDate, genevaInstantOf } from "../core/geneva";
import { writeAudit } from "../platform/write-audit";
import { Prisma } from "../generated/prisma/client";
import { loadReportForUpdate } from "./load-report";
import type { ReportInput } from "./schemas";

type FieldErrors = Record<string, string[]>;

/** Dates that record what happened (R19): not after today in Geneva, presented not before submitted. */
function checkDates(input: ReportInput, now: Date): FieldErrors {
  const today = genevaCalendarDate(now).getTime();
  const errors: FieldErrors = {};
  for (const field of ["submittedAt", "publishedAt", "presentedAt"] as const) {
    const d = input[field];
    if (d && d.getTime() > today) errors[field] = ["reports.errors.dateInFuture"];
  }
  if (input.presentedAt && input.submittedAt && input.presentedAt < input.submittedAt && !errors.presentedAt)
    errors.presentedAt = ["reports.errors.presentedBeforeSubmitted"];
  return errors;
}

/**
 * R19: creates or updates a report — symbol, title, kind, themes and SDGs, the days it was submitted,
 * published and presented — for the holder of its mandate or the secretariat. On creation the
 * secretariat may also schedule it (body, session, due date); a holder may not. A published day keeps
 * the publication instant already recorded on that day, or is the start of that Geneva day.
 */
export async function saveReport({ actor, input }: { actor: Actor; input: ReportInput }): Promise<{ id: string }> {
  assertCan(actor, "report:manage");
  const now = clockNow();
  const errors = checkDates(input, now);
  const scheduling = input.body !== undefined || input.councilSession !== undefined || input.dueAt !== null;
  if (scheduling && input.reportId) throw new AppError("INVALID_INPUT", "Scheduled through its own form");
  if (scheduling && !schedulesReports(actor)) throw new AppError("FORBIDDEN", "Only the secretariat schedules reports");
  if (scheduling) {
    if (!input.body) errors.body = ["reports.errors.bodyRequired"];
    if (input.councilSession === undefined) errors.councilSession = ["reports.errors.sessionInvalid"];
    if (!input.dueAt) errors.dueAt = ["reports.errors.dateRequired"];
  }
  if (!input.reportId && !(input.mandateId && mayManageReport(actor, { mandateId: input.mandateId })))
    errors.mandateId = ["reports.errors.mandateRequired"];
  if (Object.keys(errors).length > 0) throw new AppError("INVALID_INPUT", "Invalid report", errors);

  return prisma.$transaction(async (tx) => {
    const themes = await tx.theme.count({ where: { id: { in: input.themeIds } } });
    if (themes !== input.themeIds.length)
      throw new AppError("INVALID_INPUT", "Unknown theme", { themeIds: ["reports.errors.themeInvalid"] });
    const existing = input.reportId ? await loadReportForUpdate(tx, actor, input.reportId) : null;
    const publishedAt = !input.publishedAt
      ? null
      : existing?.publishedAt && genevaDate(existing.publishedAt) === input.publishedAt.toISOString().slice(0, 10)
        ? existing.publishedAt
        : genevaInstantOf(input.publishedAt.toISOString().slice(0, 10));
    const data = {
      symbol: input.symbol,
      title: input.title,
      kind: input.kind,
      submittedAt: input.submittedAt,
      publishedAt,
      presentedAt: input.presentedAt,
    };
    const schedule = scheduling ? { body: input.body!, councilSession: input.councilSession!, dueAt: input.dueAt } : {};
    try {
      const id = existing
        ? (await tx.report.update({ where: { id: existing.id }, data, select: { id: true } })).id
        : (await tx.report.create({ data: { ...data, ...schedule, mandateId: input.mandateId!, createdAt: now }, select: { id: true } }))
            .id;
      await tx.reportTheme.deleteMany({ where: { reportId: id } });
      if (input.themeIds.length) await tx.reportTheme.createMany({ data: input.themeIds.map((themeId) => ({ reportId: id, themeId })) });
      await writeAudit(tx, {
        actor,
        action: existing ? "report.update" : "report.create",
        entityType: "Report",
        entityId: id,
        before: existing ? { ...existing, summary: undefined } : null,
        after: { ...data, ...schedule, themeIds: input.themeIds, ...(existing ? {} : { mandateId: input.mandateId }) },
      });
      return { id };
    } catch (err) {
      if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002")
        throw new AppError("INVALID_INPUT", "Symbol taken", { symbol: ["reports.errors.symbolTaken"] });
      throw err;
    }
  });
}
