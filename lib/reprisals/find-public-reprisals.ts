import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { now as clockNow } from "../core/clock";
import { loadPage, PAGE_MAX, PAGE_SIZE, pageSchema } from "../core/pagination";
import { assertNoIssues, checkParams, digits, type RawParams } from "../core/query-params";
import { PUBLIC_CASE_SELECT, publicReprisalScope } from "./scope";

/** Filters of the public register, from the query string; a malformed value is ignored. */
export const publicReprisalParamsSchema = z.object({
  state: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .transform((s) => s.toUpperCase())
    .optional()
    .catch(undefined),
  year: z.coerce.number().int().min(1990).max(2100).optional().catch(undefined),
  page: pageSchema,
});
export type PublicReprisalParams = z.infer<typeof publicReprisalParamsSchema>;

export function parsePublicReprisalParams(raw: URLSearchParams | Record<string, string | string[] | undefined>): PublicReprisalParams {
  const get = (k: string) => (raw instanceof URLSearchParams ? (raw.get(k) ?? undefined) : [raw[k]].flat()[0]);
  return publicReprisalParamsSchema.parse({ state: get("state"), year: get("year"), page: get("page") });
}

const API_PARAMS = {
  state: z
    .string()
    .regex(/^[A-Za-z]{3}$/, "invalid")
    .transform((s) => s.toUpperCase()),
  year: digits(1990, 2100),
  page: digits(1, PAGE_MAX),
};

/** The same filters for the JSON API and CSV: a malformed value is a 400 naming it (issue 13, item 3). */
export function parsePublicReprisalApiParams(raw: RawParams): PublicReprisalParams {
  const { values, issues } = checkParams(raw, API_PARAMS);
  assertNoIssues(issues);
  return { state: values.state, year: values.year, page: values.page ?? 1 };
}

/** The year a public entry is counted in: the year the case was recorded. */
function yearRange(year: number) {
  return { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) };
}

function publicWhere(params: Pick<PublicReprisalParams, "state" | "year">, now: Date): Prisma.ReprisalCaseWhereInput {
  return {
    AND: [
      publicReprisalScope(now),
      params.state ? { state: { iso3: params.state } } : {},
      params.year ? { createdAt: yearRange(params.year) } : {},
    ],
  };
}

/** R8: the public register — cleared summaries only, with nothing but PUBLIC_CASE_SELECT's fields. */
export async function findPublicReprisals({ params, pageSize = PAGE_SIZE }: { params: PublicReprisalParams; pageSize?: number }) {
  const now = clockNow();
  const where = publicWhere(params, now);
  return loadPage({
    page: params.page,
    size: pageSize,
    count: () => prisma.reprisalCase.count({ where }),
    rows: (w) => prisma.reprisalCase.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "asc" }], ...w, select: PUBLIC_CASE_SELECT }),
  });
}
export type PublicReprisal = Awaited<ReturnType<typeof findPublicReprisals>>["rows"][number];

/** Every public entry (for the CSV export), oldest first, in chunks. */
export async function* publicReprisalChunks({
  params,
  chunk = 1000,
}: {
  params: Pick<PublicReprisalParams, "state" | "year">;
  chunk?: number;
}) {
  const where = publicWhere(params, clockNow());
  for (let skip = 0; ; skip += chunk) {
    const rows = await prisma.reprisalCase.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip,
      take: chunk,
      select: PUBLIC_CASE_SELECT,
    });
    if (rows.length) yield rows;
    if (rows.length < chunk) return;
  }
}

/**
 * Counts of public entries per year and per State (R8), over the cleared cases only — a count over
 * all cases would reveal the existence of confidential ones, one State at a time.
 */
export async function publicReprisalCounts() {
  const now = clockNow();
  const [byYear, byState] = await Promise.all([
    prisma.$queryRaw<{ year: number; count: number }[]>`
      SELECT EXTRACT(YEAR FROM "createdAt")::int AS year, COUNT(*)::int AS count
      FROM "ReprisalCase"
      WHERE confidentiality = 'PUBLIC_SUMMARY_CLEARED' AND "publicSummary" IS NOT NULL AND "publicSummaryClearedAt" <= ${now}
      GROUP BY 1 ORDER BY 1 DESC`,
    prisma.$queryRaw<
      { iso3: string; nameEn: string; nameFr: string; nameEs: string; nameAr: string; nameZh: string; nameRu: string; count: number }[]
    >`
      SELECT s.iso3, s."nameEn", s."nameFr", s."nameEs", s."nameAr", s."nameZh", s."nameRu", COUNT(*)::int AS count
      FROM "ReprisalCase" r JOIN "State" s ON s.id = r."stateId"
      WHERE r.confidentiality = 'PUBLIC_SUMMARY_CLEARED' AND r."publicSummary" IS NOT NULL AND r."publicSummaryClearedAt" <= ${now}
      GROUP BY s.id ORDER BY count DESC, s."nameEn" ASC`,
  ]);
  return { byYear, byState };
}

/** One public entry, or NOT_FOUND. */
export async function getPublicReprisal({ caseId }: { caseId: string }) {
  if (!z.uuid().safeParse(caseId).success) return null;
  return prisma.reprisalCase.findFirst({ where: { AND: [{ id: caseId }, publicReprisalScope(clockNow())] }, select: PUBLIC_CASE_SELECT });
}
