import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { LOG_PAGE_SIZE, pageCount, pageWindow } from "../core/pagination";
import type { OutboxFilter } from "./schemas";
import { hideSecretTokens } from "./secret-tokens";

export type OutboxRow = Awaited<ReturnType<typeof findOutbox>>["messages"][number];

/** The outbox for the secretariat: every mail, held, pending, sent or failed (R1: nothing is dropped silently), with its text. */
export async function findOutbox({ actor, status, page }: { actor: Actor; status: OutboxFilter; page: number }) {
  assertCan(actor, "outbox:view");
  const where = status === "all" ? {} : { status };
  // The total is one of the per-status counts the filter shows, so the page needs no count of its own.
  const [grouped, rows] = await Promise.all([
    prisma.outboxMessage.groupBy({ by: ["status"], _count: { _all: true } }),
    prisma.outboxMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageWindow(page, LOG_PAGE_SIZE),
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
  return { messages, counts, total, pages: pageCount(total, LOG_PAGE_SIZE) };
}
