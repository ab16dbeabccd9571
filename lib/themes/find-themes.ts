import "server-only";
import { prisma } from "../db/client";
import { now as clockNow } from "../core/clock";
import { publicCommunicationScope } from "../communications/scope";
import { publicStoryScope } from "../stories/scope";
import { publicQuestionnaireScope, publicRecommendationScope, publicReportScope } from "./scope";
import { NAME_FIELDS } from "../i18n/localized";

/** Every theme (cross-cutting first, then the SDGs in order) with how many public items carry it. */
export async function findThemes() {
  const now = clockNow();
  const themes = await prisma.theme.findMany({
    orderBy: [{ kind: "asc" }, { sdgNumber: "asc" }, { nameEn: "asc" }],
    select: {
      id: true,
      slug: true,
      kind: true,
      sdgNumber: true,
      ...NAME_FIELDS,
      _count: {
        select: {
          communications: { where: { communication: publicCommunicationScope(now) } },
          reports: { where: { report: publicReportScope(now) } },
          recommendations: { where: { recommendation: publicRecommendationScope(now) } },
          questionnaires: { where: { questionnaire: publicQuestionnaireScope(now) } },
          goodStories: { where: { goodStory: publicStoryScope(now) } },
        },
      },
    },
  });
  return themes.map(({ _count, ...t }) => ({ ...t, counts: _count, total: Object.values(_count).reduce((a, b) => a + b, 0) }));
}
export type ThemeSummary = Awaited<ReturnType<typeof findThemes>>[number];
