import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { writeAudit } from "../platform/write-audit";
import { sendDailyDigests } from "./send-daily-digests";

/**
 * The secretariat sends the daily digests now (the job does it every afternoon): for a digest that
 * must go before the day's run. Same rules: one digest per person and Geneva day. Audited.
 */
export async function runDigestsNow({ actor, now }: { actor: Actor; now: Date }) {
  assertCan(actor, "communication:dispatch");
  const counts = await sendDailyDigests({ now });
  await prisma.$transaction((tx) =>
    writeAudit(tx, { actor, action: "notifications.digests-run", entityType: "NotificationDigest", entityId: actor.userId, after: counts }),
  );
  return counts;
}
