// Date helpers for the seed. Everything is derived from `now` passed in by the caller.
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

/** Last Sunday of a month (UTC), used for the EU summer-time rule. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** Offset of Europe/Zurich from UTC in minutes at `date` (EU rule: +2 h from the last Sunday of
 * March 01:00 UTC to the last Sunday of October 01:00 UTC, +1 h otherwise). */
export function zurichOffsetMinutes(date: Date): number {
  const y = date.getUTCFullYear();
  const start = Date.UTC(y, 2, lastSunday(y, 2), 1);
  const end = Date.UTC(y, 9, lastSunday(y, 9), 1);
  const t = date.getTime();
  return t >= start && t < end ? 120 : 60;
}

/** The UTC instant of a Zurich wall-clock time on the (UTC) calendar day of `day`. */
export function zurichTime(day: Date, hours: number, minutes = 0): Date {
  const base = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hours, minutes);
  return new Date(base - zurichOffsetMinutes(new Date(base)) * MINUTE);
}

function isClosedDay(day: Date): boolean {
  const dow = day.getUTCDay();
  if (dow === 0 || dow === 6) return true;
  const md = `${day.getUTCMonth() + 1}-${day.getUTCDate()}`;
  return md === "12-25" || md === "12-26" || md === "1-1";
}

/** A moment within Geneva business hours (09:30–17:30 Zurich, Mon–Fri) on or after `day`. */
export function businessMoment(day: Date, rng: Rng): Date {
  let d = dateOnly(day);
  while (isClosedDay(d)) d = addDays(d, 1);
  return zurichTime(d, rng.int(9, 16), rng.pick([30, 35, 40, 45, 50, 0, 5, 10, 15, 20]));
}

/** Easter Sunday (Gregorian, anonymous algorithm), as a UTC date. */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
