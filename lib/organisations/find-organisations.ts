import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { organisationSelect } from "./selects";

const LIST_SIZE = 50;

/**
 * The secretariat's queue of organisation accounts (issue 17, item 3): registrations waiting for its
 * decision, oldest confirmation first; those still waiting for their contact to confirm the address;
 * and the latest decisions.
 */
export async function findOrganisations({ actor }: { actor: Actor }) {
  assertCan(actor, "organisation:decide");
  const select = { ...organisationSelect, _count: { select: { members: true } } } as const;
  const [awaitingDecision, awaitingConfirmation, decided] = await Promise.all([
    prisma.organisation.findMany({
      where: { status: "PENDING", emailConfirmedAt: { not: null } },
      orderBy: [{ emailConfirmedAt: "asc" }, { id: "asc" }],
      select,
    }),
    prisma.organisation.findMany({
      where: { status: "PENDING", emailConfirmedAt: null },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: LIST_SIZE,
      select,
    }),
    prisma.organisation.findMany({
      where: { status: { in: ["APPROVED", "REFUSED"] } },
      orderBy: [{ decidedAt: "desc" }, { id: "asc" }],
      take: LIST_SIZE,
      select,
    }),
  ]);
  return { awaitingDecision, awaitingConfirmation, decided };
}
