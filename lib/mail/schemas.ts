import { z } from "zod";

export const OUTBOX_FILTERS = ["all", "PENDING", "HELD", "SENT", "FAILED"] as const;
export type OutboxFilter = (typeof OUTBOX_FILTERS)[number];

/** The outbox status filter from the query string; anything else means all. */
export const outboxFilterSchema = z.enum(OUTBOX_FILTERS).catch("all");
