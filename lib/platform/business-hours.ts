// R1 (docs/rules.md): non-urgent mail is not dispatched outside Geneva business hours; it waits for
// the next opening. Pure functions on instants: the local calendar of `timeZone` is read through
// TZDate, so weekends, holidays and both daylight-saving switches come out right without hand-made
// UTC offsets. Closed days are the Geneva public holidays of any year (lib/core/geneva-holidays.ts)
// plus the closures the secretariat lists in the "businessHours" setting.
import { z } from "zod";
import { TZDate } from "@date-fns/tz";
import { GENEVA_TIME_ZONE } from "../core/geneva";
import { isGenevaPublicHoliday } from "../core/geneva-holidays";

export type BusinessHours = {
  timeZone: string;
  /** ISO weekdays: 1 = Monday … 7 = Sunday. */
  days: number[];
  /** Local opening and closing times, "HH:MM"; open from `open` included to `close` excluded. */
  open: string;
  close: string;
  /**
   * Public holidays on which the office is closed: "CH-GE", the Republic and Canton of Geneva's, for
   * any year; "none" for a calendar of `holidays` only.
   */
  publicHolidays: PublicHolidayCalendar;
  /**
   * Further local dates on which the office is closed: the UN Office at Geneva's own closures, which
   * are not public holidays of the canton. "YYYY-MM-DD" for one day, or "--MM-DD" (ISO 8601's
   * recurring date) for that day every year, e.g. "--12-26".
   */
  holidays: string[];
};

export const PUBLIC_HOLIDAY_CALENDARS = ["CH-GE", "none"] as const;
export type PublicHolidayCalendar = (typeof PUBLIC_HOLIDAY_CALENDARS)[number];

export const DEFAULT_BUSINESS_HOURS: BusinessHours = {
  timeZone: GENEVA_TIME_ZONE,
  days: [1, 2, 3, 4, 5],
  open: "09:00",
  close: "18:00",
  publicHolidays: "CH-GE",
  holidays: [],
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
    // Settings stored before the public-holiday calendar existed have no such field: Geneva's.
    publicHolidays: z.enum(PUBLIC_HOLIDAY_CALENDARS).default("CH-GE"),
    holidays: z.array(z.union([z.iso.date(), z.string().regex(/^--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)])),
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
  if (!bh.days.includes(weekday)) return false;
  const date = isoDate(y, m, d);
  if (bh.holidays.includes(date) || bh.holidays.includes(`--${date.slice(5)}`)) return false;
  return !(bh.publicHolidays === "CH-GE" && isGenevaPublicHoliday(date));
}

export function isOpen(at: Date, bh: BusinessHours): boolean {
  const local = new TZDate(at.getTime(), bh.timeZone);
  const minute = local.getHours() * 60 + local.getMinutes();
  return (
    isWorkingDay(local.getFullYear(), local.getMonth(), local.getDate(), bh) && minute >= minutes(bh.open) && minute < minutes(bh.close)
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
  // At least one working day a week, and each listed or public holiday (a dozen a year at most) can
  // cost at most a week: the bound is never hit.
  for (let i = 0; i < 7 * (bh.holidays.length + 1) + 366; i++, day.setUTCDate(day.getUTCDate() + 1)) {
    const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()];
    if (isWorkingDay(y, m, d, bh)) return new Date(new TZDate(y, m, d, openH, openM, bh.timeZone).getTime());
  }
  throw new Error("No business day found: check the businessHours setting");
}
