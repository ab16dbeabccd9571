// Record-level rules of the Coordination Committee's space (issue 18, item 5).
import type { Actor } from "./actor";
import { can, servesMandate } from "./policy";

/**
 * Who declares external resources for a mandate: the secretariat for any mandate, a holder only for
 * a mandate it currently serves (CC2). Anyone else — another mandate's holder, a State, a visitor — no.
 */
export function mayDeclareExternalResource(actor: Actor | null, mandateId: string): boolean {
  if (can(actor, "committee:manage")) return true;
  return can(actor, "external-resource:declare") && servesMandate(actor, mandateId);
}
