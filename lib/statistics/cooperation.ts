// Pure helpers of the State cooperation profile (R18) and the mandate page: no database, no Next.js.

export const COMMUNICATION_TYPES = ["AL", "UA", "OL"] as const;
export type CommunicationTypeCode = (typeof COMMUNICATION_TYPES)[number];

/** One row of the SQL aggregate: published communications of one year and type. */
export type YearTypeCount = { year: number; type: CommunicationTypeCode; received: number; replied: number; repliedInTime: number };

/** One year of the profile, every type present (zero when none). */
export type YearBucket = {
  year: number;
  AL: number;
  UA: number;
  OL: number;
  received: number;
  replied: number;
  repliedInTime: number;
  /** replied / received, null when nothing was received that year. */
  replyRate: number | null;
};

/** A share in [0, 1], or null when there is nothing to divide (a 0 % rate and "no letters" differ). */
export function rate(part: number, whole: number): number | null {
  if (!Number.isFinite(part) || !Number.isFinite(whole) || whole <= 0) return null;
  return Math.min(1, Math.max(0, part / whole));
}

/** Reply counts of a group of published letters: every letter sent, and those whose reply period has ended (R18). */
export type ReplyCounts = { sent: number; replied: number; periodEnded: number; repliedOfEnded: number; repliedInTime: number };
export type ReplyFigures = ReplyCounts & { replyRate: number | null; inTimeRate: number | null };

/**
 * The rates of a group of letters, over the letters whose reply period has ended (R18's rule): a
 * letter still in its period, published early with its reply, is in `sent` and `replied` (the
 * public lists show it) but not yet in the rates.
 */
export function replyFigures({ sent, replied, periodEnded, repliedOfEnded, repliedInTime }: ReplyCounts): ReplyFigures {
  return {
    sent,
    replied,
    periodEnded,
    repliedOfEnded,
    repliedInTime,
    replyRate: rate(repliedOfEnded, periodEnded),
    inTimeRate: rate(repliedInTime, periodEnded),
  };
}

/**
 * A median number of days as shown: one decimal, null when there is none. PostgreSQL's
 * percentile_cont returns a double (or null for no rows); the driver may hand it over as a string.
 */
export function medianDays(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === "") return null;
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(n)) return null;
  return Math.round(n * 10) / 10;
}

/** Every year from `from` to `to` inclusive (empty if from > to). */
export function yearRange(from: number, to: number): number[] {
  const years: number[] = [];
  for (let y = from; y <= to; y++) years.push(y);
  return years;
}

/**
 * Year buckets for the tables and charts, from the first year with data (or `from` if earlier) to `to`,
 * missing years and types filled with zeros, so a year without letters shows as 0 rather than vanishing.
 * Rows past `to` still extend the range (nothing is dropped).
 */
export function bucketByYear(rows: readonly YearTypeCount[], opts: { from?: number; to: number }): YearBucket[] {
  const dataYears = rows.map((r) => r.year);
  const first = Math.min(opts.from ?? Infinity, ...dataYears);
  const last = Math.max(opts.to, ...dataYears);
  if (!Number.isFinite(first)) return [];
  const buckets = new Map<number, YearBucket>(
    yearRange(first, last).map((year) => [year, { year, AL: 0, UA: 0, OL: 0, received: 0, replied: 0, repliedInTime: 0, replyRate: null }]),
  );
  for (const r of rows) {
    const b = buckets.get(r.year)!;
    b[r.type] += r.received;
    b.received += r.received;
    b.replied += r.replied;
    b.repliedInTime += r.repliedInTime;
  }
  for (const b of buckets.values()) b.replyRate = rate(b.replied, b.received);
  return [...buckets.values()];
}

/** Totals over all years, by type and overall. */
export function totals(buckets: readonly YearBucket[]) {
  const sum = (pick: (b: YearBucket) => number) => buckets.reduce((acc, b) => acc + pick(b), 0);
  const received = sum((b) => b.received);
  const replied = sum((b) => b.replied);
  const repliedInTime = sum((b) => b.repliedInTime);
  return {
    byType: { AL: sum((b) => b.AL), UA: sum((b) => b.UA), OL: sum((b) => b.OL) },
    received,
    replied,
    repliedInTime,
    replyRate: rate(replied, received),
    inTimeRate: rate(repliedInTime, received),
  };
}

/** Counts by year (mandate page), missing years between the first and `to` filled with zeros. */
export function fillYearCounts(rows: readonly { year: number; count: number }[], to: number): { year: number; count: number }[] {
  if (rows.length === 0) return [];
  const byYear = new Map(rows.map((r) => [r.year, r.count]));
  const years = rows.map((r) => r.year);
  return yearRange(Math.min(...years), Math.max(to, ...years)).map((year) => ({ year, count: byYear.get(year) ?? 0 }));
}
