// R4: end-of-mission statements. The guideline length is 5,000–6,000 words: the portal warns outside
// it and never blocks. The statement is shared with the State before the debriefing, and nothing
// public — the statement, a linked press release, a civil-society debriefing — comes before the
// State's debriefing is recorded.

export const STATEMENT_GUIDELINE = { min: 5000, max: 6000 } as const;

/**
 * Words as a reader counts them: runs of letters or digits (with inner apostrophes, hyphens, dots or
 * commas, so "State's", "end-of-mission", "5,000" and "A/HRC/61/40" count once per run between
 * spaces). Markdown markup and punctuation alone are not words.
 */
export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}]+(?:['’\-.,/][\p{L}\p{N}]+)*/gu);
  return matches ? matches.length : 0;
}

export type GuidelineCheck = { words: number; within: boolean; tooShort: boolean; tooLong: boolean };

export function checkStatementLength(words: number): GuidelineCheck {
  const tooShort = words < STATEMENT_GUIDELINE.min;
  const tooLong = words > STATEMENT_GUIDELINE.max;
  return { words, within: !tooShort && !tooLong, tooShort, tooLong };
}

/** R4: before the State's debriefing is recorded, nothing about the visit may go public. */
export function debriefingRecorded(visit: { debriefingAt: Date | null }, now: Date): boolean {
  return visit.debriefingAt !== null && visit.debriefingAt.getTime() <= now.getTime();
}

export type StatementStep =
  { kind: "allowed" } | { kind: "no-statement" } | { kind: "not-shared" } | { kind: "no-debriefing" } | { kind: "already-done" };

/** R4: the statement goes to the State before the debriefing; not twice, and not once published. */
export function shareDecision(v: {
  hasStatement: boolean;
  statementSharedWithStateAt: Date | null;
  statementPublishedAt: Date | null;
}): StatementStep {
  if (!v.hasStatement) return { kind: "no-statement" };
  if (v.statementSharedWithStateAt || v.statementPublishedAt) return { kind: "already-done" };
  return { kind: "allowed" };
}

/** R4: a debriefing comes after the statement was shared with the State (when there is a statement). */
export function debriefingDecision(v: {
  hasStatement: boolean;
  statementSharedWithStateAt: Date | null;
  debriefingAt: Date | null;
}): StatementStep {
  if (v.debriefingAt) return { kind: "already-done" };
  if (v.hasStatement && !v.statementSharedWithStateAt) return { kind: "not-shared" };
  return { kind: "allowed" };
}

/** R4: publishing the statement needs a statement and the State's debriefing first. */
export function publishDecision(
  v: { hasStatement: boolean; debriefingAt: Date | null; statementPublishedAt: Date | null },
  now: Date,
): StatementStep {
  if (!v.hasStatement) return { kind: "no-statement" };
  if (v.statementPublishedAt) return { kind: "already-done" };
  if (!debriefingRecorded(v, now)) return { kind: "no-debriefing" };
  return { kind: "allowed" };
}

/** A statement may be edited until it is shared with the State: after that the State holds this text. */
export function statementEditable(v: { statementSharedWithStateAt: Date | null; statementPublishedAt: Date | null }): boolean {
  return v.statementSharedWithStateAt === null && v.statementPublishedAt === null;
}
