import "server-only";
import { prisma } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { ReportPeriod } from "./periods";
import { NAME_FIELDS } from "../i18n/localized";

/**
 * R7: the communications outstanding at a report — sent before its sent window opened and with no
 * reply received by the end of its replies window — counted per addressee State, most first, with
 * the date of the oldest; letters to other actors (businesses, armed groups…) are one count.
 * Three queries whatever the number of letters: the grouped counts, the States' names, the others.
 * `scope` is the caller's communicationScopeFor(actor), already authorised.
 */
export async function findOutstanding({ period, scope }: { period: ReportPeriod; scope: Prisma.CommunicationWhereInput }) {
  const outstanding: Prisma.CommunicationWhereInput = {
    AND: [scope, { status: "SENT", sentAt: { lt: period.sentFrom }, replies: { none: { receivedAt: { lt: period.repliesTo } } } }],
  };
  const [groups, otherActors] = await Promise.all([
    prisma.communication.groupBy({
      by: ["addresseeStateId"],
      where: { AND: [outstanding, { addresseeKind: "STATE", addresseeStateId: { not: null } }] },
      _count: { _all: true },
      _min: { sentAt: true },
    }),
    prisma.communication.count({ where: { AND: [outstanding, { addresseeKind: "OTHER_ACTOR" }] } }),
  ]);
  const stateIds = groups.flatMap((g) => (g.addresseeStateId ? [g.addresseeStateId] : []));
  const states = stateIds.length
    ? await prisma.state.findMany({
        where: { id: { in: stateIds } },
        select: { id: true, iso3: true, ...NAME_FIELDS },
      })
    : [];
  const byId = new Map(states.map((s) => [s.id, s]));
  const perState = groups
    .flatMap((g) => {
      const state = g.addresseeStateId ? byId.get(g.addresseeStateId) : undefined;
      return state && g._min.sentAt ? [{ state, count: g._count._all, oldestSentAt: g._min.sentAt }] : [];
    })
    .sort((a, b) => b.count - a.count || a.state.nameEn.localeCompare(b.state.nameEn));
  return { perState, otherActors, total: perState.reduce((n, s) => n + s.count, 0) + otherActors };
}
