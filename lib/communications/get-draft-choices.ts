import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { findThemeChoices } from "../themes/find-theme-choices";

/** What the drafting form offers: the holder's mandates, addressees (other actors first — R6), themes, co-signers. */
export async function getDraftChoices({ actor }: { actor: Actor }) {
  assertCan(actor, "communication:draft");
  const [ownMandates, mandates, states, otherActors, themes] = await Promise.all([
    prisma.mandate.findMany({
      where: { id: { in: [...actor.mandateIds] } },
      orderBy: { titleEn: "asc" },
      select: { id: true, titleEn: true, titleFr: true, titleEs: true, titleAr: true, titleZh: true, titleRu: true },
    }),
    prisma.mandate.findMany({
      where: { active: true },
      orderBy: { titleEn: "asc" },
      select: { id: true, titleEn: true, titleFr: true, titleEs: true, titleAr: true, titleZh: true, titleRu: true },
    }),
    prisma.state.findMany({
      orderBy: { nameEn: "asc" },
      select: { id: true, nameEn: true, nameFr: true, nameEs: true, nameAr: true, nameZh: true, nameRu: true },
    }),
    prisma.otherActor.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    findThemeChoices(),
  ]);
  return { ownMandates, mandates, states, otherActors, themes };
}
