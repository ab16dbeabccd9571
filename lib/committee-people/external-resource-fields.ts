import "server-only";
import type { TransactionClient } from "../db/types";
import { AppError } from "../core/errors";
import { genevaYear } from "../core/geneva";
import type { ExternalResourceInput } from "./schemas";

/** A declaration of external resources (CC2) as its audit entries keep it. */
export const RESOURCE_SELECT = {
  id: true,
  mandateId: true,
  year: true,
  source: true,
  amountUsd: true,
  inKind: true,
  purpose: true,
  declaredByRole: true,
} as const;

/** CC2: a year still to come cannot be declared (Geneva's calendar year of `now`). */
export function assertResourceYear(input: { year: number }, now: Date): void {
  if (input.year > genevaYear(now))
    throw new AppError("INVALID_INPUT", "committeePeople.yearInFuture", { year: ["committeePeople.yearInFuture"] });
}

/** The declaration's mandate, or the error beside the mandate field. */
export async function resourceMandate(tx: TransactionClient, mandateId: string) {
  const mandate = await tx.mandate.findUnique({ where: { id: mandateId }, select: { id: true, slug: true } });
  if (!mandate) throw new AppError("INVALID_INPUT", "committeePeople.mandateRequired", { mandateId: ["committeePeople.mandateRequired"] });
  return mandate;
}

/** What the form gives of a declaration, for its mandate. */
export function resourceData(input: ExternalResourceInput, mandateId: string) {
  return { mandateId, year: input.year, source: input.source, amountUsd: input.amountUsd, inKind: input.inKind, purpose: input.purpose };
}
