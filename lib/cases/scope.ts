import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/actor";
import { caseReadingMandates, mayTriageCase } from "../auth/cases-policy";
import type { CaseStatusValue } from "./rules";
import { NAME_FIELDS, TITLE_FIELDS } from "../i18n/localized";

const NOTHING: Prisma.CaseSubmissionWhereInput = { id: { in: [] } };

/**
 * Which submissions an actor may read, as a Prisma filter (issue 17): the secretariat every sent one;
 * a holder those assigned to a mandate it serves now; everyone else none. A draft is its source's
 * alone (reached by its private link, never through this scope). Fail closed.
 */
export function caseScopeFor(actor: Actor | null): Prisma.CaseSubmissionWhereInput {
  if (!actor) return NOTHING;
  if (mayTriageCase(actor)) return { status: { not: "DRAFT" } };
  const mandateIds = caseReadingMandates(actor);
  if (mandateIds.length > 0) {
    return { status: { not: "DRAFT" }, mandates: { some: { mandateId: { in: [...mandateIds] }, assignedAt: { not: null } } } };
  }
  return NOTHING;
}

/** A submission with a communication opened from it that has been dispatched (sent, and its sending date passed). */
export function dispatchedWhere(now: Date): Prisma.CaseSubmissionWhereInput {
  return { communications: { some: { communication: { status: "SENT", sentAt: { lte: now } } } } };
}

/** Submissions whose effective status (rules.ts, effectiveStatus) is `status`, as SQL. */
export function effectiveStatusWhere(status: CaseStatusValue, now: Date): Prisma.CaseSubmissionWhereInput {
  const open = { status: { in: ["RECEIVED", "UNDER_CONSIDERATION"] as CaseStatusValue[] } };
  switch (status) {
    case "ACTED_UPON":
      return { OR: [{ status: "ACTED_UPON" }, { AND: [open, dispatchedWhere(now)] }] };
    case "RECEIVED":
    case "UNDER_CONSIDERATION":
      return { AND: [{ status }, { NOT: dispatchedWhere(now) }] };
    default:
      return { status };
  }
}

/** What the source's identity is made of: the secretariat alone selects it. */
export const CASE_SOURCE_SELECT = {
  sourceName: true,
  sourceOrganisation: true,
  sourceEmail: true,
  sourcePhone: true,
  sourceRelation: true,
  submittedBy: { select: { name: true, email: true, organisation: true } },
} as const satisfies Prisma.CaseSubmissionSelect;

/** The content of a submission, for the secretariat and the holders of its assigned mandates (no source). */
export const CASE_CONTENT_SELECT = {
  id: true,
  receiptNumber: true,
  status: true,
  closure: true,
  closureNote: true,
  urgent: true,
  language: true,
  title: true,
  affected: true,
  affectedCount: true,
  victims: true,
  consentToName: true,
  responsible: true,
  stateId: true,
  state: { select: { iso3: true, ...NAME_FIELDS } },
  otherActorName: true,
  whatHappened: true,
  location: true,
  occurredOn: true,
  ongoing: true,
  domesticRemedies: true,
  topics: true,
  confidentialParts: true,
  submittedAt: true,
  closedAt: true,
  sample: true,
  mergedInto: { select: { id: true, receiptNumber: true } },
  mandates: {
    orderBy: { mandate: { titleEn: "asc" } },
    select: {
      suggested: true,
      assignedAt: true,
      mandate: {
        select: { id: true, slug: true, ...TITLE_FIELDS },
      },
    },
  },
  questions: { orderBy: { askedAt: "asc" }, select: { id: true, question: true, askedAt: true, answeredAt: true } },
  updates: {
    orderBy: { createdAt: "asc" },
    select: { id: true, text: true, createdAt: true, questionId: true, attachments: { select: { id: true, fileName: true, size: true } } },
  },
  attachments: { where: { caseUpdateId: null }, orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, size: true } },
  notes: { orderBy: { createdAt: "asc" }, select: { id: true, text: true, createdAt: true, author: { select: { name: true } } } },
  communications: {
    orderBy: { openedAt: "asc" },
    select: { openedAt: true, communication: { select: { id: true, status: true, reference: true, subject: true, sentAt: true } } },
  },
} as const satisfies Prisma.CaseSubmissionSelect;
