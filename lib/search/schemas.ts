import { z } from "zod";
import { pageSchema } from "../core/pagination";

// The public search's filters, parsed from a query string. The page, the JSON API and the CSV export
// share this schema, so a shared URL means the same search everywhere. A malformed value is dropped
// (the filter is ignored) rather than failing the whole page: links get pasted and truncated.

export const COMMUNICATION_TYPES = ["AL", "UA", "OL"] as const;
export const REPLY_FILTERS = ["replied", "none", "overdue"] as const;
export const JOINT_FILTERS = ["joint", "single"] as const;
export const SORTS = ["date", "relevance"] as const;

const text = (max: number) => z.string().trim().min(1).max(max).optional().catch(undefined);
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/).optional().catch(undefined);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s))
  .optional()
  .catch(undefined);

/** "state:NOR" (ISO 3166 alpha-3) or "actor:<uuid>" (an other actor, R6). */
const addressee = z
  .string()
  .regex(/^(state:[A-Z]{3}|actor:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i)
  .transform((s) => (s.startsWith("state:") ? `state:${s.slice(6).toUpperCase()}` : `actor:${s.slice(6).toLowerCase()}`))
  .optional()
  .catch(undefined);

/** Several types: repeated (`type=AL&type=UA`, what a form sends) or comma-separated (`type=AL,UA`). */
const types = z
  .array(z.string())
  .transform((values) => {
    const wanted = new Set(values.flatMap((v) => v.split(",")).map((v) => v.trim().toUpperCase()));
    return COMMUNICATION_TYPES.filter((t) => wanted.has(t));
  })
  .catch([]);

export const searchParamsSchema = z.object({
  q: text(200),
  addressee,
  actorName: text(100),
  mandate: slug,
  type: types,
  year: z.coerce.number().int().min(1990).max(2100).optional().catch(undefined),
  from: isoDate,
  to: isoDate,
  reply: z.enum(REPLY_FILTERS).optional().catch(undefined),
  theme: slug,
  joint: z.enum(JOINT_FILTERS).optional().catch(undefined),
  sort: z.enum(SORTS).optional().catch(undefined),
  page: pageSchema,
});

export type SearchParams = z.infer<typeof searchParamsSchema> & {
  /**
   * The id of the State of `addressee=state:XXX`, looked up by the server before the search
   * (lib/search/resolve-ids.ts) — never read from a URL (the schema does not know it). With the id
   * as a value, PostgreSQL's estimate for that State is exact; a subquery would be guessed.
   */
  resolvedStateId?: string | null;
  /** Likewise the id of `mandate` and of `theme` (null: no such slug, nothing matches). */
  resolvedMandateId?: string | null;
  resolvedThemeId?: string | null;
};

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

/** Parses a query string (URLSearchParams, or Next.js `searchParams`) into search filters. */
export function parseSearchParams(raw: RawParams): SearchParams {
  const all = (key: string): string[] => {
    if (raw instanceof URLSearchParams) return raw.getAll(key);
    const v = raw[key];
    return v === undefined ? [] : Array.isArray(v) ? v : [v];
  };
  const first = (key: string) => all(key)[0];
  return searchParamsSchema.parse({
    q: first("q"), addressee: first("addressee"), actorName: first("actorName"), mandate: first("mandate"), type: all("type"),
    year: first("year") || undefined, from: first("from"), to: first("to"), reply: first("reply"), theme: first("theme"),
    joint: first("joint"), sort: first("sort"), page: first("page"),
  });
}

/** The filters as query parameters (without the page), for links that keep the search: pagination, sort. */
export function searchParamsToQuery(params: SearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (key === "page" || key.startsWith("resolved") || value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) out[key] = value.join(",");
    } else out[key] = String(value);
  }
  return out;
}
