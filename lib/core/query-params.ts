import { z } from "zod";
import { AppError } from "./errors";
import { cleanQueryText } from "./query-text";

// Query-string parameters checked one by one (issue 13, item 3): each parameter parses alone, so a
// refused value is reported by its name — 400 naming it in the API (lib/server/route.ts writes the
// problem document), an error beside the field on a page — never silently replaced by a default.

/** Why a parameter was refused: the zod message, translated by pages, in English in the API. */
export const PARAM_ISSUES = ["invalid", "tooLong", "controlCharacters"] as const;
export type ParamIssue = (typeof PARAM_ISSUES)[number];
export type ParamIssues<K extends string = string> = Partial<Record<K, ParamIssue>>;

export const ISSUE_REASON: Record<ParamIssue, string> = {
  invalid: "is not a valid value",
  tooLong: "is too long",
  controlCharacters: "contains control characters",
};

export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

/** Free text: tabs and line breaks become spaces, other control characters are refused. */
export const queryText = (max: number) =>
  z
    .string()
    .transform((raw, ctx) => {
      const cleaned = cleanQueryText(raw);
      if (cleaned === null) {
        ctx.addIssue({ code: "custom", message: "controlCharacters" });
        return z.NEVER;
      }
      return cleaned;
    })
    .pipe(z.string().max(max, "tooLong"))
    .transform((s) => s || undefined);

/** A positive integer written in digits only ("1e3", "0x10", " 2", "-1" are not page numbers). */
export const digits = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, "invalid")
    .transform(Number)
    .pipe(z.number().min(min, "invalid").max(max, "invalid"));

/** A calendar day, YYYY-MM-DD, that exists (not 2026-02-30). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "invalid")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, "invalid");

export const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, "invalid");
export const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: () => "invalid" });

export function rawValues(raw: RawParams, key: string): string[] {
  if (raw instanceof URLSearchParams) return raw.getAll(key);
  const v = raw[key];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** The first issue of a failed parse as a ParamIssue. */
export function issueOf(error: z.ZodError): ParamIssue {
  const message = error.issues[0]?.message ?? "";
  return (PARAM_ISSUES as readonly string[]).includes(message) ? (message as ParamIssue) : "invalid";
}

/**
 * Checks each single-valued parameter of `schemas` on its own: the values that parse, and the
 * names of those that do not (left out of the values). Absent and empty values are no value.
 */
export function checkParams<S extends Record<string, z.ZodType<unknown, string>>>(raw: RawParams, schemas: S) {
  const values: Partial<{ [K in keyof S]: z.output<S[K]> }> = {};
  const issues: ParamIssues<Extract<keyof S, string>> = {};
  for (const key of Object.keys(schemas) as Extract<keyof S, string>[]) {
    const value = rawValues(raw, key)[0];
    if (value === undefined || value === "") continue;
    const parsed = (schemas[key] as z.ZodType<unknown, string>).safeParse(value);
    if (!parsed.success) issues[key] = issueOf(parsed.error);
    else if (parsed.data !== undefined) values[key] = parsed.data as z.output<S[typeof key]>;
  }
  return { values, issues };
}

/** For the API: refused parameters become one 400 naming each (lib/server/route.ts). */
export function assertNoIssues(issues: ParamIssues): void {
  const names = Object.keys(issues);
  if (names.length === 0) return;
  const fieldErrors = Object.fromEntries(Object.entries(issues).map(([name, issue]) => [name, [ISSUE_REASON[issue as ParamIssue]]]));
  throw new AppError("INVALID_INPUT", `Invalid query parameter${names.length > 1 ? "s" : ""}: ${names.join(", ")}`, fieldErrors);
}

/** The year of an annual report page: from 2000 to next year; anything else shows `thisYear`. */
export function reportYear(raw: string | undefined, thisYear: number): number {
  return z.coerce
    .number()
    .int()
    .min(2000)
    .max(thisYear + 1)
    .catch(thisYear)
    .parse(raw);
}
