import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import type { OutboxFilter } from "./schemas";
import { hideSecretTokens } from "./secret-tokens";

export const OUTBOX_PAGE_SIZE = 50;

export type OutboxRow = Awaited<ReturnType<typeof findOutbox>>["messages"][number];

/** The outbox for the secretariat: every mail, held, pending, sent or failed (R1: nothing is dropped silently), with its text. */
export async function findOutbox({ actor, status, page }: { actor: Actor; status: OutboxFilter; page: number }) {
  assertCan(actor, "outbox:view");
  const where = status === "all" ? {} : { status };
  const [grouped, rows] = await Promise.all([
    prisma.outboxMessage.groupBy({ by: ["status"], _count: { _all: true } }),
    prisma.outboxMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        toAddresses: true,
        ccAddresses: true,
        subject: true,
        urgent: true,
        atOnce: true,
        textBody: true,
        status: true,
        heldReason: true,
        createdAt: true,
        notBefore: true,
        sentAt: true,
        attempts: true,
        lastError: true,
        communication: { select: { id: true, reference: true } },
      },
    }),
  ]);
  const counts: Record<OutboxFilter, number> = { all: 0, PENDING: 0, HELD: 0, SENT: 0, FAILED: 0 };
  for (const g of grouped) {
    counts[g.status] = g._count._all;
    counts.all += g._count._all;
  }
  const total = counts[status];
  const messages = rows.map(({ toAddresses, ccAddresses, communication, textBody, ...m }) => ({
    ...m,
    // The text as it was mailed, but never a link's single-use secret: a pending mail still holds
    // it (deliverDueMail strips it once sent), and the secretariat must not be able to use it.
    text: hideSecretTokens(textBody),
    to: toAddresses,
    cc: ccAddresses,
    communicationReference: communication?.reference ?? null,
  }));
  return { messages, counts, total, pages: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)) };
}
