import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/actor";
import { can } from "../auth/policy";
import { mayHandleAdvisory } from "../auth/advisory-policy";

const NOTHING: Prisma.AdvisoryCaseWhereInput = { id: { in: [] } };

/**
 * R15: the cases an actor may see, as a Prisma filter (the rule of lib/auth/advisory-policy.ts):
 * the handlers (secretariat, Coordination Committee) all; a party those it submitted or that
 * concern it (its mandate holder record, its State). Nobody else any — there is no public view.
 */
export function advisoryScopeFor(actor: Actor | null): Prisma.AdvisoryCaseWhereInput {
  if (!actor || !can(actor, "advisory:submit")) return NOTHING;
  if (mayHandleAdvisory(actor)) return {};
  const or: Prisma.AdvisoryCaseWhereInput[] = [{ submittedById: actor.userId }];
  if (actor.role === "MANDATE_HOLDER" && actor.mandateHolderId) or.push({ mandateHolderId: actor.mandateHolderId });
  if (actor.role === "STATE" && actor.stateId) or.push({ stateId: actor.stateId });
  return { OR: or };
}
