// R7: persistent non-cooperation. A State is flagged when, in each of the last `threshold` completed
// joint-report periods, it received communications and replied to none of them by the end of that
// report's replies window. Pure, so the rule is tested apart from the query that feeds it.
export type PeriodRecord = { periodId: string; received: number; replied: number };

/** `records` are one State's periods, newest first; a period without letters breaks the run. */
export function persistentNonCooperation(records: PeriodRecord[], threshold: number): boolean {
  if (threshold < 1 || records.length < threshold) return false;
  return records.slice(0, threshold).every((r) => r.received > 0 && r.replied === 0);
}

/** How many consecutive periods, newest first, the State left every letter unanswered. */
export function unansweredStreak(records: PeriodRecord[]): number {
  let n = 0;
  for (const r of records) {
    if (r.received > 0 && r.replied === 0) n += 1;
    else break;
  }
  return n;
}
