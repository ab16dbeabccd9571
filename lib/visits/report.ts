import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { mayRecordReport, mayUpdateRecommendation } from "../auth/visits-policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { Prisma } from "../generated/prisma/client";
import type { ImplementationStatus } from "../generated/prisma/enums";
import { addEvent, loadRequestForUpdate } from "./request-record";
import type { ReportInput } from "./schemas";

/**
 * R11: the report on a visit — symbol, submitted date, Council session, date presented — recorded or
 * updated by the mandate's holder or the secretariat. Published when ready: the public sees it, and a
 * public "report" entry joins the timeline, from then on.
 */
export async function saveVisitReport({ actor, input }: { actor: Actor; input: ReportInput }) {
  const now = clockNow();
  return prisma.$transaction(async (tx) => {
    const r = await loadRequestForUpdate(tx, actor, input.visitRequestId);
    if (!mayRecordReport(actor, r)) throw new AppError("NOT_FOUND", "No such visit request");
    if (!r.visit || r.status !== "COMPLETED") throw new AppError("CONFLICT", "visits.reportNeedsCompletedVisit");
    if (input.presentedAt && input.submittedAt && input.presentedAt < input.submittedAt) {
      throw new AppError("INVALID_INPUT", "Presented before submitted", { presentedAt: ["visits.presentedBeforeSubmitted"] });
    }
    const existing = await tx.report.findFirst({ where: { visitId: r.visit.id }, select: { id: true, publishedAt: true, symbol: true } });
    const data = {
      symbol: input.symbol,
      title: input.title,
      submittedAt: input.submittedAt,
      councilSession: input.councilSession,
      presentedAt: input.presentedAt,
    };
    const publishNow = input.publish && !existing?.publishedAt;
    try {
      const report = existing
        ? await tx.report.update({
            where: { id: existing.id },
            data: { ...data, ...(publishNow ? { publishedAt: now } : {}) },
            select: { id: true },
          })
        : await tx.report.create({
            data: {
              ...data,
              kind: "COUNTRY_VISIT",
              mandateId: r.mandateId,
              visitId: r.visit.id,
              createdAt: now,
              publishedAt: publishNow ? now : null,
            },
            select: { id: true },
          });
      if (publishNow)
        await addEvent(tx, { visitRequestId: r.id, kind: "REPORT", at: now, note: `Report ${input.symbol} published.`, actor });
      await writeAudit(tx, {
        actor,
        action: existing ? "report.update" : "report.create",
        entityType: "Report",
        entityId: report.id,
        before: existing,
        after: { ...data, published: publishNow },
      });
      return { id: report.id };
    } catch (err) {
      if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
        throw new AppError("INVALID_INPUT", "Symbol taken", { symbol: ["visits.symbolTaken"] });
      }
      throw err;
    }
  });
}

/** R16, R14: a recommendation of the visit's report, tagged with themes and SDGs. */
export async function addRecommendation({
  actor,
  input,
}: {
  actor: Actor;
  input: { visitRequestId: string; text: string; themeIds: string[] };
}) {
  const now = clockNow();
  return prisma.$transaction(async (tx) => {
    const r = await loadRequestForUpdate(tx, actor, input.visitRequestId);
    if (!mayRecordReport(actor, r)) throw new AppError("NOT_FOUND", "No such visit request");
    const report = r.visit && (await tx.report.findFirst({ where: { visitId: r.visit.id }, select: { id: true } }));
    if (!report) throw new AppError("CONFLICT", "visits.recommendationNeedsReport");
    const themes = await tx.theme.count({ where: { id: { in: input.themeIds } } });
    if (themes !== new Set(input.themeIds).size)
      throw new AppError("INVALID_INPUT", "Unknown theme", { themeIds: ["visits.themeInvalid"] });
    const rec = await tx.recommendation.create({
      data: {
        text: input.text,
        reportId: report.id,
        createdAt: now,
        themes: { create: [...new Set(input.themeIds)].map((themeId) => ({ themeId })) },
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actor,
      action: "recommendation.create",
      entityType: "Recommendation",
      entityId: rec.id,
      after: { ...input, reportId: report.id },
    });
    return { id: rec.id };
  });
}

/**
 * R16: the follow-up of a recommendation — its implementation status, with the evidence. The
 * secretariat updates any; a State only those of reports on visits to itself (others are not found).
 */
export async function updateRecommendationStatus({
  actor,
  input,
}: {
  actor: Actor;
  input: { recommendationId: string; status: ImplementationStatus; evidence: string };
}) {
  assertCan(actor, "recommendation:update-status");
  const now = clockNow();
  return prisma.$transaction(async (tx) => {
    const rec = await tx.recommendation.findUnique({
      where: { id: input.recommendationId },
      select: {
        id: true,
        status: true,
        statusEvidence: true,
        report: { select: { visit: { select: { visitRequest: { select: { stateId: true } } } } } },
      },
    });
    const visitStateId = rec?.report?.visit?.visitRequest.stateId ?? null;
    if (!rec || !mayUpdateRecommendation(actor, { visitStateId })) throw new AppError("NOT_FOUND", "No such recommendation");
    await tx.recommendation.update({
      where: { id: rec.id },
      data: { status: input.status, statusEvidence: input.evidence, statusUpdatedAt: now, statusUpdatedById: actor.userId },
    });
    await writeAudit(tx, {
      actor,
      action: "recommendation.update-status",
      entityType: "Recommendation",
      entityId: rec.id,
      before: { status: rec.status, evidence: rec.statusEvidence },
      after: { status: input.status, evidence: input.evidence, at: now },
    });
    return { id: rec.id };
  });
}
