// Record-level rules of reports through the Council cycle (R19). Pure functions over the policy in
// policy.ts; lib/reports turns them into Prisma filters (scope.ts) and checks them before each change.
import type { Actor } from "./actor";
import { can, servesMandate } from "./policy";

/** The secretariat: keeps every report and sets sessions and due dates. */
export function schedulesReports(actor: Actor | null): boolean {
  return can(actor, "report:schedule");
}

/** A report is kept by the holder of its mandate (serving now) or by the secretariat. */
export function mayManageReport(actor: Actor | null, r: { mandateId: string }): boolean {
  if (!can(actor, "report:manage")) return false;
  return schedulesReports(actor) || servesMandate(actor, r.mandateId);
}
