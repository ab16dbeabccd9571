import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { loadPage, LOG_PAGE_SIZE } from "../core/pagination";

export async function findAuditEntries({ actor, page }: { actor: Actor; page: number }) {
  assertCan(actor, "audit:view");
  const {
    total,
    pages,
    rows: entries,
  } = await loadPage({
    page,
    size: LOG_PAGE_SIZE,
    count: () => prisma.auditEntry.count(),
    rows: (w) =>
      prisma.auditEntry.findMany({
        orderBy: { id: "desc" },
        ...w,
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
  });
  return { total, pages, entries: entries.map((e) => ({ ...e, id: e.id.toString() })) };
}
