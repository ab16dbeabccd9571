import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { NAME_FIELDS } from "../i18n/localized";

/** Every State with its mission's mail language, for the secretariat's form (issue 15, item 3). */
export async function findMissionLanguages({ actor }: { actor: Actor }) {
  assertCan(actor, "mission:appoint-admin");
  return prisma.state.findMany({
    orderBy: { nameEn: "asc" },
    select: { id: true, ...NAME_FIELDS, locale: true },
  });
}
