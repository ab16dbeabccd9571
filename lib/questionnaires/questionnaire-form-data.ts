import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { can } from "../auth/policy";
import { AppError } from "../core/errors";
import { localized, NAME_FIELDS, TITLE_FIELDS } from "../i18n/localized";
import { getSettings } from "../platform/get-settings";
import { genevaDate } from "../core/geneva";
import { DAY_MS, WEEK_MS } from "./rules";
import { LANGUAGES } from "./schemas";
import { findThemeChoices } from "../themes/find-theme-choices";

/**
 * The choices of the creation form: every active mandate for the secretariat, the holder's own for a
 * proposal; themes; reports not yet presented of those mandates; States; and the R12 limits in force.
 */
export async function questionnaireFormData({
  actor,
  locale,
  now,
  languageName,
}: {
  actor: Actor;
  locale: string;
  now: Date;
  languageName: (code: string) => string;
}) {
  const secretariat = can(actor, "questionnaire:create");
  if (!secretariat && !can(actor, "questionnaire:propose")) throw new AppError("FORBIDDEN", "Not allowed");
  const mandateWhere = secretariat ? { active: true } : { id: { in: [...actor.mandateIds] } };
  const [mandates, themes, reports, states, settings] = await Promise.all([
    prisma.mandate.findMany({
      where: mandateWhere,
      orderBy: { titleEn: "asc" },
      select: { id: true, ...TITLE_FIELDS },
    }),
    findThemeChoices(),
    prisma.report.findMany({
      where: { mandate: mandateWhere, OR: [{ presentedAt: null }, { presentedAt: { gte: now } }] },
      orderBy: [{ symbol: "asc" }],
      take: 500,
      select: { id: true, symbol: true, title: true, mandateId: true },
    }),
    prisma.state.findMany({
      orderBy: { nameEn: "asc" },
      select: { id: true, ...NAME_FIELDS },
    }),
    getSettings(),
  ]);
  const minWindowWeeks = settings["questionnaires.minWindowWeeks"];
  return {
    choices: {
      mandates: mandates.map((m) => ({ value: m.id, label: localized(m, "title", locale) })),
      themes: themes.map((x) => ({ value: x.id, label: localized(x, "name", locale) })),
      reports: reports.map((r) => ({ value: r.id, label: `${r.symbol} — ${r.title}`, mandateId: r.mandateId })),
      states: states
        .map((s) => ({ value: s.id, label: localized(s, "name", locale) }))
        .sort((a, b) => a.label.localeCompare(b.label, locale)),
      languages: LANGUAGES.map((l) => ({ value: l, label: languageName(l) })),
    },
    limits: { minWindowWeeks, maxQuestions: settings["questionnaires.maxQuestions"] },
    defaults: {
      opensOn: genevaDate(now),
      // The first deadline that respects the minimum window: opening day + the window, end of that day.
      deadlineOn: genevaDate(new Date(now.getTime() + minWindowWeeks * WEEK_MS + DAY_MS / 2)),
      mandateIds: secretariat ? [] : mandates.length === 1 ? [mandates[0]!.id] : [],
    },
  };
}
