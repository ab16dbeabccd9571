// Date helpers for the seed. Everything is derived from `now` passed in by the caller; Geneva time
// and holidays come from lib/core/geneva.ts and lib/core/geneva-holidays.ts, as in the portal.
import { genevaInstant } from "../../lib/core/geneva";
import { isGenevaPublicHoliday } from "../../lib/core/geneva-holidays";
import type { Rng } from "./random";

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const YEAR = 365.25 * DAY;

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY);
}

export function addMs(date: Date, ms: number): Date {
  return new Date(date.getTime() + ms);
}

/** Midnight UTC of the given day (for @db.Date columns). */
export function dateOnly(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function minDate(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

/** The UTC instant of a Geneva wall-clock time on the (UTC) calendar day of `day`. */
export function zurichTime(day: Date, hours: number, minutes = 0): Date {
  return genevaInstant(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hours, minutes);
}

/**
 * Closures of the UN Office at Geneva that are not public holidays of the canton, every year ("--MM-DD",
 * ISO 8601's recurring date). The seed writes them into the "businessHours" setting, where the
 * secretariat keeps them and adds one-off closures (R1, docs/rules.md).
 */
export const UN_OFFICE_CLOSURES = ["--12-26"] as const;

/** Closed in Geneva: a weekend, a public holiday of the canton, or a closure of the UN Office. */
function isClosedDay(day: Date): boolean {
  const dow = day.getUTCDay();
  if (dow === 0 || dow === 6) return true;
  const iso = isoDay(day);
  return isGenevaPublicHoliday(iso) || (UN_OFFICE_CLOSURES as readonly string[]).includes(`--${iso.slice(5)}`);
}

/** A moment within Geneva business hours (09:30–17:30 Zurich, Mon–Fri) on or after `day`. */
export function businessMoment(day: Date, rng: Rng): Date {
  let d = dateOnly(day);
  while (isClosedDay(d)) d = addDays(d, 1);
  return zurichTime(d, rng.int(9, 16), rng.pick([30, 35, 40, 45, 50, 0, 5, 10, 15, 20]));
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
