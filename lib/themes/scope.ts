import type { Prisma } from "../generated/prisma/client";
import { publicCommunicationScope } from "../communications/scope";

// R14: what a theme page may gather — public items only, each by its own domain's public rule.

export function publicReportScope(now: Date): Prisma.ReportWhereInput {
  return { publishedAt: { lte: now } };
}

/** A recommendation is public with the published report or the public communication it comes from. */
export function publicRecommendationScope(now: Date): Prisma.RecommendationWhereInput {
  return { OR: [{ report: publicReportScope(now) }, { communication: publicCommunicationScope(now) }] };
}

/** Questionnaires once opened to respondents (not drafts, pending approval or cancelled). */
export function publicQuestionnaireScope(now: Date): Prisma.QuestionnaireWhereInput {
  return { status: { in: ["OPEN", "CLOSED"] }, opensAt: { lte: now } };
}

/**
 * Communications of a theme. R8: the "reprisals" theme also takes the letters flagged as concerning
 * reprisals, as the public search does (lib/search/search-filters.ts).
 */
export function themeCommunicationFilter(theme: { id: string; slug: string }): Prisma.CommunicationWhereInput {
  const tagged: Prisma.CommunicationWhereInput = { themes: { some: { themeId: theme.id } } };
  return theme.slug === "reprisals" ? { OR: [tagged, { concernsReprisals: true }] } : tagged;
}
