import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/actor";
import { assertCanAny } from "../auth/policy";
import { now as clockNow } from "../core/clock";
import { loadPage, pageSchema } from "../core/pagination";
import { caseScopeFor, dispatchedWhere, effectiveStatusWhere } from "./scope";
import { AGE_FILTERS, effectiveStatus, sentBefore } from "./rules";
import { NAME_FIELDS, TITLE_FIELDS } from "../i18n/localized";

export const QUEUE_STATUSES = ["open", "acted-upon", "closed", "all"] as const;

/** The queue's filters from the query string; anything malformed is ignored (the default holds). */
export const caseFilterSchema = z.object({
  state: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .transform((s) => s.toUpperCase())
    .optional()
    .catch(undefined),
  mandate: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,99}$/)
    .optional()
    .catch(undefined),
  urgent: z
    .enum(["1"])
    .optional()
    .catch(undefined)
    .transform((v) => v === "1"),
  age: z.coerce
    .number()
    .int()
    .refine((n) => (AGE_FILTERS as readonly number[]).includes(n))
    .catch(0),
  status: z.enum(QUEUE_STATUSES).catch("open"),
  page: pageSchema,
});
export type CaseFilters = z.infer<typeof caseFilterSchema>;

export function parseCaseFilters(raw: Record<string, string | string[] | undefined>): CaseFilters {
  const get = (k: string) => [raw[k]].flat()[0];
  return caseFilterSchema.parse({
    state: get("state"),
    mandate: get("mandate"),
    urgent: get("urgent"),
    age: get("age") ?? 0,
    status: get("status"),
    page: get("page"),
  });
}

/** The filters as the query parameters of the queue's pages (for the pagination links). */
export function caseFilterParams(filters: CaseFilters): Record<string, string> {
  return Object.fromEntries(
    Object.entries({
      status: filters.status,
      state: filters.state,
      mandate: filters.mandate,
      age: filters.age ? String(filters.age) : undefined,
      urgent: filters.urgent ? "1" : undefined,
    }).filter((e): e is [string, string] => e[1] !== undefined),
  );
}

function statusWhere(status: CaseFilters["status"], now: Date): Prisma.CaseSubmissionWhereInput {
  switch (status) {
    case "open":
      return { AND: [{ status: { in: ["RECEIVED", "UNDER_CONSIDERATION"] } }, { NOT: dispatchedWhere(now) }] };
    case "acted-upon":
      return effectiveStatusWhere("ACTED_UPON", now);
    case "closed":
      return { status: "CLOSED" };
    case "all":
      return {};
  }
}

/**
 * Issue 17: the secretariat's queue of submissions — urgent ones first, then the longest waiting —
 * filtered by State, mandate (suggested or assigned), urgency, age and status; for a holder, the
 * same list within what is assigned to its mandates (scope.ts). Never the source.
 */
export async function findCases({ actor, filters }: { actor: Actor; filters: CaseFilters }) {
  assertCanAny(actor, ["case:triage", "case:view-assigned"]);
  const now = clockNow();
  const where: Prisma.CaseSubmissionWhereInput = {
    AND: [
      caseScopeFor(actor),
      statusWhere(filters.status, now),
      filters.state ? { state: { iso3: filters.state } } : {},
      filters.mandate ? { mandates: { some: { mandate: { slug: filters.mandate } } } } : {},
      filters.urgent ? { urgent: true } : {},
      filters.age > 0 ? { submittedAt: { lte: sentBefore(filters.age, now) } } : {},
    ],
  };
  const { total, pages, rows } = await loadPage({
    page: filters.page,
    count: () => prisma.caseSubmission.count({ where }),
    rows: (w) =>
      prisma.caseSubmission.findMany({
        where,
        orderBy: [{ urgent: "desc" }, { submittedAt: "asc" }, { id: "asc" }],
        ...w,
        select: {
          id: true,
          receiptNumber: true,
          title: true,
          urgent: true,
          status: true,
          affected: true,
          submittedAt: true,
          sample: true,
          otherActorName: true,
          state: { select: { iso3: true, ...NAME_FIELDS } },
          mandates: {
            orderBy: { mandate: { titleEn: "asc" } },
            select: {
              suggested: true,
              assignedAt: true,
              mandate: { select: { slug: true, ...TITLE_FIELDS } },
            },
          },
          communications: { where: { communication: { status: "SENT", sentAt: { lte: now } } }, select: { openedAt: true }, take: 1 },
        },
      }),
  });
  return {
    total,
    pages,
    rows: rows.map(({ communications, ...r }) => ({ ...r, status: effectiveStatus(r.status, communications.length > 0) })),
  };
}
export type CaseRow = Awaited<ReturnType<typeof findCases>>["rows"][number];
