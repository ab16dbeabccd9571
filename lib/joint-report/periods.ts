// The periods of the joint communications report of the Special Procedures, one report for each of
// the Council's three regular sessions (OHCHR practice: A/HRC/27/72, A/HRC/29/50, A/HRC/40/79).
// R7 counts a communication as outstanding from one report to the next, and R16 shows follow-up
// letters in the next report, so both rest on these windows. Windows are whole Geneva calendar
// days: each starts at midnight in Geneva (lib/core/geneva.ts) on the 1st of a month and ends (exclusive) at the
// next window's start, so the windows of successive reports tile time without gap or overlap.
import { genevaInstant, inGeneva } from "../core/geneva";

export type Session = "MARCH" | "JUNE" | "SEPTEMBER";

export type ReportPeriod = {
  /** The session's year and month, e.g. "2027-03". */
  id: string;
  session: Session;
  year: number;
  sentFrom: Date;
  /** Exclusive: the first instant after the window. */
  sentTo: Date;
  repliesFrom: Date;
  /** Exclusive: the first instant after the window. */
  repliesTo: Date;
};

const SESSION_MONTH: Record<Session, number> = { MARCH: 3, JUNE: 6, SEPTEMBER: 9 };
const SESSIONS: readonly Session[] = ["MARCH", "JUNE", "SEPTEMBER"];
const ID = /^(\d{4})-(03|06|09)$/;

/** Midnight in Geneva on the 1st of a month counted as year × 12 + month index (0 = January). */
function genevaMonthStart(monthIndex: number): Date {
  const year = Math.floor(monthIndex / 12);
  return genevaInstant(year, monthIndex - year * 12, 1);
}

/** The session held `step` sessions after (or before, when negative) the given one. */
function shift(session: Session, year: number, step: number): { session: Session; year: number } {
  const n = year * 3 + SESSIONS.indexOf(session) + step;
  const y = Math.floor(n / 3);
  return { session: SESSIONS[n - y * 3]!, year: y };
}

/**
 * Sent: from the previous report's end to three months before the session (1 Dec, 1 Mar, 1 Jun),
 * so the March report covers June–November and the other two three months each. Replies: the same
 * shape two months later (to 1 Feb, 1 May, 1 Aug), giving addressees the reply period of R5.
 */
function build(session: Session, year: number): ReportPeriod {
  const previous = shift(session, year, -1);
  const sessionIndex = (s: Session, y: number) => y * 12 + SESSION_MONTH[s] - 1;
  const here = sessionIndex(session, year);
  const before = sessionIndex(previous.session, previous.year);
  const month = String(SESSION_MONTH[session]).padStart(2, "0");
  return {
    id: `${year}-${month}`,
    session,
    year,
    sentFrom: genevaMonthStart(before - 3),
    sentTo: genevaMonthStart(here - 3),
    repliesFrom: genevaMonthStart(before - 1),
    repliesTo: genevaMonthStart(here - 1),
  };
}

/** The period of a report by its id ("2027-03"); null for anything else. */
export function periodById(id: string): ReportPeriod | null {
  const m = ID.exec(id);
  if (!m) return null;
  const month = Number(m[2]);
  const session = SESSIONS.find((s) => SESSION_MONTH[s] === month)!;
  return build(session, Number(m[1]));
}

/** The report that will list a communication sent at this instant (its Geneva calendar day counts). */
export function periodContaining(sentAt: Date): ReportPeriod {
  const geneva = inGeneva(sentAt);
  const year = geneva.getFullYear();
  const month = geneva.getMonth() + 1;
  if (month >= 3 && month <= 5) return build("SEPTEMBER", year);
  if (month >= 6 && month <= 11) return build("MARCH", year + 1);
  return build("JUNE", month === 12 ? year + 1 : year);
}

/** The report being compiled now: the one whose sent window contains `now`. */
export function currentPeriod(now: Date): ReportPeriod {
  return periodContaining(now);
}

export function previousPeriod(p: ReportPeriod): ReportPeriod {
  const s = shift(p.session, p.year, -1);
  return build(s.session, s.year);
}

export function nextPeriod(p: ReportPeriod): ReportPeriod {
  const s = shift(p.session, p.year, 1);
  return build(s.session, s.year);
}

/** The current period and the n − 1 before it, newest first. */
export function recentPeriods(now: Date, n: number): ReportPeriod[] {
  const out: ReportPeriod[] = [];
  for (let p = currentPeriod(now); out.length < n; p = previousPeriod(p)) out.push(p);
  return out;
}
