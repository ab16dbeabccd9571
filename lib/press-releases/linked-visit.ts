import { VISIT_STATUSES } from "../visits/state-machine";
import { NAME_FIELDS } from "../i18n/localized";

/** What a press release view shows of its country visit: the visited State and the agreed dates. */
export const linkedVisitSelect = {
  id: true,
  startDate: true,
  endDate: true,
  visitRequest: {
    select: {
      id: true,
      status: true,
      state: { select: { ...NAME_FIELDS } },
    },
  },
} as const;

/**
 * R9: a visit's dates are on the public record while it is scheduled or took place (a postponed or
 * withdrawn one shows none) — the same rule as the public visits database (lib/visits).
 */
export function visitDatesArePublic(visitRequest: { status: string }): boolean {
  return (VISIT_STATUSES as readonly string[]).includes(visitRequest.status);
}
