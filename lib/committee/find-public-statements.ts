import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import { now as clockNow } from "../core/clock";
import { AppError } from "../core/errors";
import { loadPage } from "../core/pagination";
import { publicCommitteeStatementScope } from "./scope";

/** The public list: published statements only, newest first. */
export async function findPublicCommitteeStatements({ page = 1, take }: { page?: number; take?: number }) {
  const where = publicCommitteeStatementScope(clockNow());
  return loadPage({
    page,
    ...(take ? { size: take } : {}),
    count: () => prisma.committeeStatement.count({ where }),
    rows: (w) =>
      prisma.committeeStatement.findMany({
        where,
        orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
        ...w,
        select: { id: true, year: true, title: true, publishedAt: true },
      }),
  });
}

/** One published statement with its signatories — the select names every public field. */
export async function getPublicCommitteeStatement({ statementId }: { statementId: string }) {
  if (!z.uuid().safeParse(statementId).success) throw new AppError("NOT_FOUND", "No such statement");
  const s = await prisma.committeeStatement.findFirst({
    where: { AND: [{ id: statementId }, publicCommitteeStatementScope(clockNow())] },
    select: {
      id: true,
      year: true,
      title: true,
      body: true,
      publishedAt: true,
      signatures: {
        orderBy: [{ signedAt: "asc" }, { mandateHolderId: "asc" }],
        select: { mandateHolder: { select: { id: true, name: true } } },
      },
    },
  });
  if (!s) throw new AppError("NOT_FOUND", "No such statement");
  return { ...s, signatories: s.signatures.map((x) => x.mandateHolder) };
}
