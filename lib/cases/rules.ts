// The rules of case submissions (issue 17), as pure functions: the status a submission may move to,
// the status its source is shown, the mandates suggested for it, its receipt number, and what of it
// may go into a letter. Tested in rules.test.ts; the data functions of lib/cases/ apply them.
import { CASE_TOPICS, type CaseTopicSlug } from "./topics";

export const CASE_STATUSES = ["DRAFT", "RECEIVED", "UNDER_CONSIDERATION", "ACTED_UPON", "CLOSED"] as const;
export type CaseStatusValue = (typeof CASE_STATUSES)[number];

/** What may happen to a submission. */
export type CaseEvent =
  | "edit-draft" // the source changes its draft
  | "submit" // the source sends it
  | "add-update" // the source adds news, documents or an answer
  | "assign" // the secretariat assigns it to mandates
  | "ask" // the secretariat asks the source for more information
  | "open-draft" // the secretariat opens a draft communication from it
  | "mark-acted-upon" // the secretariat records that it was acted upon
  | "decline"
  | "merge" // it duplicates another submission, which carries on
  | "close";

const TRIAGE_OPEN: readonly CaseStatusValue[] = ["RECEIVED", "UNDER_CONSIDERATION"];

/**
 * The status a submission moves to on an event, or null when the event is not allowed in that status.
 * `status` is the effective status (effectiveStatus): a submission whose letter was dispatched is acted
 * upon even if nobody marked it.
 *
 * received → under consideration (assigned, asked, a letter opened) → acted upon (a letter opened from
 * it was dispatched, or the secretariat marks it) → closed (declined, merged into another, or closed).
 * A closed submission takes nothing more; one acted upon is no longer declined or merged, only closed.
 */
export function nextStatus(status: CaseStatusValue, event: CaseEvent): CaseStatusValue | null {
  switch (event) {
    case "edit-draft":
      return status === "DRAFT" ? "DRAFT" : null;
    case "submit":
      return status === "DRAFT" ? "RECEIVED" : null;
    case "add-update":
      return status === "DRAFT" || status === "CLOSED" ? null : status;
    case "assign":
    case "ask":
    case "open-draft":
      if (TRIAGE_OPEN.includes(status)) return "UNDER_CONSIDERATION";
      return status === "ACTED_UPON" ? "ACTED_UPON" : null;
    case "mark-acted-upon":
      return TRIAGE_OPEN.includes(status) ? "ACTED_UPON" : null;
    case "decline":
    case "merge":
      return TRIAGE_OPEN.includes(status) ? "CLOSED" : null;
    case "close":
      return status === "DRAFT" || status === "CLOSED" ? null : "CLOSED";
  }
}

/** The status that counts: one still open whose communication has been dispatched is acted upon. */
export function effectiveStatus(stored: CaseStatusValue, hasDispatchedCommunication: boolean): CaseStatusValue {
  return hasDispatchedCommunication && TRIAGE_OPEN.includes(stored) ? "ACTED_UPON" : stored;
}

/** The four statuses a source sees (a draft is its own, not yet sent). Nothing else of the triage. */
export const SUBMITTER_STATUSES = ["received", "under-consideration", "acted-upon", "closed"] as const;
export type SubmitterStatus = (typeof SUBMITTER_STATUSES)[number] | "draft";

export function submitterStatus(effective: CaseStatusValue): SubmitterStatus {
  const map: Record<CaseStatusValue, SubmitterStatus> = {
    DRAFT: "draft",
    RECEIVED: "received",
    UNDER_CONSIDERATION: "under-consideration",
    ACTED_UPON: "acted-upon",
    CLOSED: "closed",
  };
  return map[effective];
}

/**
 * Mandates suggested for a submission: those of its topics (lib/cases/topics.ts), then the country
 * mandates on the State concerned. Each once, in that order.
 */
export function suggestedMandateSlugs(topics: readonly string[], countryMandateSlugs: readonly string[] = []): string[] {
  const fromTopics = CASE_TOPICS.filter((t) => topics.includes(t.slug)).flatMap((t) => t.mandates);
  return [...new Set<string>([...fromTopics, ...countryMandateSlugs])];
}

/** The cross-cutting themes (R14) of a submission's topics, for a letter opened from it. */
export function themeSlugsOf(topics: readonly string[]): string[] {
  return [...new Set<string>(CASE_TOPICS.filter((t) => topics.includes(t.slug)).flatMap((t) => t.themes))];
}

/** "CASE-2026-00042": the receipt number a source is given when it sends its submission. */
export function formatReceipt(year: number, seq: number): string {
  return `CASE-${year}-${String(seq).padStart(5, "0")}`;
}

/** The parts of a submission its source may ask to keep confidential (beyond its own identity, always). */
export const CONFIDENTIAL_PARTS = ["victims", "location", "domesticRemedies", "documents"] as const;
export type ConfidentialPart = (typeof CONFIDENTIAL_PARTS)[number];

export type CaseForLetter = {
  title: string;
  affected: "ONE_PERSON" | "SEVERAL_PEOPLE" | "GROUP";
  affectedCount: number | null;
  victims: string;
  consentToName: boolean;
  whatHappened: string;
  location: string;
  occurredOn: Date | null;
  ongoing: boolean;
  domesticRemedies: string | null;
  otherActorName: string | null;
  confidentialParts: readonly string[];
  topics: readonly CaseTopicSlug[] | readonly string[];
};

const AFFECTED: Record<CaseForLetter["affected"], string> = {
  ONE_PERSON: "one person",
  SEVERAL_PEOPLE: "several people",
  GROUP: "a group or community",
};

/**
 * The prefilled text of a draft letter opened from a submission. The source is never named (it is
 * not even given to this function). The people affected are named in the confidential annex only,
 * unless they consented to be named and did not ask for confidentiality; the location and the
 * domestic remedies go to the annex when the source asked so. The secretariat and the holders edit
 * the draft before anything is sent.
 */
export function letterParts(c: CaseForLetter): { subject: string; summary: string; body: string; confidentialAnnex: string } {
  const secret = (part: ConfidentialPart) => c.confidentialParts.includes(part);
  const namesInAnnex = !c.consentToName || secret("victims");
  const count = c.affectedCount ? ` (${c.affectedCount})` : "";
  const when = c.occurredOn ? `on or around ${c.occurredOn.toISOString().slice(0, 10)}` : "on a date not given";
  const body: string[] = [
    `Information received concerns ${AFFECTED[c.affected]}${count}${namesInAnnex ? ", whose identity is given in the confidential annex" : ""}.`,
    "",
    "Allegations:",
    c.whatHappened,
    "",
    secret("location")
      ? `The events reportedly took place ${when}; the place is given in the confidential annex.`
      : `The events reportedly took place in ${c.location}, ${when}.`,
  ];
  if (c.ongoing) body.push("The situation is reported to be continuing.");
  if (c.otherActorName) body.push(`The actor reportedly responsible: ${c.otherActorName}.`);
  if (c.domesticRemedies && !secret("domesticRemedies")) body.push("", "Domestic remedies reportedly pursued:", c.domesticRemedies);
  const annex: string[] = [];
  if (namesInAnnex) annex.push("People affected:", c.victims);
  if (secret("location")) annex.push("", "Place:", c.location);
  if (c.domesticRemedies && secret("domesticRemedies")) annex.push("", "Domestic remedies pursued:", c.domesticRemedies);
  if (!namesInAnnex) body.splice(1, 0, "", "People affected:", c.victims);
  const summary = `Allegations concerning ${AFFECTED[c.affected]}: ${c.title}`.slice(0, 3000);
  return { subject: c.title.slice(0, 300), summary, body: body.join("\n"), confidentialAnnex: annex.join("\n").trim() };
}

/** The queue's age filter: submissions sent at least `days` days before `now`. */
export function sentBefore(days: number, now: Date): Date {
  return new Date(now.getTime() - days * 86_400_000);
}

export const AGE_FILTERS = [0, 7, 30, 90] as const;
