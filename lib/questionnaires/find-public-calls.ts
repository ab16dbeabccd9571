import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import { localized, NAME_FIELDS } from "../i18n/localized";
import type { Prisma } from "../generated/prisma/client";
import { AppError } from "../core/errors";
import { loadPage, pageCount, pageWindow } from "../core/pagination";
import { callSummarySelect, questionSelect } from "./selects";
import { genevaEndOfDay, genevaStartOfDay } from "./rules";
import { publicAnswersScope, publicCallScope } from "./scope";
import type { PublicFilters } from "./schemas";
import { respondentOf, respondentUserSelect } from "./respondent";

/** The public filter (R12): every issued call across all mandates, by mandate, audience, theme and deadline. */
export function publicCallsWhere(filters: PublicFilters, now: Date): Prisma.QuestionnaireWhereInput {
  const and: Prisma.QuestionnaireWhereInput[] = [publicCallScope(now)];
  if (filters.mandate) and.push({ mandates: { some: { mandate: { is: { slug: filters.mandate } } } } });
  if (filters.theme) and.push({ themes: { some: { theme: { is: { slug: filters.theme } } } } });
  if (filters.audience) and.push({ audience: filters.audience });
  if (filters.status === "open") and.push({ status: "OPEN", deadline: { gt: now } });
  if (filters.status === "past") and.push({ OR: [{ deadline: { lte: now } }, { status: "CLOSED" }] });
  if (filters.deadlineAfter) and.push({ deadline: { gte: genevaStartOfDay(filters.deadlineAfter) } });
  if (filters.deadlineBefore) and.push({ deadline: { lte: genevaEndOfDay(filters.deadlineBefore) } });
  return { AND: and };
}

/** Open calls first (nearest deadline first), then past ones (latest deadline first). */
export async function findPublicCalls({ filters, page = 1, now }: { filters: PublicFilters; page?: number; now: Date }) {
  const where = publicCallsWhere(filters, now);
  const openWhere = { AND: [where, { status: "OPEN" as const, deadline: { gt: now } }] };
  const pastWhere = { AND: [where, { NOT: { status: "OPEN" as const, deadline: { gt: now } } }] };
  const [openCount, pastCount] = await Promise.all([
    prisma.questionnaire.count({ where: openWhere }),
    prisma.questionnaire.count({ where: pastWhere }),
  ]);
  const { skip, take } = pageWindow(page);
  const open =
    skip < openCount
      ? await prisma.questionnaire.findMany({
          where: openWhere,
          orderBy: [{ deadline: "asc" }, { id: "asc" }],
          skip,
          take,
          select: callSummarySelect,
        })
      : [];
  const past =
    open.length < take
      ? await prisma.questionnaire.findMany({
          where: pastWhere,
          orderBy: [{ deadline: "desc" }, { id: "asc" }],
          skip: Math.max(0, skip - openCount),
          take: take - open.length,
          select: callSummarySelect,
        })
      : [];
  const total = openCount + pastCount;
  return { total, pages: pageCount(total), rows: [...open, ...past] };
}
export type PublicCallRow = Awaited<ReturnType<typeof findPublicCalls>>["rows"][number];

/** Newest issued calls for the Atom feed. */
export async function findRecentCalls({ filters, now, take = 50 }: { filters: PublicFilters; now: Date; take?: number }) {
  return prisma.questionnaire.findMany({
    where: publicCallsWhere(filters, now),
    orderBy: [{ opensAt: "desc" }, { id: "asc" }],
    take,
    select: callSummarySelect,
  });
}

/** Who answered, as the public may know it: the State's name, or the organisation (else the person's name). */
export function respondentLabel(
  r: {
    role: string;
    name: string;
    organisation: string | null;
    state: { nameEn: string; nameFr: string; nameEs: string; nameAr: string; nameZh: string; nameRu: string } | null;
  },
  locale: string,
) {
  if (r.role === "STATE" && r.state) return localized(r.state, "name", locale);
  return r.organisation ?? r.name;
}

/** One public call with its questions and, after the deadline, the answers their authors allowed to be published. */
export async function getPublicCall({
  questionnaireId,
  now,
  answersPage = 1,
}: {
  questionnaireId: string;
  now: Date;
  answersPage?: number;
}) {
  if (!z.uuid().safeParse(questionnaireId).success) throw new AppError("NOT_FOUND", "No such call for input");
  const q = await prisma.questionnaire.findFirst({
    where: { AND: [{ id: questionnaireId }, publicCallScope(now)] },
    select: { ...callSummarySelect, questions: { orderBy: { position: "asc" }, select: questionSelect } },
  });
  if (!q) throw new AppError("NOT_FOUND", "No such call for input");
  const where = { AND: [{ questionnaireId: q.id }, publicAnswersScope(now)] };
  const answers = await loadPage({
    page: answersPage,
    count: () => prisma.questionnaireResponse.count({ where }),
    rows: (w) =>
      prisma.questionnaireResponse.findMany({
        where,
        orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
        ...w,
        select: {
          id: true,
          answers: true,
          submittedAt: true,
          respondent: {
            select: {
              ...respondentUserSelect,
              state: { select: { ...NAME_FIELDS } },
            },
          },
          // A guest's name only: its address is never public.
          guestName: true,
          attachments: { select: { id: true, fileName: true, size: true } },
        },
      }),
  });
  return {
    ...q,
    answerCount: answers.total,
    answerPages: answers.pages,
    answers: answers.rows.map(({ guestName, ...a }) => ({ ...a, respondent: respondentOf({ respondent: a.respondent, guestName }) })),
  };
}
export type PublicCall = Awaited<ReturnType<typeof getPublicCall>>;
