/** A calendar date as stored (@db.Date, midnight UTC), formatted without moving it to another day. */
export const CALENDAR_DATE = { dateStyle: "medium", timeZone: "UTC" } as const;
