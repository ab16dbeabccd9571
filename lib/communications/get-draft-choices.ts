import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { findThemeChoices } from "../themes/find-theme-choices";
import { NAME_FIELDS, TITLE_FIELDS } from "../i18n/localized";

/** What the drafting form offers: the holder's mandates, addressees (other actors first — R6), themes, co-signers. */
export async function getDraftChoices({ actor }: { actor: Actor }) {
  assertCan(actor, "communication:draft");
  const [ownMandates, mandates, states, otherActors, themes] = await Promise.all([
    prisma.mandate.findMany({
      where: { id: { in: [...actor.mandateIds] } },
      orderBy: { titleEn: "asc" },
      select: { id: true, ...TITLE_FIELDS },
    }),
    prisma.mandate.findMany({
      where: { active: true },
      orderBy: { titleEn: "asc" },
      select: { id: true, ...TITLE_FIELDS },
    }),
    prisma.state.findMany({
      orderBy: { nameEn: "asc" },
      select: { id: true, ...NAME_FIELDS },
    }),
    prisma.otherActor.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    findThemeChoices(),
  ]);
  return { ownMandates, mandates, states, otherActors, themes };
}
