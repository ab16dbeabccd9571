// Who sits on the Coordination Committee at an instant (R15, issue 18 item 5): the Committee is
// recorded per year (CommitteeMembership, kept by the secretariat: lib/committee/record-membership.ts),
// and the Committee of an instant is that of its Geneva calendar year. The one definition every reader
// uses — the actor's loading (lib/auth/load-actor.ts), the advisory notifications, the Committee's space.
import type { Prisma } from "../generated/prisma/client";
import { genevaYear } from "../core/geneva";

/** The Committee year in force at `at`: the Geneva calendar year of that instant. */
export function committeeYearAt(at: Date): number {
  return genevaYear(at);
}

/** The seats (CommitteeMembership rows) in force at `at`, as a Prisma filter. */
export function committeeSeatsAt(at: Date): Prisma.CommitteeMembershipWhereInput {
  return { year: committeeYearAt(at) };
}

/** Mandate holders on the Committee at `at`, as a Prisma filter on MandateHolder. */
export function onCommitteeAt(at: Date): Prisma.MandateHolderWhereInput {
  return { committeeMemberships: { some: committeeSeatsAt(at) } };
}
