import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/actor";
import { can } from "../auth/policy";

const NOTHING: Prisma.CommitteeStatementWhereInput = { id: { in: [] } };

/** What anyone may see: published statements only — never a draft. */
export function publicCommitteeStatementScope(now: Date): Prisma.CommitteeStatementWhereInput {
  return { status: "PUBLISHED", publishedAt: { lte: now } };
}

/**
 * Which statements an actor may see in the portal, as a Prisma filter applied by every read: the
 * secretariat all; a holder the drafts of the Committees it sat on (`seatYears`, read from the
 * membership) and what is public; anyone else what is public. Fail closed.
 */
export function committeeStatementScopeFor(
  actor: Actor | null,
  seatYears: readonly number[],
  now: Date,
): Prisma.CommitteeStatementWhereInput {
  if (!actor) return publicCommitteeStatementScope(now);
  if (can(actor, "committee:manage")) return {};
  if (actor.role === "MANDATE_HOLDER" && can(actor, "committee:contribute")) {
    return { OR: [{ year: { in: [...seatYears] } }, publicCommitteeStatementScope(now)] };
  }
  if (actor.role === "STATE" || actor.role === "CIVIL_SOCIETY" || actor.role === "ADMIN") return publicCommitteeStatementScope(now);
  return NOTHING;
}
