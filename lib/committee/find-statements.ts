import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCanAny } from "../auth/policy";
import { now as clockNow } from "../core/clock";
import { loadPage } from "../core/pagination";
import { committeeYearsOf } from "./seat";
import { committeeStatementScopeFor } from "./scope";

/** The portal's list: the drafts the actor may read and the published statements, drafts first, newest first. */
export async function findCommitteeStatements({ actor, page = 1 }: { actor: Actor; page?: number }) {
  assertCanAny(actor, ["committee:manage", "committee:contribute"]);
  const where = committeeStatementScopeFor(actor, await committeeYearsOf(prisma, actor), clockNow());
  return loadPage({
    page,
    count: () => prisma.committeeStatement.count({ where }),
    rows: (w) =>
      prisma.committeeStatement.findMany({
        where,
        orderBy: [{ status: "asc" }, { updatedAt: "desc" }, { id: "asc" }],
        ...w,
        select: {
          id: true,
          year: true,
          title: true,
          status: true,
          updatedAt: true,
          publishedAt: true,
          _count: { select: { signatures: true } },
        },
      }),
  });
}
