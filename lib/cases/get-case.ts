import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCanAny } from "../auth/policy";
import { mayReadCaseSource } from "../auth/cases-policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { communicationScopeFor } from "../communications/scope";
import { CASE_CONTENT_SELECT, CASE_SOURCE_SELECT, caseScopeFor, dispatchedWhere } from "./scope";
import { effectiveStatus } from "./rules";

/**
 * One submission for the secretariat (everything, the source included) or for a holder of a mandate
 * it is assigned to (its content, never the source; of the letters opened from it, only those the
 * holder's own scope lets it read). Anyone else: not found.
 */
export async function getCase({ actor, caseId }: { actor: Actor; caseId: string }) {
  assertCanAny(actor, ["case:triage", "case:view-assigned"]);
  if (!z.uuid().safeParse(caseId).success) throw new AppError("NOT_FOUND", "No such submission");
  const now = clockNow();
  const where = { AND: [{ id: caseId }, caseScopeFor(actor)] };
  const c = await prisma.caseSubmission.findFirst({
    where,
    select: {
      ...CASE_CONTENT_SELECT,
      communications: { ...CASE_CONTENT_SELECT.communications, where: { communication: communicationScopeFor(actor, now) } },
      merged: { select: { id: true, receiptNumber: true } },
    },
  });
  if (!c) throw new AppError("NOT_FOUND", "No such submission");
  const [dispatched, source] = await Promise.all([
    prisma.caseSubmission.count({ where: { id: c.id, ...dispatchedWhere(now) } }),
    mayReadCaseSource(actor)
      ? prisma.caseSubmission.findUnique({ where: { id: c.id }, select: CASE_SOURCE_SELECT })
      : Promise.resolve(null),
  ]);
  return { ...c, storedStatus: c.status, status: effectiveStatus(c.status, dispatched > 0), source };
}
export type CaseDetail = Awaited<ReturnType<typeof getCase>>;
