import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { schedulesReports } from "../auth/reports-policy";
import { TITLE_FIELDS } from "../i18n/localized";
import { findThemeChoices } from "../themes/find-theme-choices";

/** What the report form offers: the mandates the actor keeps reports of, every theme and SDG (R14). */
export async function reportFormChoices({ actor }: { actor: Actor }) {
  assertCan(actor, "report:manage");
  const [mandates, themes] = await Promise.all([
    prisma.mandate.findMany({
      where: schedulesReports(actor) ? {} : { id: { in: [...actor.mandateIds] } },
      orderBy: { titleEn: "asc" },
      select: { id: true, ...TITLE_FIELDS },
    }),
    findThemeChoices(),
  ]);
  return { mandates, themes };
}
export type ReportFormChoices = Awaited<ReturnType<typeof reportFormChoices>>;
