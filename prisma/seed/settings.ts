// Settings rows (key → JSON value). Created when missing, never overwritten: an administrator's
// change survives a re-run of the seed.
import type { Prisma } from "../../lib/generated/prisma/client";
import type { Db } from "./context";
import { GENEVA_TIME_ZONE } from "../../lib/core/geneva";
import { UN_OFFICE_CLOSURES } from "./time";

/** The same for every run: nothing here depends on the day the seed runs. */
export function defaultSettings(): Record<string, Prisma.InputJsonValue> {
  return {
    "communications.replyPeriodDays": 60,
    "communications.nonCooperationThreshold": 3,
    // R5: a reply received before the deadline publishes the letter and the reply at once.
    "communications.publishRepliesOnReceipt": true,
    // R1: the canton's public holidays come from its calendar for any year; the setting adds the UN
    // Office at Geneva's own closures, which the secretariat extends year by year.
    businessHours: {
      timeZone: GENEVA_TIME_ZONE,
      days: [1, 2, 3, 4, 5],
      open: "09:00",
      close: "18:00",
      publicHolidays: "CH-GE",
      holidays: [...UN_OFFICE_CLOSURES],
    },
    "pressRelease.leadTimeHours": 24,
    "questionnaires.minWindowWeeks": 8,
    "questionnaires.maxQuestions": 10,
    "statement.wordGuideline": { min: 5000, max: 6000 },
  };
}

export async function seedSettings(db: Db): Promise<number> {
  const rows = Object.entries(defaultSettings()).map(([key, value]) => ({ key, value }));
  const { count } = await db.setting.createMany({ data: rows, skipDuplicates: true });
  return count;
}
