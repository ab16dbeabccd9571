import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/actor";
import { can } from "../auth/policy";
import { NAME_FIELDS } from "../i18n/localized";

const NOTHING: Prisma.ReprisalCaseWhereInput = { id: { in: [] } };

/** Mandates that put their name to a letter: the lead and those who co-signed (not invited or declined). */
export const SIGNATORY = { status: { in: ["LEAD", "SIGNED"] } } as const satisfies Prisma.CommunicationMandateWhereInput;

/**
 * R8: what may ever leave the secretariat for the public — a case whose summary the secretariat
 * cleared. Readers of this scope must still select only the public fields (see PUBLIC_CASE_SELECT).
 */
export function publicReprisalScope(now: Date): Prisma.ReprisalCaseWhereInput {
  return { confidentiality: "PUBLIC_SUMMARY_CLEARED", publicSummary: { not: null }, publicSummaryClearedAt: { lte: now } };
}

/** The only fields of a case that may be shown outside the secretariat's and the mandates' workspaces. */
export const PUBLIC_CASE_SELECT = {
  id: true,
  publicSummary: true,
  publicSummaryClearedAt: true,
  createdAt: true,
  status: true,
  sgReportYear: true,
  state: { select: { iso3: true, ...NAME_FIELDS } },
} as const satisfies Prisma.ReprisalCaseSelect;

/**
 * The cases an actor may open in its workspace, as a Prisma filter (the same rule as
 * lib/auth/reprisals-policy.ts reprisalAccess): the secretariat all; a mandate holder those linked to
 * communications its current mandates signed and those it recorded; nobody else any. Fail closed.
 */
export function reprisalScopeFor(actor: Actor | null): Prisma.ReprisalCaseWhereInput {
  if (!actor) return NOTHING;
  if (can(actor, "reprisal:manage")) return {};
  if (actor.role === "MANDATE_HOLDER" && can(actor, "reprisal:view-own-mandate") && actor.mandateIds.length > 0) {
    return {
      OR: [
        { createdById: actor.userId },
        { communications: { some: { communication: { mandates: { some: { ...SIGNATORY, mandateId: { in: [...actor.mandateIds] } } } } } } },
      ],
    };
  }
  return NOTHING;
}
