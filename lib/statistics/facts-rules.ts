// "Facts and figures" (issue 18, item 2): the pure rules — which years may be asked for, how a year
// compares with the one before, and where the records behind each figure are listed. No database.
import { genevaYear } from "../core/geneva";
import { STANDING_INVITATION_REVIEW_YEARS } from "../visits/effectiveness";
import type { RegionalGroup } from "../generated/prisma/enums";

/** The five regional groups of the United Nations, in the order the Council lists them. */
export const REGIONAL_GROUPS = [
  "AFRICAN",
  "ASIA_PACIFIC",
  "EASTERN_EUROPEAN",
  "LATIN_AMERICAN_CARIBBEAN",
  "WESTERN_EUROPEAN_OTHERS",
] as const satisfies readonly RegionalGroup[];

/** The first year a page may be asked for (the public search's own lower bound). */
export const FACTS_FIRST_YEAR = 1990;

/**
 * A standing invitation is "effective" at the end of a year when the State received at least one
 * visit (carried out) in that year or the years just before it: the same window as the yearly review
 * of standing invitations (R10, lib/visits/effectiveness.ts), so the two never disagree on its length.
 */
export const EFFECTIVE_WINDOW_YEARS = STANDING_INVITATION_REVIEW_YEARS;

/** The last Geneva calendar year that has ended: the year the page shows by default. */
export function latestCompleteYear(now: Date): number {
  return genevaYear(now) - 1;
}

/** A year from a URL ("2025"), or null when it is not one the page shows: not four digits, before 1990 or not yet ended. */
export function parseFactsYear(raw: string | undefined | null, now: Date): number | null {
  if (!raw || !/^\d{4}$/.test(raw)) return null;
  const year = Number(raw);
  return year >= FACTS_FIRST_YEAR && year <= latestCompleteYear(now) ? year : null;
}

/** The change from the year before: a difference of counts, or of rates in percentage points; null when either is unknown. */
export function change(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null;
  return current - previous;
}

/** A bar's length in percent of the longest one (0 when there is nothing to draw). */
export function barPercent(value: number, max: number): number {
  if (!Number.isFinite(value) || !Number.isFinite(max) || max <= 0 || value <= 0) return 0;
  return Math.min(100, (value / max) * 100);
}

// Where each figure's records are listed. The public communications search, the public visits
// database, the register of standing invitations, the public reprisals register and the calls for
// input take these filters in their query strings; a figure links to the list of what it counts.
const query = (params: Record<string, string | undefined>) =>
  new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined)).toString();

export const factsLinks = {
  communications: (year: number, f: { type?: string; state?: string; mandate?: string; reply?: "replied" } = {}) =>
    `/communications?${query({ year: String(year), type: f.type, addressee: f.state ? `state:${f.state}` : undefined, mandate: f.mandate, reply: f.reply })}`,
  visitReport: (year: number) => `/visits/report?${query({ year: String(year) })}`,
  visits: (year: number, status?: string) => `/visits?${query({ year: String(year), status })}`,
  standingInvitations: () => "/standing-invitations",
  state: (iso3: string) => `/states/${iso3}`,
  reprisals: (year: number, state?: string) => `/reprisals?${query({ year: String(year), state })}`,
  calls: (year: number) => `/calls-for-input?${query({ deadlineAfter: `${year}-01-01`, deadlineBefore: `${year}-12-31` })}`,
  call: (id: string) => `/calls-for-input/${id}`,
};
