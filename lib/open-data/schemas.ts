import { z } from "zod";
import { PAGE_SIZE } from "../core/pagination";
import { assertNoIssues, checkParams, digits, slug } from "../core/query-params";
import { checkSearchParams, type SearchParams } from "../search/schemas";
import { formatReference, parseReference } from "../communications/rules";

// The open-data API's query parameters: exactly the public search's filters (lib/search/schemas.ts,
// so a shared search URL means the same thing on the page, in the API and in the CSV) plus a page
// size. A malformed value is refused with a 400 naming it (issue 13, item 3), never replaced by a
// default: a client must learn that its filter was not applied.

export const DEFAULT_PAGE_SIZE = PAGE_SIZE;
export const MAX_PAGE_SIZE = 100;

const API_PARAMS = { pageSize: digits(1, MAX_PAGE_SIZE) };

export type ApiListParams = { search: SearchParams; pageSize: number };

/** The search's filters (the CSV export): throws INVALID_INPUT naming every refused parameter. */
export function parseApiSearchParams(query: URLSearchParams): SearchParams {
  const { params, issues } = checkSearchParams(query);
  assertNoIssues(issues);
  return params;
}

/** The list's filters and page size: throws INVALID_INPUT naming every refused parameter. */
export function parseApiListParams(query: URLSearchParams): ApiListParams {
  const { params, issues } = checkSearchParams(query);
  const { values, issues: sizeIssues } = checkParams(query, API_PARAMS);
  assertNoIssues({ ...issues, ...sizeIssues });
  return { search: params, pageSize: values.pageSize ?? DEFAULT_PAGE_SIZE };
}

/**
 * A reference from a URL path: "AL USA 12/2026" URL-encoded ("AL%20USA%2012%2F2026", decoded or
 * not) or with dashes ("AL-USA-12-2026", which needs no encoding). Null when it is neither.
 */
export function referenceFromPath(segment: string): string | null {
  let text = segment;
  try {
    text = decodeURIComponent(segment);
  } catch {
    return null;
  }
  const dashed = /^\s*([A-Za-z]{2})-([A-Za-z]{3})-(\d{1,6})-(\d{4})\s*$/.exec(text);
  const candidate = dashed ? `${dashed[1]} ${dashed[2]} ${dashed[3]}/${dashed[4]}` : text;
  const parsed = parseReference(candidate);
  return parsed ? formatReference(parsed.type, parsed.code, parsed.number, parsed.year) : null;
}

/** The same reference as a path segment that needs no encoding: "AL-USA-12-2026". */
export function referenceToPath(reference: string): string {
  return reference.replace(/[ /]/g, "-");
}

const FEED_PARAMS = {
  state: z
    .string()
    .regex(/^[A-Za-z]{3}$/, "invalid")
    .transform((s) => s.toUpperCase()),
  mandate: slug,
};

/** Atom feed filters: one State or one mandate (R6), mapped onto the search's filters; 400 when malformed. */
export function parseFeedParams(query: URLSearchParams): SearchParams {
  const { values, issues } = checkParams(query, FEED_PARAMS);
  assertNoIssues(issues);
  return {
    type: [],
    page: 1,
    ...(values.state ? { addressee: `state:${values.state}` } : {}),
    ...(values.mandate ? { mandate: values.mandate } : {}),
  };
}
