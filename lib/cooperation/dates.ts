import { AppError } from "../core/errors";
import { genevaCalendarDate } from "../core/geneva";

/** Dates are Geneva calendar days that have come: a request or an outcome is recorded, not planned. */
export function assertNotFuture(fields: Record<string, Date | null>, now: Date) {
  const today = genevaCalendarDate(now);
  const errors = Object.fromEntries(
    Object.entries(fields)
      .filter(([, d]) => d && d > today)
      .map(([k]) => [k, ["cooperation.dateInFuture"]]),
  );
  if (Object.keys(errors).length) throw new AppError("INVALID_INPUT", "Date in the future", errors);
}
