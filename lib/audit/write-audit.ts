import type { Actor } from "../auth/actor";
import type { TransactionClient } from "../db/types";
import { Prisma } from "../generated/prisma/client";
import { markPublicDataChanged } from "../public-cache/generation";

export type AuditInput = {
  actor: Pick<Actor, "userId" | "role"> | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /** The client's address (lib/core/client-address.ts), where it matters: sign-ins. */
  address?: string;
};

function toJson(value: unknown) {
  if (value === undefined || value === null) return Prisma.JsonNull;
  // Dates, BigInts and Decimals become plain JSON.
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v)));
}

/** Entries that record who did what but change nothing a visitor sees (a sign-in, reading a case). */
const NOTHING_PUBLIC = new Set(["auth.sign-in", "auth.sign-in-failed", "auth.sign-in-refused", "reprisal.view"]);

/** Records a mutation. Call it with the transaction client of the mutation itself. */
export async function writeAudit(tx: TransactionClient, entry: AuditInput): Promise<void> {
  // Public pages rendered from now on are of the new data (the doors mark it again after commit).
  if (!NOTHING_PUBLIC.has(entry.action)) markPublicDataChanged();
  await tx.auditEntry.create({
    data: {
      actorId: entry.actor?.userId ?? null,
      actorRole: entry.actor?.role ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
      ip: entry.address ?? null,
    },
  });
}
