import type { Prisma } from "../generated/prisma/client";

/**
 * R3: a press release may refer only to a communication its mandate signed (as lead or co-signer)
 * and that has actually gone out — a held letter is not yet known to the State.
 */
export function sentCommunicationsOf(mandateIds: readonly string[], now: Date): Prisma.CommunicationWhereInput {
  return {
    status: "SENT",
    sentAt: { lte: now },
    mandates: { some: { mandateId: { in: [...mandateIds] }, status: { in: ["LEAD", "SIGNED"] } } },
  };
}
