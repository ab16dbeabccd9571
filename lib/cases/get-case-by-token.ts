import "server-only";
import { prisma } from "../db/client";
import { now as clockNow } from "../core/clock";
import { hashStatusToken } from "../stories/token";
import { dispatchedWhere } from "./scope";
import { effectiveStatus, submitterStatus, type SubmitterStatus } from "./rules";

export type CaseDraft = Awaited<ReturnType<typeof loadDraft>>;

function loadDraft(tokenHash: string) {
  return prisma.caseSubmission.findFirst({
    where: { tokenHash, status: "DRAFT" },
    select: {
      id: true,
      title: true,
      affected: true,
      affectedCount: true,
      victims: true,
      consentToName: true,
      responsible: true,
      stateId: true,
      otherActorName: true,
      whatHappened: true,
      location: true,
      occurredOn: true,
      ongoing: true,
      domesticRemedies: true,
      topics: true,
      confidentialParts: true,
      urgent: true,
      sourceName: true,
      sourceOrganisation: true,
      sourceEmail: true,
      sourcePhone: true,
      sourceRelation: true,
      updatedAt: true,
      attachments: { orderBy: { createdAt: "asc" }, select: { id: true, fileName: true } },
    },
  });
}

export type CaseStatusView = {
  receiptNumber: string;
  status: Exclude<SubmitterStatus, "draft">;
  submittedAt: Date;
  declined: boolean;
  merged: boolean;
  closureNote: string | null;
  /** The secretariat's questions (their text is for the source), newest last. */
  questions: { id: string; question: string; askedAt: Date; answeredAt: Date | null }[];
  /** When the source added something, and how many documents: not what (the link may leak). */
  updates: { createdAt: Date; documents: number }[];
};

/**
 * What the holder of a private link sees (issue 17). A draft: its own content, to go on writing it.
 * A sent submission: its receipt number and one of four statuses — received, under consideration,
 * acted upon, closed — with the secretariat's questions and a closing note meant for it; never the
 * triage (mandates, notes), never a letter, and not even what it sent, so a leaked link reveals
 * little. An unknown token finds nothing.
 */
export async function getCaseByToken({
  token,
}: {
  token: string;
}): Promise<{ kind: "draft"; draft: NonNullable<CaseDraft> } | { kind: "sent"; view: CaseStatusView } | null> {
  if (!token || token.length < 10 || token.length > 200) return null;
  const tokenHash = hashStatusToken(token);
  const draft = await loadDraft(tokenHash);
  if (draft) return { kind: "draft", draft };
  const now = clockNow();
  const c = await prisma.caseSubmission.findFirst({
    where: { tokenHash, status: { not: "DRAFT" } },
    select: {
      id: true,
      receiptNumber: true,
      status: true,
      closure: true,
      closureNote: true,
      submittedAt: true,
      questions: { orderBy: { askedAt: "asc" }, select: { id: true, question: true, askedAt: true, answeredAt: true } },
      updates: { orderBy: { createdAt: "asc" }, select: { createdAt: true, _count: { select: { attachments: true } } } },
    },
  });
  if (!c || !c.receiptNumber || !c.submittedAt) return null;
  const dispatched = (await prisma.caseSubmission.count({ where: { id: c.id, ...dispatchedWhere(now) } })) > 0;
  const status = submitterStatus(effectiveStatus(c.status, dispatched)) as CaseStatusView["status"];
  return {
    kind: "sent",
    view: {
      receiptNumber: c.receiptNumber,
      status,
      submittedAt: c.submittedAt,
      declined: c.closure === "DECLINED",
      merged: c.closure === "MERGED",
      closureNote: c.closure === "MERGED" ? null : c.closureNote,
      questions: c.questions,
      updates: c.updates.map((u) => ({ createdAt: u.createdAt, documents: u._count.attachments })),
    },
  };
}
