/**
 * The Council's five regional groups, one member of the Consultative Group each. A module of its own,
 * without zod, so that the client form that lists them does not bring zod (and its eval probe, which
 * the Content-Security-Policy reports) into the browser.
 */
export const REGIONAL_GROUPS = [
  "AFRICAN",
  "ASIA_PACIFIC",
  "EASTERN_EUROPEAN",
  "LATIN_AMERICAN_CARIBBEAN",
  "WESTERN_EUROPEAN_OTHERS",
] as const;
export type RegionalGroup = (typeof REGIONAL_GROUPS)[number];
