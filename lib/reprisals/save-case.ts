import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan, can } from "../auth/policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { resolveCommunications } from "./link-communications";
import type { ReprisalCaseInput } from "./schemas";
import { findPersonNames } from "./person-names";

const CONFIDENTIAL_FIELDS = ["personsConcerned", "cooperationContext", "actsAlleged", "actsDate", "actionsTaken"] as const;

/**
 * Records a case (the secretariat, or a mandate holder for letters of its mandates) or updates one
 * (the secretariat only). The audit entry names the fields that changed but never their content:
 * the audit log is read by administrators, who may not see who is at risk (R8).
 */
export async function saveReprisalCase({ actor, input }: { actor: Actor; input: ReprisalCaseInput }): Promise<{ id: string }> {
  const manages = can(actor, "reprisal:manage");
  if (!manages) assertCan(actor, "reprisal:submit");
  if (input.caseId && !manages) throw new AppError("FORBIDDEN", "Only the secretariat edits a case");
  const at = clockNow();
  return prisma.$transaction(async (tx) => {
    const state = await tx.state.findUnique({ where: { id: input.stateId }, select: { id: true } });
    if (!state) throw new AppError("INVALID_INPUT", "Unknown State", { stateId: ["reprisals.stateRequired"] });
    const communicationIds = await resolveCommunications(tx, actor, input.communicationReferences);
    const data = {
      stateId: input.stateId,
      personsConcerned: input.personsConcerned,
      cooperationContext: input.cooperationContext,
      actsAlleged: input.actsAlleged,
      actsDate: input.actsDate,
      actionsTaken: input.actionsTaken,
      // A mandate holder's record starts open and strictly confidential; the secretariat decides the rest.
      status: manages ? input.status : ("OPEN" as const),
      sgReportYear: manages ? input.sgReportYear : null,
    };
    if (!input.caseId) {
      const created = await tx.reprisalCase.create({
        data: {
          ...data,
          confidentiality: manages ? input.confidentiality : "STRICTLY_CONFIDENTIAL",
          createdById: actor.userId,
          createdAt: at,
          communications: { create: communicationIds.map((communicationId) => ({ communicationId })) },
        },
        select: { id: true },
      });
      await writeAudit(tx, {
        actor,
        action: "reprisal.create",
        entityType: "ReprisalCase",
        entityId: created.id,
        after: {
          stateId: data.stateId,
          status: data.status,
          communicationIds,
          fields: CONFIDENTIAL_FIELDS.filter((f) => data[f] !== null),
        },
      });
      return created;
    }
    const existing = await tx.reprisalCase.findUnique({
      where: { id: input.caseId },
      select: {
        id: true,
        stateId: true,
        status: true,
        confidentiality: true,
        sgReportYear: true,
        personsConcerned: true,
        cooperationContext: true,
        actsAlleged: true,
        actsDate: true,
        actionsTaken: true,
        publicSummary: true,
        communications: { select: { communicationId: true } },
      },
    });
    if (!existing) throw new AppError("NOT_FOUND", "No such case");
    // Clearing is a separate step (R8): editing the case keeps a cleared summary cleared, but the
    // secretariat may only choose between the two confidential levels here.
    // …unless "People affected" now names someone the cleared summary mentions: the clearance is
    // withdrawn and the case is strictly confidential again (a name is never published).
    const namedInSummary = existing.publicSummary !== null && findPersonNames(existing.publicSummary, data.personsConcerned).length > 0;
    const keepsClearance = existing.confidentiality === "PUBLIC_SUMMARY_CLEARED" && !namedInSummary;
    const confidentiality = keepsClearance
      ? existing.confidentiality
      : existing.confidentiality === "PUBLIC_SUMMARY_CLEARED"
        ? "STRICTLY_CONFIDENTIAL"
        : input.confidentiality;
    await tx.reprisalCase.update({
      where: { id: existing.id },
      data: {
        ...data,
        confidentiality,
        ...(confidentiality !== existing.confidentiality && existing.confidentiality === "PUBLIC_SUMMARY_CLEARED"
          ? { publicSummaryClearedAt: null, publicSummaryClearedById: null }
          : {}),
      },
    });
    const before = new Set(existing.communications.map((c) => c.communicationId));
    const after = new Set(communicationIds);
    const removed = [...before].filter((id) => !after.has(id));
    const added = [...after].filter((id) => !before.has(id));
    if (removed.length)
      await tx.reprisalCaseCommunication.deleteMany({ where: { reprisalCaseId: existing.id, communicationId: { in: removed } } });
    if (added.length)
      await tx.reprisalCaseCommunication.createMany({
        data: added.map((communicationId) => ({ reprisalCaseId: existing.id, communicationId })),
      });
    const changed = CONFIDENTIAL_FIELDS.filter((f) => String(existing[f] ?? "") !== String(data[f] ?? ""));
    await writeAudit(tx, {
      actor,
      action: "reprisal.update",
      entityType: "ReprisalCase",
      entityId: existing.id,
      before: {
        stateId: existing.stateId,
        status: existing.status,
        confidentiality: existing.confidentiality,
        sgReportYear: existing.sgReportYear,
        communicationIds: [...before],
      },
      after: {
        stateId: data.stateId,
        status: data.status,
        confidentiality,
        sgReportYear: data.sgReportYear,
        communicationIds,
        changedFields: changed,
      },
    });
    return { id: existing.id };
  });
}
