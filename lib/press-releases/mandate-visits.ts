import type { Prisma } from "../generated/prisma/client";

/**
 * R3, R4: a press release may be linked to a country visit of its own mandate — the visit exists once
 * dates were agreed with the State. The owner comes from the visit's request, never from the form.
 */
export function visitsOfMandates(mandateIds: readonly string[]): Prisma.VisitWhereInput {
  return { visitRequest: { is: { mandateId: { in: [...mandateIds] } } } };
}
