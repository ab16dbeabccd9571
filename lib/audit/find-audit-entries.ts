import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";

export const AUDIT_PAGE_SIZE = 50;

export async function findAuditEntries({ actor, page }: { actor: Actor; page: number }) {
  assertCan(actor, "audit:view");
  const [total, entries] = await Promise.all([
    prisma.auditEntry.count(),
    prisma.auditEntry.findMany({
      orderBy: { id: "desc" },
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        at: true,
        action: true,
        entityType: true,
        entityId: true,
        before: true,
        after: true,
        changedFields: true,
        ip: true,
        actor: { select: { name: true, email: true } },
      },
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), entries: entries.map((e) => ({ ...e, id: e.id.toString() })) };
}
