import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import { FOLLOW_UP_MAIL_KINDS, followUpKindOf } from "./rules";

/**
 * The reminders and follow-up letters queued for one communication, oldest first (R16), with their
 * outbox status. No actor and no scope check: call it only once the page has authorised access to
 * the communication (e.g. getCommunication returned it), as components/follow-up/follow-up-history.tsx
 * expects.
 */
export async function findFollowUpHistory({ communicationId }: { communicationId: string }) {
  if (!z.uuid().safeParse(communicationId).success) return [];
  const rows = await prisma.outboxMessage.findMany({
    where: { communicationId, kind: { in: FOLLOW_UP_MAIL_KINDS } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, status: true, heldReason: true, createdAt: true, notBefore: true, sentAt: true },
  });
  return rows.flatMap(({ kind, ...m }) => {
    const followUpKind = followUpKindOf(kind);
    return followUpKind ? [{ ...m, kind: followUpKind }] : [];
  });
}
export type FollowUpHistoryEntry = Awaited<ReturnType<typeof findFollowUpHistory>>[number];
