import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { TITLE_FIELDS } from "../i18n/localized";

/** The holder's current mandates and the state of their communications. */
export async function getHolderDashboard({ actor }: { actor: Actor }) {
  assertCan(actor, "workspace:mandate-holder");
  const mine = { mandateId: { in: [...actor.mandateIds] } };
  const [mandates, drafts, invitations, sent] = await Promise.all([
    prisma.mandate.findMany({
      where: { id: { in: [...actor.mandateIds] } },
      orderBy: { titleEn: "asc" },
      select: { id: true, slug: true, ...TITLE_FIELDS },
    }),
    prisma.communication.count({
      where: { status: { in: ["DRAFT", "RETURNED"] }, mandates: { some: { ...mine, status: "LEAD" } } },
    }),
    prisma.communication.count({
      where: { status: { in: ["DRAFT", "IN_REVIEW"] }, mandates: { some: { ...mine, status: "INVITED" } } },
    }),
    prisma.communication.count({
      where: { status: "SENT", mandates: { some: { ...mine, status: { in: ["LEAD", "SIGNED"] } } } },
    }),
  ]);
  return { mandates, drafts, invitations, sent };
}
