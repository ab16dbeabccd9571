// Calendar helpers of the visits domain. Visit and report dates are calendar dates (stored at UTC
// midnight); cycles of the annual report (R9) are calendar years in Geneva, where the secretariat works.
import { genevaYearBounds } from "../core/geneva";
import type { Cycle } from "./annual-report";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar year `year` in Geneva, as instants [start, end). */
export function cycleOf(year: number): Cycle {
  return { year, ...genevaYearBounds(year) };
}

/** "2026-03-14" → a calendar date at UTC midnight, or null when it is not a real date. */
export function parseCalendarDate(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value ? d : null;
}

/** Whole days from one calendar date to another. */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

/**
 * R11: the delay from the end of a visit to the Council's discussion of its report, in days; null
 * until the report is presented.
 */
export function presentationDelayDays(visitEnd: Date, presentedAt: Date | null): number | null {
  return presentedAt ? daysBetween(visitEnd, presentedAt) : null;
}

/** R11, per mandate: how many visits have a presented report, and the average and longest delay. */
export function delaySummary(delays: readonly (number | null)[]): {
  presented: number;
  averageDays: number | null;
  longestDays: number | null;
} {
  const known = delays.filter((d): d is number => d !== null);
  if (known.length === 0) return { presented: 0, averageDays: null, longestDays: null };
  return {
    presented: known.length,
    averageDays: Math.round(known.reduce((a, b) => a + b, 0) / known.length),
    longestDays: Math.max(...known),
  };
}
