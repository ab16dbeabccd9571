import { z } from "zod";
import { PAGE_MAX } from "../core/pagination";
import {
  checkParams,
  digits,
  isoDate,
  issueOf,
  oneOf,
  queryText,
  rawValues,
  slug,
  type ParamIssues,
  type RawParams,
} from "../core/query-params";

export { rawValues, type RawParams };

// The public search's filters, parsed from a query string. The page, the JSON API and the CSV export
// share these schemas, so a shared URL means the same search everywhere.
//
// Each parameter is checked on its own (issue 13, item 3): a malformed value is reported by name —
// the API answers 400 naming it, the page shows the error beside its field and runs the rest of the
// search — never silently replaced by a default. An empty value (what a form sends for a field left
// blank) means "no filter". Control characters are refused: PostgreSQL refuses NUL in text.

export const COMMUNICATION_TYPES = ["AL", "UA", "OL"] as const;
export const REPLY_FILTERS = ["replied", "none", "overdue"] as const;
export const JOINT_FILTERS = ["joint", "single"] as const;
export const SORTS = ["date", "relevance"] as const;
export const Q_MAX = 200;
export const ACTOR_NAME_MAX = 100;
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;

/** "state:NOR" (ISO 3166 alpha-3) or "actor:<uuid>" (an other actor, R6). */
const addressee = z
  .string()
  .regex(/^(state:[A-Z]{3}|actor:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, "invalid")
  .transform((s) => (s.slice(0, 6).toLowerCase() === "state:" ? `state:${s.slice(6).toUpperCase()}` : `actor:${s.slice(6).toLowerCase()}`));

/** Several types: repeated (`type=AL&type=UA`, what a form sends) or comma-separated (`type=AL,UA`). */
const types = z
  .array(z.string())
  .transform((values) =>
    values
      .flatMap((v) => v.split(","))
      .map((v) => v.trim().toUpperCase())
      .filter(Boolean),
  )
  .pipe(z.array(oneOf(COMMUNICATION_TYPES)))
  .transform((wanted) => COMMUNICATION_TYPES.filter((t) => wanted.includes(t)));

/** One schema per single-valued parameter; `type` may repeat. */
const SINGLE = {
  q: queryText(Q_MAX),
  addressee,
  actorName: queryText(ACTOR_NAME_MAX),
  mandate: slug,
  year: digits(YEAR_MIN, YEAR_MAX),
  from: isoDate,
  to: isoDate,
  reply: oneOf(REPLY_FILTERS),
  theme: slug,
  joint: oneOf(JOINT_FILTERS),
  sort: oneOf(SORTS),
  page: digits(1, PAGE_MAX),
} satisfies Record<string, z.ZodType<unknown, string>>;

type Single = { [K in keyof typeof SINGLE]?: Exclude<z.output<(typeof SINGLE)[K]>, undefined> | undefined };

export type SearchParams = Omit<Single, "page"> & {
  type: (typeof COMMUNICATION_TYPES)[number][];
  page: number;
  /**
   * The id of the State of `addressee=state:XXX`, looked up by the server before the search
   * (lib/search/resolve-ids.ts) — never read from a URL (the parser does not know it). With the id
   * as a value, PostgreSQL's estimate for that State is exact; a subquery would be guessed.
   */
  resolvedStateId?: string | null;
  /** Likewise the id of `mandate` and of `theme` (null: no such slug, nothing matches). */
  resolvedMandateId?: string | null;
  resolvedThemeId?: string | null;
};

export type SearchParamName = keyof typeof SINGLE | "type";
export type SearchIssues = ParamIssues<SearchParamName>;

/**
 * Parses a query string (URLSearchParams, or Next.js `searchParams`) into search filters, and says
 * which parameters were refused (those are left out of `params`: no such filter, page 1).
 */
export function checkSearchParams(raw: RawParams): { params: SearchParams; issues: SearchIssues } {
  const { values, issues } = checkParams(raw, SINGLE);
  const { page, ...filters } = values;
  const params: SearchParams = { ...filters, type: [], page: page ?? 1 };
  const parsedTypes = types.safeParse(rawValues(raw, "type"));
  const allIssues: SearchIssues = { ...issues };
  if (parsedTypes.success) params.type = parsedTypes.data;
  else allIssues.type = issueOf(parsedTypes.error);
  return { params, issues: allIssues };
}

/** The filters of a query string with refused values left out (feeds, benchmarks, tests). */
export function parseSearchParams(raw: RawParams): SearchParams {
  return checkSearchParams(raw).params;
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
