import "server-only";
import { prisma } from "../db/client";
import type { Db } from "../db/types";
import { Prisma } from "../generated/prisma/client";
import { DAY_MS } from "../communications/rules";
import { dueFollowUp, FOLLOW_UP_MAIL_KIND, FOLLOW_UP_MAIL_KINDS, sentFollowUps, type FollowUpKind } from "./rules";
import { FOLLOW_UP_SETTINGS, type FollowUpSettings } from "./settings";

type Candidate = { id: string; sentAt: Date; replyDueAt: Date; addresseeEmail: string | null };

/**
 * The communications for which a reminder or a follow-up letter is due now (R16), oldest deadline
 * first, reminders before follow-ups (a reminder is useless once the deadline has passed).
 * Two queries, whatever the number of letters: the candidates, narrowed in SQL to the rule's windows
 * so that `limit` counts due letters only (a letter that had all its follow-ups never crowds out one
 * that is due), then their reminders and follow-ups from the outbox; the pure rule decides.
 * Sample letters made by the seed get nothing: they were never mailed, and their missions are fictional.
 */
export async function findDueFollowUps({
  db = prisma,
  now,
  settings = FOLLOW_UP_SETTINGS,
  limit,
}: {
  db?: Db;
  now: Date;
  settings?: FollowUpSettings;
  /** At most this many; all when absent. */
  limit?: number;
}): Promise<{ communicationId: string; kind: FollowUpKind }[]> {
  const at = (days: number) => new Date(now.getTime() + days * DAY_MS);
  const reminder = FOLLOW_UP_MAIL_KIND.reminder;
  const followUp = FOLLOW_UP_MAIL_KIND["follow-up"];
  const candidates = await db.$queryRaw<Candidate[]>`
    SELECT c."id", c."sentAt", c."replyDueAt", COALESCE(s."missionEmail", a."email") AS "addresseeEmail"
    FROM "Communication" c
    LEFT JOIN "State" s ON s."id" = c."addresseeStateId"
    LEFT JOIN "OtherActor" a ON a."id" = c."addresseeOtherActorId"
    WHERE c."status" = 'SENT' AND NOT c."sample" AND c."sentAt" <= ${now}
      AND btrim(COALESCE(s."missionEmail", a."email", '')) <> ''
      AND NOT EXISTS (SELECT 1 FROM "CommunicationReply" r WHERE r."communicationId" = c."id")
      AND (
        (c."replyDueAt" > ${now} AND c."replyDueAt" <= ${at(settings.reminderDaysBefore)}
          AND NOT EXISTS (SELECT 1 FROM "OutboxMessage" o WHERE o."communicationId" = c."id" AND o."kind" = ${reminder}))
        OR (c."replyDueAt" <= ${at(-settings.followUpDaysAfter)}
          AND (SELECT count(*) FROM "OutboxMessage" o WHERE o."communicationId" = c."id" AND o."kind" = ${followUp}) < ${settings.maxFollowUps}
          AND NOT EXISTS (SELECT 1 FROM "OutboxMessage" o WHERE o."communicationId" = c."id" AND o."kind" = ${followUp}
            AND o."createdAt" > ${at(-settings.followUpIntervalDays)}))
      )
    ORDER BY (c."replyDueAt" > ${now}) DESC, c."replyDueAt", c."id"
    ${limit === undefined ? Prisma.empty : Prisma.sql`LIMIT ${limit}`}`;
  if (candidates.length === 0) return [];

  const sent = await db.outboxMessage.findMany({
    where: { communicationId: { in: candidates.map((c) => c.id) }, kind: { in: FOLLOW_UP_MAIL_KINDS } },
    select: { communicationId: true, kind: true, createdAt: true },
  });
  const byCommunication = new Map<string, typeof sent>();
  for (const m of sent)
    if (m.communicationId) byCommunication.set(m.communicationId, [...(byCommunication.get(m.communicationId) ?? []), m]);
  return candidates.flatMap((c) => {
    const kind = dueFollowUp(
      {
        status: "SENT",
        sentAt: c.sentAt,
        replyDueAt: c.replyDueAt,
        replyCount: 0,
        addresseeEmail: c.addresseeEmail,
        ...sentFollowUps(byCommunication.get(c.id) ?? []),
      },
      now,
      settings,
    );
    return kind ? [{ communicationId: c.id, kind }] : [];
  });
}
