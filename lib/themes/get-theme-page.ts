import "server-only";
import { prisma } from "../db/client";
import { now as clockNow } from "../core/clock";
import { publicCommunicationScope } from "../communications/scope";
import { PUBLIC_STORY_SELECT, publicStoryScope } from "../stories/scope";
import { publicQuestionnaireScope, publicRecommendationScope, publicReportScope, themeCommunicationFilter } from "./scope";
import { NAME_FIELDS, TITLE_FIELDS } from "../i18n/localized";

export const THEME_SECTION_SIZE = 10;

const mandateTitle = { slug: true, ...TITLE_FIELDS } as const;

/**
 * R14: one theme's page — the latest public communications, reports, recommendations, questionnaires
 * and good stories tagged with it, each with its total, so the page can link to the full filtered list.
 * Returns null for an unknown slug.
 */
export async function getThemePage({ slug }: { slug: string }) {
  if (!/^[a-z0-9][a-z0-9-]{0,99}$/.test(slug)) return null;
  const theme = await prisma.theme.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      kind: true,
      sdgNumber: true,
      ...NAME_FIELDS,
    },
  });
  if (!theme) return null;
  const now = clockNow();
  const communicationWhere = { AND: [publicCommunicationScope(now), themeCommunicationFilter(theme)] };
  const reportWhere = { AND: [publicReportScope(now), { themes: { some: { themeId: theme.id } } }] };
  const recommendationWhere = { AND: [publicRecommendationScope(now), { themes: { some: { themeId: theme.id } } }] };
  const questionnaireWhere = { AND: [publicQuestionnaireScope(now), { themes: { some: { themeId: theme.id } } }] };
  const storyWhere = { AND: [publicStoryScope(now), { themes: { some: { themeId: theme.id } } }] };
  const take = THEME_SECTION_SIZE;
  const [
    communications,
    communicationCount,
    reports,
    reportCount,
    recommendations,
    recommendationCount,
    questionnaires,
    questionnaireCount,
    stories,
    storyCount,
  ] = await Promise.all([
    prisma.communication.findMany({
      where: communicationWhere,
      orderBy: [{ sentAt: "desc" }, { id: "asc" }],
      take,
      select: {
        id: true,
        reference: true,
        subject: true,
        sentAt: true,
        addresseeState: { select: { ...NAME_FIELDS } },
        addresseeOtherActor: { select: { name: true } },
      },
    }),
    prisma.communication.count({ where: communicationWhere }),
    prisma.report.findMany({
      where: reportWhere,
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      take,
      select: {
        id: true,
        symbol: true,
        title: true,
        publishedAt: true,
        // The public visit page is the request's (/visits/<visitRequestId>).
        visit: { select: { visitRequestId: true } },
        mandate: { select: mandateTitle },
      },
    }),
    prisma.report.count({ where: reportWhere }),
    prisma.recommendation.findMany({
      where: recommendationWhere,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take,
      select: {
        id: true,
        text: true,
        status: true,
        report: { select: { symbol: true, mandate: { select: mandateTitle } } },
        communication: { select: { id: true, reference: true } },
      },
    }),
    prisma.recommendation.count({ where: recommendationWhere }),
    prisma.questionnaire.findMany({
      where: questionnaireWhere,
      orderBy: [{ deadline: "desc" }, { id: "asc" }],
      take,
      select: { id: true, title: true, status: true, deadline: true },
    }),
    prisma.questionnaire.count({ where: questionnaireWhere }),
    prisma.goodStory.findMany({ where: storyWhere, orderBy: [{ publishedAt: "desc" }, { id: "asc" }], take, select: PUBLIC_STORY_SELECT }),
    prisma.goodStory.count({ where: storyWhere }),
  ]);
  return {
    theme,
    communications: { rows: communications, total: communicationCount },
    reports: { rows: reports, total: reportCount },
    recommendations: { rows: recommendations, total: recommendationCount },
    questionnaires: { rows: questionnaires, total: questionnaireCount },
    stories: { rows: stories, total: storyCount },
  };
}
export type ThemePage = NonNullable<Awaited<ReturnType<typeof getThemePage>>>;
