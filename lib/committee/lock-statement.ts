import "server-only";
import type { TransactionClient } from "../db/types";

/**
 * Holds a statement's row until the transaction ends: editing (which withdraws signatures), signing
 * and publishing one statement happen one after the other, so nobody signs a text being replaced.
 */
export async function lockStatement(tx: TransactionClient, statementId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM "CommitteeStatement" WHERE "id" = ${statementId}::uuid FOR UPDATE`;
}
