import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { findPersonNames } from "./person-names";
import { mayClearPublicSummary } from "../auth/reprisals-policy";

// R8: the public summary is written, then cleared in a separate, recorded step. Only a cleared summary
// reaches the public register, the API and the exports. Changing a cleared summary withdraws the
// clearance: what the public sees is always exactly what someone cleared. A case leaving the cleared
// state goes back to strictly confidential — the safest level; the secretariat may relax it again.
//
// A person at risk is never published by one careless click: a summary that names a person concerned
// (lib/reprisals/person-names.ts: any case, accents, order, initials) is refused when saved and cannot
// be cleared, and clearing is done by another secretariat member than the one who last wrote the
// summary (four eyes). Refused clearings are audited.

async function loadCase(tx: Parameters<Parameters<typeof prisma.$transaction>[0]>[0], caseId: string) {
  const c = await tx.reprisalCase.findUnique({
    where: { id: caseId },
    select: {
      id: true,
      personsConcerned: true,
      publicSummary: true,
      publicSummaryWrittenById: true,
      confidentiality: true,
      publicSummaryClearedAt: true,
    },
  });
  if (!c) throw new AppError("NOT_FOUND", "No such case");
  return c;
}

export async function savePublicSummary({ actor, input }: { actor: Actor; input: { caseId: string; publicSummary: string } }) {
  assertCan(actor, "reprisal:manage");
  return prisma.$transaction(async (tx) => {
    const c = await loadCase(tx, input.caseId);
    if (findPersonNames(input.publicSummary, c.personsConcerned).length > 0)
      throw new AppError("INVALID_INPUT", "Summary names a person concerned", { publicSummary: ["reprisals.summaryNamesPerson"] });
    if (c.publicSummary === input.publicSummary) return { id: c.id, withdrawn: false };
    const wasCleared = c.confidentiality === "PUBLIC_SUMMARY_CLEARED";
    await tx.reprisalCase.update({
      where: { id: c.id },
      data: {
        publicSummary: input.publicSummary,
        publicSummaryWrittenById: actor.userId,
        ...(wasCleared ? { confidentiality: "STRICTLY_CONFIDENTIAL", publicSummaryClearedAt: null, publicSummaryClearedById: null } : {}),
      },
    });
    // The summary is written to be public, but until it is cleared it is not: the audit records the change only.
    await writeAudit(tx, {
      actor,
      action: "reprisal.summary.write",
      entityType: "ReprisalCase",
      entityId: c.id,
      before: { confidentiality: c.confidentiality },
      after: { confidentiality: wasCleared ? "STRICTLY_CONFIDENTIAL" : c.confidentiality, clearanceWithdrawn: wasCleared },
    });
    return { id: c.id, withdrawn: wasCleared };
  });
}

export async function clearPublicSummary({ actor, input }: { actor: Actor; input: { caseId: string } }) {
  assertCan(actor, "reprisal:manage");
  const at = clockNow();
  const outcome: { cleared: { id: string; clearedAt: Date } } | { refused: "same-author" | "names-person" } = await prisma.$transaction(
    async (tx) => {
      const c = await loadCase(tx, input.caseId);
      if (!c.publicSummary) throw new AppError("CONFLICT", "reprisals.noSummary");
      if (c.confidentiality === "PUBLIC_SUMMARY_CLEARED") throw new AppError("CONFLICT", "reprisals.alreadyCleared");
      // "People affected" may have changed since the summary was written: checked again here.
      if (findPersonNames(c.publicSummary, c.personsConcerned).length > 0) return { refused: "names-person" as const };
      if (!mayClearPublicSummary(actor, c)) return { refused: "same-author" as const };
      // Guarded on the summary read above: a concurrent edit cannot slip an uncleared text through.
      const updated = await tx.reprisalCase.updateMany({
        where: {
          id: c.id,
          publicSummary: c.publicSummary,
          publicSummaryWrittenById: c.publicSummaryWrittenById,
          personsConcerned: c.personsConcerned,
          confidentiality: c.confidentiality,
        },
        data: { confidentiality: "PUBLIC_SUMMARY_CLEARED", publicSummaryClearedAt: at, publicSummaryClearedById: actor.userId },
      });
      if (updated.count !== 1) throw new AppError("CONFLICT", "reprisals.changedMeanwhile");
      await writeAudit(tx, {
        actor,
        action: "reprisal.summary.clear",
        entityType: "ReprisalCase",
        entityId: c.id,
        before: { confidentiality: c.confidentiality },
        after: { confidentiality: "PUBLIC_SUMMARY_CLEARED", publicSummary: c.publicSummary, clearedAt: at },
      });
      return { cleared: { id: c.id, clearedAt: at } };
    },
  );
  if ("cleared" in outcome) return outcome.cleared;
  // The refusal is recorded in its own transaction (nothing else changed), then reported.
  await prisma.$transaction((tx) =>
    writeAudit(tx, {
      actor,
      action: "reprisal.summary.clear-refused",
      entityType: "ReprisalCase",
      entityId: input.caseId,
      after: { reason: outcome.refused },
    }),
  );
  throw new AppError("CONFLICT", outcome.refused === "same-author" ? "reprisals.clearerIsAuthor" : "reprisals.summaryNamesPerson");
}

export async function withdrawClearance({ actor, input }: { actor: Actor; input: { caseId: string } }) {
  assertCan(actor, "reprisal:manage");
  return prisma.$transaction(async (tx) => {
    const c = await loadCase(tx, input.caseId);
    if (c.confidentiality !== "PUBLIC_SUMMARY_CLEARED") throw new AppError("CONFLICT", "reprisals.notCleared");
    await tx.reprisalCase.update({
      where: { id: c.id },
      data: { confidentiality: "STRICTLY_CONFIDENTIAL", publicSummaryClearedAt: null, publicSummaryClearedById: null },
    });
    await writeAudit(tx, {
      actor,
      action: "reprisal.summary.withdraw",
      entityType: "ReprisalCase",
      entityId: c.id,
      before: { confidentiality: c.confidentiality, clearedAt: c.publicSummaryClearedAt },
      after: { confidentiality: "STRICTLY_CONFIDENTIAL" },
    });
    return { id: c.id };
  });
}
