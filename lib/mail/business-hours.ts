// R1: non-urgent mail is not dispatched outside Geneva business hours; it waits for the next opening.
// Pure functions on instants: the local calendar of `timeZone` is read through TZDate, so weekends,
// holidays and both daylight-saving switches come out right without hand-made UTC offsets.
import { z } from "zod";
import { TZDate } from "@date-fns/tz";

export type BusinessHours = {
  timeZone: string;
  /** ISO weekdays: 1 = Monday … 7 = Sunday. */
  days: number[];
  /** Local opening and closing times, "HH:MM"; open from `open` included to `close` excluded. */
  open: string;
  close: string;
  /** Local dates "YYYY-MM-DD" on which the office is closed. */
  holidays: string[];
};

// Public holidays of the Republic and Canton of Geneva (loi genevoise sur les jours fériés): New Year,
// Good Friday, Easter Monday, Ascension, Whit Monday, 1 August, Jeûne genevois (Thursday after the
// first Sunday of September), Christmas and Restauration genevoise (31 December). Only the cantonal
// list: the UN Office at Geneva closes on a few more days (e.g. 26 December), which the secretariat
// adds through the "businessHours" setting (the demo seed does so).
const GENEVA_HOLIDAYS_2026_2027 = [
  "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-14", "2026-05-25",
  "2026-08-01", "2026-09-10", "2026-12-25", "2026-12-31",
  "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-06", "2027-05-17",
  "2027-08-01", "2027-09-09", "2027-12-25", "2027-12-31",
];

export const DEFAULT_BUSINESS_HOURS: BusinessHours = {
  timeZone: "Europe/Zurich",
  days: [1, 2, 3, 4, 5],
  open: "09:00",
  close: "18:00",
  holidays: GENEVA_HOLIDAYS_2026_2027,
};

function validTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "HH:MM");

export const businessHoursSchema = z
  .object({
    timeZone: z.string().refine(validTimeZone, "Unknown time zone"),
    // At least one working day, so that a next opening always exists.
    days: z.array(z.number().int().min(1).max(7)).min(1),
    open: clockTime,
    close: clockTime,
    holidays: z.array(z.iso.date()),
  })
  .refine((bh) => bh.open < bh.close, { message: "Opening must come before closing", path: ["close"] });

/** The stored setting, or the default when it is missing or no longer valid (never "always open"). */
export function parseBusinessHours(value: unknown): BusinessHours {
  const parsed = businessHoursSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_BUSINESS_HOURS;
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

const pad = (n: number) => String(n).padStart(2, "0");
const isoDate = (y: number, m: number, d: number) => `${y}-${pad(m + 1)}-${pad(d)}`;

/** Whether a local calendar day (month 0-based) is a working day. Weekday from UTC: no DST involved. */
function isWorkingDay(y: number, m: number, d: number, bh: BusinessHours): boolean {
  const weekday = new Date(Date.UTC(y, m, d)).getUTCDay() || 7;
  return bh.days.includes(weekday) && !bh.holidays.includes(isoDate(y, m, d));
}

export function isOpen(at: Date, bh: BusinessHours): boolean {
  const local = new TZDate(at.getTime(), bh.timeZone);
  const minute = local.getHours() * 60 + local.getMinutes();
  return (
    isWorkingDay(local.getFullYear(), local.getMonth(), local.getDate(), bh) &&
    minute >= minutes(bh.open) &&
    minute < minutes(bh.close)
  );
}

/** `at` itself when the office is open; otherwise the instant of the next local opening. */
export function nextOpening(at: Date, bh: BusinessHours): Date {
  if (isOpen(at, bh)) return at;
  const local = new TZDate(at.getTime(), bh.timeZone);
  const beforeOpening = local.getHours() * 60 + local.getMinutes() < minutes(bh.open);
  // Walk local calendar days (as UTC dates, so no day is 23 or 25 hours long).
  const day = new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate() + (beforeOpening ? 0 : 1)));
  const [openH = 0, openM = 0] = bh.open.split(":").map(Number);
  // At least one working day a week, and each holiday can cost at most a week: the bound is never hit.
  for (let i = 0; i < 7 * (bh.holidays.length + 1); i++, day.setUTCDate(day.getUTCDate() + 1)) {
    const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()];
    if (isWorkingDay(y, m, d, bh)) return new Date(new TZDate(y, m, d, openH, openM, bh.timeZone).getTime());
  }
  throw new Error("No business day found: check the businessHours setting");
}
