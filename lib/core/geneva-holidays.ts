// The public holidays of the Republic and Canton of Geneva for any year, from the maintained
// `date-holidays` calendar (Switzerland, canton GE), public holidays only: New Year, Good Friday,
// Easter Monday, Ascension, Whit Monday, 1 August, Jeûne genevois, Christmas and Restauration
// genevoise (31 December). Closures of the UN Office at Geneva beyond these (e.g. 26 December) are
// not public holidays: the secretariat adds them to the "businessHours" setting (R1, docs/rules.md).
// Server only in practice: the library carries the calendars of every country (several MB).
import Holidays from "date-holidays";

let calendar: Holidays | null = null;
const byYear = new Map<number, ReadonlySet<string>>();

/** The Geneva public holidays of `year` as local dates "YYYY-MM-DD", sorted. */
export function genevaPublicHolidays(year: number): string[] {
  return [...publicHolidaySet(year)].sort();
}

/** Whether a Geneva calendar date "YYYY-MM-DD" is a public holiday in the canton. */
export function isGenevaPublicHoliday(isoDate: string): boolean {
  return publicHolidaySet(Number(isoDate.slice(0, 4))).has(isoDate);
}

function publicHolidaySet(year: number): ReadonlySet<string> {
  let days = byYear.get(year);
  if (!days) {
    calendar ??= new Holidays("CH", "GE");
    const found = calendar.getHolidays(year) || [];
    // `date` is the local date and time in the canton ("2026-12-25 00:00:00"); Sunday feasts
    // (Easter, Whit Sunday) are listed too and change nothing on a Monday–Friday calendar.
    days = new Set(found.filter((h) => h.type === "public").map((h) => h.date.slice(0, 10)));
    byYear.set(year, days);
  }
  return days;
}
