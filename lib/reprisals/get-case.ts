import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { mayReadInternalNotes, mayReadPersonsConcerned, reprisalAccess } from "../auth/reprisals-policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";
import { communicationScopeFor } from "../communications/scope";
import { now as clockNow } from "../core/clock";
import { reprisalScopeFor, SIGNATORY } from "./scope";
import { maskPersonNames } from "./person-names";
import { NAME_FIELDS } from "../i18n/localized";

const names = { ...NAME_FIELDS } as const;

/**
 * One case as the actor may see it: outside its scope it is not found. Opening a case is recorded in
 * the audit log (who viewed it, R8), in the same transaction as the read. Fields the policy keeps
 * from this actor are not read into the result at all (null), not merely hidden by the page.
 */
export async function getReprisalCase({ actor, caseId }: { actor: Actor; caseId: string }) {
  if (!z.uuid().safeParse(caseId).success) throw new AppError("NOT_FOUND", "No such case");
  const now = clockNow();
  return prisma.$transaction(async (tx) => {
    const c = await tx.reprisalCase.findFirst({
      where: { AND: [{ id: caseId }, reprisalScopeFor(actor)] },
      select: {
        id: true,
        personsConcerned: true,
        cooperationContext: true,
        actsAlleged: true,
        actsDate: true,
        actionsTaken: true,
        status: true,
        confidentiality: true,
        publicSummary: true,
        publicSummaryClearedAt: true,
        sgReportYear: true,
        createdById: true,
        createdAt: true,
        updatedAt: true,
        stateId: true,
        state: { select: { iso3: true, ...names } },
        referrals: { orderBy: { referredAt: "asc" }, select: { id: true, body: true, referredAt: true, note: true } },
        communications: {
          select: {
            communication: {
              select: {
                id: true,
                reference: true,
                subject: true,
                sentAt: true,
                mandates: { where: SIGNATORY, select: { mandateId: true } },
              },
            },
          },
        },
      },
    });
    if (!c) throw new AppError("NOT_FOUND", "No such case");
    const signatoryMandateIds = [...new Set(c.communications.flatMap((l) => l.communication.mandates.map((m) => m.mandateId)))];
    const access = reprisalAccess(actor, { createdById: c.createdById, signatoryMandateIds, confidentiality: c.confidentiality });
    if (access === "none") throw new AppError("NOT_FOUND", "No such case");
    const [clearedBy, createdBy, visibleCommunicationIds] = await Promise.all([
      access === "full"
        ? tx.reprisalCase.findUnique({ where: { id: c.id }, select: { publicSummaryClearedById: true, publicSummaryWrittenById: true } })
        : null,
      access === "full" && c.createdById ? tx.user.findUnique({ where: { id: c.createdById }, select: { name: true } }) : null,
      tx.communication.findMany({
        where: { AND: [{ id: { in: c.communications.map((l) => l.communication.id) } }, communicationScopeFor(actor, now)] },
        select: { id: true },
      }),
    ]);
    const [clearer, writer] = await Promise.all([
      clearedBy?.publicSummaryClearedById
        ? tx.user.findUnique({ where: { id: clearedBy.publicSummaryClearedById }, select: { name: true } })
        : null,
      clearedBy?.publicSummaryWrittenById
        ? tx.user.findUnique({ where: { id: clearedBy.publicSummaryWrittenById }, select: { id: true, name: true } })
        : null,
    ]);
    await writeAudit(tx, { actor, action: "reprisal.view", entityType: "ReprisalCase", entityId: c.id, after: { access } });
    const visible = new Set(visibleCommunicationIds.map((v) => v.id));
    const internal = mayReadInternalNotes(access);
    const readsNames = mayReadPersonsConcerned(access, c);
    // Who may not read the names does not read them anywhere else either ("Acts alleged" often names
    // the person): every free text it sees has them masked (lib/reprisals/person-names.ts).
    const shown = <T extends string | null>(text: T): T =>
      (readsNames || text === null ? text : maskPersonNames(text, c.personsConcerned)) as T;
    return {
      id: c.id,
      access,
      state: c.state,
      stateId: c.stateId,
      personsConcerned: readsNames ? c.personsConcerned : null,
      cooperationContext: shown(c.cooperationContext),
      actsAlleged: shown(c.actsAlleged),
      actsDate: c.actsDate,
      actionsTaken: shown(c.actionsTaken),
      status: c.status,
      confidentiality: c.confidentiality,
      publicSummary: shown(c.publicSummary),
      publicSummaryClearedAt: c.publicSummaryClearedAt,
      clearedByName: internal ? (clearer?.name ?? null) : null,
      /** Who last wrote the summary (four eyes: someone else clears it); the secretariat only. */
      summaryWrittenBy: internal && writer ? writer : null,
      createdByName: internal ? (createdBy?.name ?? null) : null,
      sgReportYear: c.sgReportYear,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
      referrals: c.referrals.map((r) => ({ ...r, note: internal ? shown(r.note) : null })),
      // A linked letter is named to the actor only when it may open that letter itself.
      communications: c.communications
        .map((l) => l.communication)
        .filter((x) => visible.has(x.id))
        .map(({ id, reference, subject, sentAt }) => ({ id, reference, subject, sentAt })),
      hiddenCommunications: c.communications.filter((l) => !visible.has(l.communication.id)).length,
    };
  });
}
export type ReprisalCaseDetail = Awaited<ReturnType<typeof getReprisalCase>>;
