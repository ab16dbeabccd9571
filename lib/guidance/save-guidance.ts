import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCanAny } from "../auth/policy";
import { mayEditGuidance } from "../auth/committee-policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { genevaYear } from "../core/geneva";
import { writeAudit } from "../platform/write-audit";
import { committeeSeatOf } from "../committee/seat";
import { guidanceChanged } from "./rules";
import type { GuidanceInput } from "./schemas";

/**
 * The secretariat or a member of the current Committee writes guidance. A new document starts at
 * version 1; every edit adds a version (who, when, what changed) and leaves the earlier ones as they
 * were, so the public history reads each of them. Saving over a version newer than the one the
 * editor started from is refused.
 */
export async function saveGuidance({ actor, input }: { actor: Actor; input: GuidanceInput }): Promise<{ id: string; version: number }> {
  assertCanAny(actor, ["committee:manage", "committee:contribute"]);
  const now = clockNow();
  return prisma.$transaction(async (tx) => {
    const seat = await committeeSeatOf(tx, actor, genevaYear(now));
    if (!mayEditGuidance(actor, seat)) throw new AppError("FORBIDDEN", "Only the secretariat and Committee members edit guidance");
    const version = { title: input.title, body: input.body, changeSummary: input.changeSummary, authorId: actor.userId, createdAt: now };
    if (!input.documentId) {
      const doc = await tx.guidanceDocument.create({
        data: { topic: input.topic, latestVersion: 1, createdAt: now, updatedAt: now, versions: { create: { number: 1, ...version } } },
        select: { id: true },
      });
      await writeAudit(tx, {
        actor,
        action: "guidance.create",
        entityType: "GuidanceDocument",
        entityId: doc.id,
        after: { topic: input.topic, title: input.title, version: 1 },
      });
      return { id: doc.id, version: 1 };
    }
    const id = input.documentId;
    await tx.$executeRaw`SELECT 1 FROM "GuidanceDocument" WHERE "id" = ${id}::uuid FOR UPDATE`;
    const doc = await tx.guidanceDocument.findUnique({
      where: { id },
      select: {
        id: true,
        topic: true,
        latestVersion: true,
        versions: { orderBy: { number: "desc" }, take: 1, select: { title: true, body: true } },
      },
    });
    const latest = doc?.versions[0];
    if (!doc || !latest) throw new AppError("NOT_FOUND", "No such guidance");
    if (input.expectedVersion !== undefined && input.expectedVersion !== doc.latestVersion) {
      throw new AppError("CONFLICT", "guidance.staleVersion");
    }
    if (!guidanceChanged({ topic: doc.topic, ...latest }, input)) {
      throw new AppError("INVALID_INPUT", "Nothing changed", { body: ["guidance.unchanged"] });
    }
    const number = doc.latestVersion + 1;
    await tx.guidanceVersion.create({ data: { documentId: id, number, ...version } });
    await tx.guidanceDocument.update({ where: { id }, data: { topic: input.topic, latestVersion: number, updatedAt: now } });
    await writeAudit(tx, {
      actor,
      action: "guidance.new-version",
      entityType: "GuidanceDocument",
      entityId: id,
      before: { topic: doc.topic, title: latest.title, version: doc.latestVersion },
      after: { topic: input.topic, title: input.title, version: number, changeSummary: input.changeSummary },
    });
    return { id, version: number };
  });
}
