import type { TransactionClient } from "../db/types";
import { Prisma } from "../generated/prisma/client";
import type { Role } from "../generated/prisma/enums";
import { markPublicDataChanged } from "./public-data-generation";
import { currentRequestContext } from "../core/request-context";
import { auditRecordOf, type AuditEntityType } from "./audit-fields";

export type AuditInput = {
  /** Who did it (an Actor fits); null for the system. */
  actor: { userId: string; role: Role } | null;
  action: string;
  /** Must be listed in AUDIT_CONFIDENTIAL_FIELDS (lib/platform/audit-fields.ts), which says what is never kept. */
  entityType: AuditEntityType;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /** The client's address; by default the one of the request being handled (set by the action/route door). */
  address?: string;
};

function toJson(value: unknown) {
  return value === undefined || value === null ? Prisma.JsonNull : (value as Prisma.InputJsonValue);
}

/** Entries that record who did what but change nothing a visitor sees (a sign-in, reading a case). */
// Mirrored by the trigger that moves the shared generation on (migrations shared_public_cache_and_files
// and public_data_generation_quiet_actions).
export const NOTHING_PUBLIC = new Set([
  "auth.sign-in",
  "auth.sign-in-failed",
  "auth.sign-in-refused",
  "reprisal.view",
  "reprisal.summary.clear-refused",
  "user.set-own-locale",
]);

/**
 * Records a mutation. Call it with the transaction client of the mutation itself. The entry keeps the
 * names of the fields that changed and only the values that are not confidential for the entity
 * (lib/platform/audit-fields.ts): the audit log is read by roles that may not read the record.
 */
export async function writeAudit(tx: TransactionClient, entry: AuditInput): Promise<void> {
  const record = auditRecordOf(entry.entityType, entry.before, entry.after);
  // Public pages rendered from now on are of the new data (the doors mark it again after commit).
  if (!NOTHING_PUBLIC.has(entry.action)) markPublicDataChanged();
  await tx.auditEntry.create({
    data: {
      actorId: entry.actor?.userId ?? null,
      actorRole: entry.actor?.role ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJson(record.before),
      after: toJson(record.after),
      changedFields: record.changedFields,
      ip: entry.address ?? currentRequestContext()?.address ?? null,
    },
  });
}
