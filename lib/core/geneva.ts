// Geneva time: the one place that knows the portal's home time zone. The secretariat works in Geneva,
// so business hours (R1), the year of a reference number, report periods, statistics cut by year and
// every date shown "in Geneva time" are read on Geneva's wall clock. Everything goes through TZDate
// (@date-fns/tz), never through hand-made UTC offsets, so both daylight-saving switches come out right.
// The public-holiday calendar is in ./geneva-holidays.ts (server only: its data is large).
// See docs/architecture.md ("Time").
import { TZDate } from "@date-fns/tz";
import { now } from "./clock";
import { GENEVA_TIME_ZONE } from "./geneva-zone";

export { GENEVA_TIME_ZONE };

/** `at` on Geneva's wall clock: getFullYear(), getHours()… of the result are Geneva's. */
export function inGeneva(at: Date): TZDate {
  return new TZDate(at.getTime(), GENEVA_TIME_ZONE);
}

/** The year it is in Geneva at `at` (default: the portal's clock). */
export function genevaYear(at: Date = now()): number {
  return inGeneva(at).getFullYear();
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The Geneva calendar date of an instant, "YYYY-MM-DD". */
export function genevaDate(at: Date): string {
  const z = inGeneva(at);
  return `${z.getFullYear()}-${pad(z.getMonth() + 1)}-${pad(z.getDate())}`;
}

/** The Geneva calendar date of an instant as a date-only value (UTC midnight, as `@db.Date` columns store it). */
export function genevaCalendarDate(at: Date): Date {
  const z = inGeneva(at);
  return new Date(Date.UTC(z.getFullYear(), z.getMonth(), z.getDate()));
}

/**
 * The instant of a Geneva wall-clock time (month 0-based; out-of-range days and months roll over, as
 * with `Date`). A time skipped by the spring-forward switch (02:00–02:59 on the last Sunday of March)
 * lands an hour later; a time repeated in autumn is its second (winter-time) occurrence.
 */
export function genevaInstant(year: number, monthIndex: number, day: number, hours = 0, minutes = 0, seconds = 0, ms = 0): Date {
  return new Date(new TZDate(year, monthIndex, day, hours, minutes, seconds, ms, GENEVA_TIME_ZONE).getTime());
}

/** "YYYY-MM-DD" and optionally "HH:MM" (or "HH:MM:SS") in Geneva as an instant. */
export function genevaInstantOf(date: string, time = "00:00"): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [h = 0, min = 0, s = 0] = time.split(":").map(Number);
  return genevaInstant(y, m - 1, d, h, min, s);
}

/** The Geneva calendar year `year` as instants: from its first midnight to the next year's (exclusive). */
export function genevaYearBounds(year: number): { start: Date; end: Date } {
  return { start: genevaInstant(year, 0, 1), end: genevaInstant(year + 1, 0, 1) };
}
