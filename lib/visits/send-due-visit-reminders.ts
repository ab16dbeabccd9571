import "server-only";
import { prisma } from "../db/client";
import { writeAudit } from "../platform/write-audit";
import { portalBaseUrl } from "../communications/letter-text";
import { REQUEST_FOR_UPDATE, setStatus } from "./request-record";
import { transition } from "./state-machine";
import { eventIsPublic } from "./scope";
import { sendReminderMail } from "./visit-mail";

/** A request left unanswered this long since it was sent or last recalled gets a reminder (R9). */
export const VISIT_REMINDER_AFTER_DAYS = 60;
const DAY_MS = 86_400_000;
/** Requests handled per run; the rest wait for the next day's run. */
const RUN_LIMIT = 200;

/**
 * The scheduled side of the "Remind the State" button (R9): every day, each visit request still
 * awaiting the State's answer (requested or reminded) whose request or last reminder is older than
 * VISIT_REMINDER_AFTER_DAYS gets a reminder mail (through the outbox, so R1 holds), a REMINDER event
 * and an audit entry by the system. Each request in its own transaction, guarded on its status and
 * on the last reminder: two runs at once send one reminder.
 */
export async function sendDueVisitReminders({ now, afterDays = VISIT_REMINDER_AFTER_DAYS }: { now: Date; afterDays?: number }) {
  const cutoff = new Date(now.getTime() - afterDays * DAY_MS);
  const candidates = await prisma.visitRequest.findMany({
    where: {
      status: { in: ["REQUESTED", "REMINDED"] },
      requestedAt: { lte: cutoff },
      events: { none: { kind: "REMINDER", at: { gt: cutoff } } },
    },
    select: { id: true },
    orderBy: { requestedAt: "asc" },
    take: RUN_LIMIT,
  });
  const counts = { sent: 0, skipped: 0, failed: 0 };
  for (const { id } of candidates) {
    try {
      const sent = await prisma.$transaction(async (tx) => {
        // Lock the request, then check again: another instance may have reminded it meanwhile.
        await tx.$queryRaw`SELECT 1 FROM "VisitRequest" WHERE "id" = ${id}::uuid FOR UPDATE`;
        const r = await tx.visitRequest.findUniqueOrThrow({ where: { id }, select: REQUEST_FOR_UPDATE });
        const recent = await tx.visitEvent.count({ where: { visitRequestId: id, kind: "REMINDER", at: { gt: cutoff } } });
        const step = transition(r.status, "remind", "requester");
        if (recent > 0 || !step.ok || !["REQUESTED", "REMINDED"].includes(r.status)) return false;
        const portalUrl = `${portalBaseUrl()}/portal/state/visits/${id}`;
        const mailId = await sendReminderMail(tx, { visitRequestId: id, now, portalUrl, note: null });
        await setStatus(tx, r, step.to);
        const event = await tx.visitEvent.create({
          data: {
            visitRequestId: id,
            kind: "REMINDER",
            at: now,
            note: mailId ? "Reminder sent to the Permanent Mission (scheduled)." : "Reminder recorded (no mission address on file).",
            isPublic: eventIsPublic("REMINDER"),
            recordedById: null,
            createdAt: now,
          },
          select: { id: true },
        });
        await writeAudit(tx, {
          actor: null,
          action: "visit-request.remind",
          entityType: "VisitRequest",
          entityId: id,
          before: { status: r.status },
          after: { status: step.to, eventId: event.id, outboxMessageId: mailId, scheduled: true },
        });
        return true;
      });
      counts[sent ? "sent" : "skipped"]++;
    } catch (err) {
      console.error(`[visits] could not remind visit request ${id}`, err);
      counts.failed++;
    }
  }
  return counts;
}
