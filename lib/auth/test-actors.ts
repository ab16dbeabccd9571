// Actors for the policy's unit tests: a person of each role; a holder serves the mandates given (one
// holder, "holder-1"), a State user belongs to the State given. Only tests import this file.
import type { Actor } from "./actor";
import type { Role } from "../generated/prisma/enums";

export const MANDATE_A = "00000000-0000-4000-8000-0000000000a1";
export const MANDATE_B = "00000000-0000-4000-8000-0000000000b1";

/** An `actor(role, extra)` maker whose State users belong to `stateId` and whose holder serves `mandateIds`. */
export function actorMaker({ stateId, mandateIds }: { stateId: string; mandateIds: readonly string[] }) {
  return (role: Role, extra: Partial<Actor> = {}): Actor => ({
    userId: `user-${role}`,
    role,
    name: role,
    email: `${role}@example.org`,
    timeZone: "Europe/Zurich",
    stateId: role === "STATE" ? stateId : null,
    mandateHolderId: role === "MANDATE_HOLDER" ? "holder-1" : null,
    mandateIds: role === "MANDATE_HOLDER" ? [...mandateIds] : [],
    coordinationCommittee: false,
    ...extra,
  });
}

/** A holder of MANDATE_A (not MANDATE_B), a State user of one State. */
export const actor = actorMaker({ stateId: "00000000-0000-4000-8000-00000000000a", mandateIds: [MANDATE_A] });
