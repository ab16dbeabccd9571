import { getFormatter } from "next-intl/server";
import { GENEVA_TIME_ZONE } from "@/lib/core/geneva";

/** The three ways a visit page writes a date: a calendar day, a moment, and a moment in Geneva time. */
export async function visitFormats() {
  const format = await getFormatter();
  return {
    day: (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" }),
    moment: (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }),
    geneva: (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: GENEVA_TIME_ZONE }),
  };
}
