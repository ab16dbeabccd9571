import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan, can } from "../auth/policy";
import { SIGNATORY } from "./scope";
import { NAME_FIELDS } from "../i18n/localized";

/** Choices of the case form: States, and for a mandate holder the sent letters its mandates signed. */
export async function reprisalFormChoices({ actor }: { actor: Actor }) {
  if (!can(actor, "reprisal:manage")) assertCan(actor, "reprisal:submit");
  const [states, communications] = await Promise.all([
    prisma.state.findMany({
      orderBy: { nameEn: "asc" },
      select: { id: true, iso3: true, ...NAME_FIELDS },
    }),
    actor.role === "MANDATE_HOLDER"
      ? prisma.communication.findMany({
          where: { status: "SENT", mandates: { some: { ...SIGNATORY, mandateId: { in: [...actor.mandateIds] } } } },
          orderBy: [{ concernsReprisals: "desc" }, { sentAt: "desc" }],
          take: 200,
          select: { reference: true, subject: true, concernsReprisals: true },
        })
      : Promise.resolve([]),
  ]);
  return { states, communications };
}
