import { z } from "zod";
import { parseSearchParams, type SearchParams } from "../search/schemas";
import { formatReference, parseReference } from "../communications/rules";

// The open-data API's query parameters: exactly the public search's filters (lib/search/schemas.ts,
// so a shared search URL means the same thing on the page, in the API and in the CSV) plus a page
// size. Like the search, a malformed value falls back to its default rather than failing.

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

const pageSizeSchema = z.coerce
  .number()
  .int()
  .min(1)
  .transform((n) => Math.min(n, MAX_PAGE_SIZE))
  .catch(DEFAULT_PAGE_SIZE);

export type ApiListParams = { search: SearchParams; pageSize: number };

export function parseApiListParams(query: URLSearchParams): ApiListParams {
  return { search: parseSearchParams(query), pageSize: pageSizeSchema.parse(query.get("pageSize") ?? undefined) };
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

/** Atom feed filters: one State or one mandate (R6), mapped onto the search's filters. */
export function parseFeedParams(query: URLSearchParams): SearchParams {
  const state = query.get("state");
  const mandate = query.get("mandate");
  const params = new URLSearchParams();
  if (state) params.set("addressee", `state:${state}`);
  if (mandate) params.set("mandate", mandate);
  return parseSearchParams(params);
}
