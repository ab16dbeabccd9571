// Actors for the policy's unit tests: a person of each role, a holder serving MANDATE_A (not
// MANDATE_B), a State user of one State. Only tests import this file.
import type { Actor } from "./actor";
import type { Role } from "../generated/prisma/enums";

export const MANDATE_A = "00000000-0000-4000-8000-0000000000a1";
export const MANDATE_B = "00000000-0000-4000-8000-0000000000b1";

export function actor(role: Role, extra: Partial<Actor> = {}): Actor {
  return {
    userId: `user-${role}`,
    role,
    name: role,
    email: `${role}@example.org`,
    timeZone: "Europe/Zurich",
    stateId: role === "STATE" ? "00000000-0000-4000-8000-00000000000a" : null,
    mandateHolderId: role === "MANDATE_HOLDER" ? "holder-1" : null,
    mandateIds: role === "MANDATE_HOLDER" ? [MANDATE_A] : [],
    coordinationCommittee: false,
    ...extra,
  };
}
