// Record-level rules of case submissions (issue 17). Anyone may submit — a visitor without an account
// too; the secretariat triages and alone reads who the source is; a mandate holder reads the
// submissions assigned to a mandate it serves, and nothing else. States, the admin and the public
// never read a submission.
import type { Actor } from "./actor";
import { can } from "./policy";

/** A visitor without an account may submit; a signed-in actor needs case:submit. */
export function maySubmitCase(actor: Actor | null): boolean {
  return actor === null || can(actor, "case:submit");
}

export function mayTriageCase(actor: Actor | null): boolean {
  return can(actor, "case:triage");
}

/** The source's identity (name, organisation, contact, relation): the secretariat only. */
export function mayReadCaseSource(actor: Actor | null): boolean {
  return mayTriageCase(actor);
}

/** The mandates whose assigned submissions a holder reads: those it serves now (none for anyone else). */
export function caseReadingMandates(actor: Actor | null): readonly string[] {
  return actor?.role === "MANDATE_HOLDER" && can(actor, "case:view-assigned") ? actor.mandateIds : [];
}

/** Reading a submission and writing notes on it: the secretariat, or a holder of a mandate it is assigned to. */
export function mayReadCase(actor: Actor | null, c: { assignedMandateIds: readonly string[] }): boolean {
  if (mayTriageCase(actor)) return true;
  const mine = caseReadingMandates(actor);
  return c.assignedMandateIds.some((m) => mine.includes(m));
}
