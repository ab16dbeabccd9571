// Vacancies computed from mandate tenures (issue 18, item 5; rule CC1 in docs/rules.md). A holder
// serves at most six years (Human Rights Council resolution 5/1): a tenure without an end date ends
// six years after it began. The Council appoints the successor at its last regular session that
// opens before the term ends; the secretariat may record another session.

/** The longest term of a mandate holder, in years (resolution 5/1). */
export const TERM_LIMIT_YEARS = 6;
/** How far ahead an upcoming vacancy is shown, in months. */
export const VACANCY_HORIZON_MONTHS = 18;
/** A later tenure begun up to this many days before a term ends is its successor (appointed early). */
const SUCCESSOR_WINDOW_DAYS = 365;
const DAY = 86_400_000;

/** The Council's three regular sessions of a year open in these months (0-based: March, June, September). */
export const SESSION_OPENING_MONTHS = [2, 5, 8] as const;
/** HRC 55 opened in February–March 2024: sessions are numbered three a year from there. */
const REFERENCE_YEAR = 2024;
const REFERENCE_SESSION = 55;

export type TenureFacts = {
  id: string;
  mandateId: string;
  mandateHolderId: string;
  startDate: Date;
  endDate: Date | null;
};

export type ComputedVacancy = {
  tenureId: string;
  mandateId: string;
  mandateHolderId: string;
  termEnds: Date;
  status: "CURRENT" | "UPCOMING";
  /** The session expected to appoint the successor (before the secretariat records one). */
  expectedSession: { number: number; opens: Date };
};

/** The last day of a tenure: its end date, or the day before its sixth anniversary. */
export function termEndOf(t: { startDate: Date; endDate: Date | null }): Date {
  if (t.endDate) return t.endDate;
  const s = t.startDate;
  return new Date(Date.UTC(s.getUTCFullYear() + TERM_LIMIT_YEARS, s.getUTCMonth(), s.getUTCDate()) - DAY);
}

/** A regular session's number and the first day of its opening month (UTC calendar date). */
export function sessionAt(year: number, index: 0 | 1 | 2): { number: number; opens: Date } {
  return {
    number: REFERENCE_SESSION + (year - REFERENCE_YEAR) * 3 + index,
    opens: new Date(Date.UTC(year, SESSION_OPENING_MONTHS[index], 1)),
  };
}

/** The last regular session that opens before `termEnds`: the one expected to appoint the successor. */
export function appointingSession(termEnds: Date): { number: number; opens: Date } {
  for (let year = termEnds.getUTCFullYear(); ; year--) {
    for (const index of [2, 1, 0] as const) {
      const session = sessionAt(year, index);
      if (session.opens < termEnds) return session;
    }
  }
}

function addMonths(at: Date, months: number): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + months, at.getUTCDate()));
}

/**
 * The vacancies of the given tenures at `now`: per mandate, each tenure's end is matched to the
 * earliest later tenure not already matched (its successor, or the same holder's renewal). A term
 * that ended with no successor is a CURRENT vacancy; a term ending within the horizon with none is
 * UPCOMING. Pass the tenures of active mandates only.
 */
export function computeVacancies(tenures: readonly TenureFacts[], now: Date): ComputedVacancy[] {
  const horizon = addMonths(now, VACANCY_HORIZON_MONTHS);
  const byMandate = new Map<string, TenureFacts[]>();
  for (const t of tenures) byMandate.set(t.mandateId, [...(byMandate.get(t.mandateId) ?? []), t]);
  const out: ComputedVacancy[] = [];
  for (const group of byMandate.values()) {
    const ending = group.map((t) => ({ t, termEnds: termEndOf(t) })).sort((a, b) => a.termEnds.getTime() - b.termEnds.getTime());
    const candidates = [...group].sort((a, b) => a.startDate.getTime() - b.startDate.getTime() || a.id.localeCompare(b.id));
    const used = new Set<string>();
    for (const { t, termEnds } of ending) {
      const successor = candidates.find(
        (s) =>
          s.id !== t.id &&
          !used.has(s.id) &&
          s.startDate > t.startDate &&
          s.startDate.getTime() >= termEnds.getTime() - SUCCESSOR_WINDOW_DAYS * DAY,
      );
      if (successor) {
        used.add(successor.id);
        continue;
      }
      if (termEnds > horizon) continue;
      out.push({
        tenureId: t.id,
        mandateId: t.mandateId,
        mandateHolderId: t.mandateHolderId,
        termEnds,
        // The last day is still served: vacant from the day after.
        status: termEnds.getTime() + DAY <= now.getTime() ? "CURRENT" : "UPCOMING",
        expectedSession: appointingSession(termEnds),
      });
    }
  }
  return out.sort((a, b) => a.termEnds.getTime() - b.termEnds.getTime() || a.tenureId.localeCompare(b.tenureId));
}
