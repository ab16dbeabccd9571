// "Facts and figures" as one list of rows — each figure of the year beside the year before, with the
// link to the records it counts — from which the page's tables, the CSV and the PDF are all written,
// so the three never disagree. Pure.
import type { FactsAndFigures, YearFigures } from "./get-facts-and-figures";
import { COMMUNICATION_TYPES } from "./cooperation";
import { factsLinks, REGIONAL_GROUPS } from "./facts-rules";

export const FACT_SECTIONS = [
  "communications",
  "visits",
  "standingInvitations",
  "neverVisited",
  "reprisals",
  "calls",
  "caseSubmissions",
] as const;
export type FactSection = (typeof FACT_SECTIONS)[number];

/** count: a number of records; share: a rate in [0, 1]; days: a median number of days. */
export type FactUnit = "count" | "share" | "days";

/** What a row is about when it is one of several (a type, a State, a mandate, a regional group). */
export type FactSubject =
  | { kind: "type"; code: string }
  | { kind: "state"; code: string; names: Record<"nameEn" | "nameFr" | "nameEs" | "nameAr" | "nameZh" | "nameRu", string> }
  | { kind: "mandate"; code: string; names: Record<"titleEn" | "titleFr" | "titleEs" | "titleAr" | "titleZh" | "titleRu", string> }
  | { kind: "region"; code: string };

export type FactRow = {
  section: FactSection;
  /** Stable machine name (the CSV's `figure` column and the catalog key of its label). */
  figure: string;
  subject?: FactSubject;
  unit: FactUnit;
  current: number | null;
  previous: number | null;
  /** The public list of the records the figure counts (for the year shown); null when they are not public. */
  href: string | null;
  /** What a share is over, each year: a reply rate counts the letters whose reply period has ended (R18). */
  base?: { current: number; previous: number };
};

type Pick2<T> = (y: YearFigures) => T;

export function factRows(f: FactsAndFigures): FactRow[] {
  const { year, current, previous } = f;
  const rows: FactRow[] = [];
  const both = (pick: Pick2<number | null>) => ({ current: pick(current), previous: pick(previous) });
  const add = (
    section: FactSection,
    figure: string,
    unit: FactUnit,
    pick: Pick2<number | null>,
    href: string | null,
    subject?: FactSubject,
    base?: Pick2<number>,
  ) =>
    rows.push({
      section,
      figure,
      unit,
      ...both(pick),
      href,
      ...(subject ? { subject } : {}),
      ...(base ? { base: { current: base(current), previous: base(previous) } } : {}),
    });

  // Communications (R5: published letters sent in the year).
  const links = factsLinks;
  add("communications", "sent", "count", (y) => y.communications.sent, links.communications(year));
  for (const type of COMMUNICATION_TYPES)
    add("communications", "sentByType", "count", (y) => y.communications.byType[type].sent, links.communications(year, { type }), {
      kind: "type",
      code: type,
    });
  add("communications", "replied", "count", (y) => y.communications.replied, links.communications(year, { reply: "replied" }));
  // The rates count only the letters whose reply period has ended (R18); their number is a figure of its own.
  const ended: Pick2<number> = (y) => y.communications.periodEnded;
  add("communications", "replyPeriodEnded", "count", ended, null);
  for (const type of COMMUNICATION_TYPES)
    add("communications", "replyPeriodEndedByType", "count", (y) => y.communications.byType[type].periodEnded, null, {
      kind: "type",
      code: type,
    });
  add(
    "communications",
    "replyRate",
    "share",
    (y) => y.communications.replyRate,
    links.communications(year, { reply: "replied" }),
    undefined,
    ended,
  );
  for (const type of COMMUNICATION_TYPES)
    add(
      "communications",
      "replyRateByType",
      "share",
      (y) => y.communications.byType[type].replyRate,
      links.communications(year, { type, reply: "replied" }),
      { kind: "type", code: type },
      (y) => y.communications.byType[type].periodEnded,
    );
  add("communications", "repliedInTime", "count", (y) => y.communications.repliedInTime, null);
  add("communications", "inTimeRate", "share", (y) => y.communications.inTimeRate, null, undefined, ended);
  add("communications", "medianDaysToReply", "days", (y) => y.communications.medianDaysToReply, null);
  for (const s of mergeByCode(current.communications.byState, previous.communications.byState, (s) => s.iso3)) {
    const { iso3, nameEn, nameFr, nameEs, nameAr, nameZh, nameRu } = s.ref;
    add(
      "communications",
      "sentToState",
      "count",
      (y) => find(y.communications.byState, iso3, (x) => x.iso3)?.sent ?? 0,
      links.communications(year, { state: iso3 }),
      {
        kind: "state",
        code: iso3,
        names: { nameEn, nameFr, nameEs, nameAr, nameZh, nameRu },
      },
    );
  }
  add("communications", "sentToOtherActors", "count", (y) => y.communications.toOtherActors, null);
  for (const m of mergeByCode(current.communications.byMandate, previous.communications.byMandate, (m) => m.slug)) {
    const { slug, titleEn, titleFr, titleEs, titleAr, titleZh, titleRu } = m.ref;
    add(
      "communications",
      "sentByMandate",
      "count",
      (y) => find(y.communications.byMandate, slug, (x) => x.slug)?.sent ?? 0,
      links.communications(year, { mandate: slug }),
      {
        kind: "mandate",
        code: slug,
        names: { titleEn, titleFr, titleEs, titleAr, titleZh, titleRu },
      },
    );
  }

  // Country visits (R9).
  add("visits", "requested", "count", (y) => y.visits.requested, links.visitReport(year));
  add("visits", "statesAsked", "count", (y) => y.visits.statesAsked, links.visitReport(year));
  add("visits", "accepted", "count", (y) => y.visits.accepted, links.visitReport(year));
  add("visits", "postponed", "count", (y) => y.visits.postponed, links.visitReport(year));
  add("visits", "declined", "count", (y) => y.visits.declined, links.visitReport(year));
  add("visits", "statesNotAnswering", "count", (y) => y.visits.statesNotAnswering, links.visitReport(year));
  add("visits", "carriedOut", "count", (y) => y.visits.carriedOut, links.visits(year, "COMPLETED"));
  add("visits", "statesVisited", "count", (y) => y.visits.statesVisited, links.visits(year, "COMPLETED"));

  // Standing invitations (R10).
  const si = links.standingInvitations();
  add("standingInvitations", "extended", "count", (y) => y.standingInvitations.extended, si);
  add("standingInvitations", "withdrawn", "count", (y) => y.standingInvitations.withdrawn, si);
  add("standingInvitations", "inForce", "count", (y) => y.standingInvitations.inForce, si);
  add("standingInvitations", "effective", "count", (y) => y.standingInvitations.effective, si);

  // Member States never visited, at the end of each year.
  add("neverVisited", "neverVisited", "count", (y) => y.neverVisited.length, null);
  rows.push({ section: "neverVisited", figure: "firstVisited", unit: "count", current: f.firstVisited.length, previous: null, href: null });

  // Reprisals: the public register (R8).
  add("reprisals", "publicEntries", "count", (y) => y.reprisals.total, links.reprisals(year));
  for (const region of REGIONAL_GROUPS)
    add("reprisals", "publicEntriesByRegion", "count", (y) => y.reprisals.byRegion[region], null, { kind: "region", code: region });
  for (const s of mergeByCode(current.reprisals.byState, previous.reprisals.byState, (s) => s.iso3)) {
    const { iso3, nameEn, nameFr, nameEs, nameAr, nameZh, nameRu } = s.ref;
    add(
      "reprisals",
      "publicEntriesByState",
      "count",
      (y) => find(y.reprisals.byState, iso3, (x) => x.iso3)?.count ?? 0,
      links.reprisals(year, iso3),
      {
        kind: "state",
        code: iso3,
        names: { nameEn, nameFr, nameEs, nameAr, nameZh, nameRu },
      },
    );
  }

  // Calls for input (R12) and the answers to them.
  add("calls", "issued", "count", (y) => y.calls.issued, links.calls(year));
  add("calls", "answers", "count", (y) => y.calls.answers, links.calls(year));
  add("calls", "answersFromStates", "count", (y) => y.calls.answersFromStates, links.calls(year));
  add("calls", "answersFromOthers", "count", (y) => y.calls.answersFromOthers, links.calls(year));

  // Case submissions: counted, never listed (what a source sends is confidential).
  add("caseSubmissions", "received", "count", (y) => y.caseSubmissions.received, null);
  add("caseSubmissions", "urgent", "count", (y) => y.caseSubmissions.urgent, null);
  return rows;
}

function find<T>(list: readonly T[], code: string, key: (t: T) => string): T | undefined {
  return list.find((x) => key(x) === code);
}

/** The subjects of this year's list, then those only last year had (so a State that dropped to zero still shows). */
function mergeByCode<T>(current: readonly T[], previous: readonly T[], key: (t: T) => string): { ref: T }[] {
  const seen = new Set(current.map(key));
  return [...current, ...previous.filter((p) => !seen.has(key(p)))].map((ref) => ({ ref }));
}
