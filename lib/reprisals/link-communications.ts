import "server-only";
import type { Actor } from "../auth/actor";
import { mayLinkCommunications } from "../auth/reprisals-policy";
import { AppError } from "../core/errors";
import type { TransactionClient } from "../db/types";
import { SIGNATORY } from "./scope";

/**
 * Turns the references typed in the form into sent communications the actor may link: every
 * reference must exist and be sent; a mandate holder links only letters its mandates signed.
 */
export async function resolveCommunications(tx: TransactionClient, actor: Actor, references: string[]): Promise<string[]> {
  if (references.length === 0) return [];
  const found = await tx.communication.findMany({
    where: { reference: { in: references }, status: "SENT" },
    select: { id: true, reference: true, mandates: { where: SIGNATORY, select: { mandateId: true } } },
  });
  const known = new Set(found.map((c) => c.reference));
  const unknown = references.filter((r) => !known.has(r));
  if (unknown.length) {
    throw new AppError("INVALID_INPUT", "Unknown communications", { communicationReferences: [`reprisals.unknownReferences`] });
  }
  if (
    !mayLinkCommunications(
      actor,
      found.map((c) => c.mandates.map((m) => m.mandateId)),
    )
  ) {
    throw new AppError("INVALID_INPUT", "Not a communication of your mandates", {
      communicationReferences: ["reprisals.notYourCommunication"],
    });
  }
  return found.map((c) => c.id);
}
