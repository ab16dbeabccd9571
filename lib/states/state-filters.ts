import { z } from "zod";

// R20: the filters of the public list of States, from the query string (`?neverVisited=1&…`), each
// combinable with the others. Anything but "1" (or "on", what a ticked box sends) is off, so an odd
// query string shows the whole list rather than an error.
const flag = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().optional()).transform((v) => v === "1" || v === "on");

export const stateFiltersSchema = z.object({
  /** A Member State never visited by the end of the last day that has ended (./never-visited.ts). */
  neverVisited: flag,
  /** No standing invitation in force today (R10's register: extended and not withdrawn). */
  noStandingInvitation: flag,
  /** Flagged for persistent non-cooperation (R7). */
  nonCooperation: flag,
});
export type StateFilters = z.infer<typeof stateFiltersSchema>;
export const STATE_FILTER_KEYS = [
  "neverVisited",
  "noStandingInvitation",
  "nonCooperation",
] as const satisfies readonly (keyof StateFilters)[];

export function parseStateFilters(query: Record<string, string | string[] | undefined>): StateFilters {
  return stateFiltersSchema.parse({
    neverVisited: query.neverVisited,
    noStandingInvitation: query.noStandingInvitation,
    nonCooperation: query.nonCooperation,
  });
}

/** The query string of a set of filters, only those that are on ("" when none is). */
export function stateFiltersQuery(filters: StateFilters): string {
  const on = STATE_FILTER_KEYS.filter((k) => filters[k]);
  return on.length ? `?${on.map((k) => `${k}=1`).join("&")}` : "";
}
