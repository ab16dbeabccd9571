// Settings rows (key → JSON value). Created when missing, never overwritten: an administrator's
// change survives a re-run of the seed.
import type { Prisma } from "../../lib/generated/prisma/client";
import type { Db } from "./context";
import { addDays, easterSunday, isoDay } from "./time";

/** Geneva public holidays (and the UN Office at Geneva's Christmas closure) of one year. */
export function genevaHolidays(year: number): string[] {
  const easter = easterSunday(year);
  // Jeûne genevois: the Thursday after the first Sunday of September.
  const sept1 = new Date(Date.UTC(year, 8, 1));
  const firstSunday = addDays(sept1, (7 - sept1.getUTCDay()) % 7);
  const days = [
    `${year}-01-01`,
    isoDay(addDays(easter, -2)), // Good Friday
    isoDay(addDays(easter, 1)), // Easter Monday
    isoDay(addDays(easter, 39)), // Ascension
    isoDay(addDays(easter, 50)), // Whit Monday
    `${year}-08-01`,
    isoDay(addDays(firstSunday, 4)),
    `${year}-12-25`,
    `${year}-12-26`,
    `${year}-12-31`,
  ];
  return [...new Set(days)].sort();
}

export function defaultSettings(now: Date): Record<string, Prisma.InputJsonValue> {
  const year = now.getUTCFullYear();
  const years = [...new Set([2026, 2027, year, year + 1])].sort();
  return {
    "communications.replyPeriodDays": 60,
    "communications.nonCooperationThreshold": 3,
    businessHours: {
      timeZone: "Europe/Zurich",
      days: [1, 2, 3, 4, 5],
      open: "09:00",
      close: "18:00",
      holidays: years.flatMap(genevaHolidays),
    },
    "pressRelease.leadTimeHours": 24,
    "questionnaires.minWindowWeeks": 8,
    "questionnaires.maxQuestions": 10,
    "statement.wordGuideline": { min: 5000, max: 6000 },
  };
}

export async function seedSettings(db: Db, now: Date): Promise<number> {
  const rows = Object.entries(defaultSettings(now)).map(([key, value]) => ({ key, value }));
  const { count } = await db.setting.createMany({ data: rows, skipDuplicates: true });
  return count;
}
