// R19: reports through the Council cycle — the pure rules (no database), unit-tested in rules.test.ts.
import { genevaCalendarDate } from "../core/geneva";

export * from "./constants";

/** A report not yet submitted is "due soon" this many days before its due date (and on it). */
export const DUE_SOON_DAYS = 14;

const DAY = 24 * 60 * 60 * 1000;

/**
 * Where a report stands against its due date (R19). Due and submission dates are Geneva calendar
 * days (date-only columns, UTC midnight); "today" is the Geneva day of `now`. Submitting on the due
 * day is on time. Late: submitted after the due day, or not submitted and the due day is over.
 */
export type DueStatus = "NO_DUE_DATE" | "SUBMITTED_ON_TIME" | "SUBMITTED_LATE" | "DUE" | "DUE_SOON" | "OVERDUE";

export function dueStatus(r: { dueAt: Date | null; submittedAt: Date | null }, now: Date): DueStatus {
  if (!r.dueAt) return r.submittedAt ? "SUBMITTED_ON_TIME" : "NO_DUE_DATE";
  const due = r.dueAt.getTime();
  if (r.submittedAt) return r.submittedAt.getTime() > due ? "SUBMITTED_LATE" : "SUBMITTED_ON_TIME";
  const today = genevaCalendarDate(now).getTime();
  if (today > due) return "OVERDUE";
  return due - today <= DUE_SOON_DAYS * DAY ? "DUE_SOON" : "DUE";
}

/** The late flag (R19): submitted after the due date, or not submitted and the due date has passed. */
export function isLate(r: { dueAt: Date | null; submittedAt: Date | null }, now: Date): boolean {
  const s = dueStatus(r, now);
  return s === "SUBMITTED_LATE" || s === "OVERDUE";
}
