import { z } from "zod";
import { PAGE_MAX } from "../core/pagination";
import { assertNoIssues, checkParams, digits, oneOf, slug } from "../core/query-params";
import { REPORT_BODIES, REPORT_KINDS, type ReportBodyCode } from "../reports/constants";
import { YEAR_MAX, YEAR_MIN } from "../search/schemas";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./schemas";

// The open-data API's filters of public reports (R19): each refused value is a 400 naming it, as
// for communications (lib/open-data/schemas.ts), never replaced by a default.

/** The highest session number a filter takes (the Council held its 60th in 2025, the Assembly its 80th). */
export const SESSION_MAX = 999;

const upper = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((s) => s.toUpperCase())
    .pipe(oneOf(values));

const REPORT_PARAMS = {
  mandate: slug,
  body: upper(REPORT_BODIES),
  session: digits(1, SESSION_MAX),
  year: digits(YEAR_MIN, YEAR_MAX),
  kind: upper(REPORT_KINDS),
  state: z
    .string()
    .regex(/^[A-Za-z]{3}$/, "invalid")
    .transform((s) => s.toUpperCase()),
  page: digits(1, PAGE_MAX),
  pageSize: digits(1, MAX_PAGE_SIZE),
} satisfies Record<string, z.ZodType<unknown, string>>;

export type ApiReportParams = {
  mandate?: string;
  body?: ReportBodyCode;
  session?: number;
  year?: number;
  kind?: (typeof REPORT_KINDS)[number];
  state?: string;
  page: number;
  pageSize: number;
};

/** The report list's filters: throws INVALID_INPUT naming every refused parameter. */
export function parseApiReportParams(query: URLSearchParams): ApiReportParams {
  const { values, issues } = checkParams(query, REPORT_PARAMS);
  assertNoIssues(issues);
  const { page, pageSize, ...filters } = values;
  return { ...filters, page: page ?? 1, pageSize: pageSize ?? DEFAULT_PAGE_SIZE };
}
