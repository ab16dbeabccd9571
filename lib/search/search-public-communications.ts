import "server-only";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "../db/client";
import type { Locale } from "../i18n/config";
import { localized } from "../i18n/localized";
import { escapeHtml, HEADLINE_OPTIONS, highlightToHtml } from "./highlight";
import { effectiveSort, type SearchParams } from "./schemas";
import { configFor, searchWhere, textQuery } from "./search-filters";

export const SEARCH_PAGE_SIZE = 25;

export type SearchRow = {
  id: string;
  reference: string;
  type: "AL" | "UA" | "OL";
  sentAt: Date;
  addressee: { kind: "STATE" | "OTHER_ACTOR"; iso3: string | null; name: string };
  mandates: { slug: string; title: string }[];
  /** Safe HTML: the text escaped, matching words in <mark>. */
  subjectHtml: string;
  summaryHtml: string;
  replyCount: number;
  themes: { slug: string; name: string }[];
  /** Sample data made by the seed, labelled as such in the UI. */
  sample: boolean;
};

export type SearchResult = { total: number; rows: SearchRow[]; page: number; pages: number };

type RawRow = {
  id: string; reference: string; type: SearchRow["type"]; sentAt: Date; addresseeKind: SearchRow["addressee"]["kind"];
  iso3: string | null; nameEn: string | null; nameFr: string | null; nameEs: string | null; actorName: string | null;
  subject: string; summary: string; replyCount: number; sample: boolean;
};
type Named = { communicationId: string; slug: string; nameEn: string; nameFr: string; nameEs: string };

/** The count and page queries of a search — exported so the EXPLAIN test checks exactly these. */
export function searchQueries(params: SearchParams, now: Date): { count: Prisma.Sql; page: Prisma.Sql } {
  const where = searchWhere(params, now);
  const tsq = params.q ? textQuery(params.q) : null;
  const rank = effectiveSort(params) === "relevance" && tsq ? Prisma.sql`ts_rank_cd(c."searchVector", ${tsq})` : Prisma.sql`0::real`;
  const lang = configFor(Prisma.sql`p."language"`);
  const subject = tsq ? Prisma.sql`ts_headline(${lang}, p.subject, ${tsq}, ${HEADLINE_OPTIONS})` : Prisma.sql`p.subject`;
  const summary = tsq ? Prisma.sql`ts_headline(${lang}, p.summary, ${tsq}, ${HEADLINE_OPTIONS})` : Prisma.sql`p.summary`;
  return {
    count: Prisma.sql`SELECT count(*)::int AS total FROM "Communication" c WHERE ${where}`,
    // Headlines and reply counts are computed for the page's rows only, after the LIMIT.
    page: Prisma.sql`
      SELECT p.id, p.reference, p.type, p."sentAt", p.sample, p."addresseeKind", p.iso3, p."nameEn", p."nameFr", p."nameEs", p."actorName",
        ${subject} AS subject, ${summary} AS summary,
        (SELECT count(*)::int FROM "CommunicationReply" r WHERE r."communicationId" = p.id) AS "replyCount"
      FROM (
        SELECT ${rank} AS rank, c.id, c.reference, c.type::text AS type, c."sentAt", c."addresseeKind"::text AS "addresseeKind", c.language, c.sample, c.subject, c.summary,
          s.iso3, s."nameEn", s."nameFr", s."nameEs", a.name AS "actorName"
        FROM "Communication" c
        LEFT JOIN "State" s ON s.id = c."addresseeStateId"
        LEFT JOIN "OtherActor" a ON a.id = c."addresseeOtherActorId"
        WHERE ${where}
        ORDER BY rank DESC, c."sentAt" DESC, c.id
        LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(params.page - 1) * SEARCH_PAGE_SIZE}
      ) p
      ORDER BY p.rank DESC, p."sentAt" DESC, p.id`,
  };
}

/**
 * The public database's search (R5, R6, R8): published communications only — the scope is part of
 * every query — filtered, ranked or by date, one page of 25. Selects named public columns only: the
 * confidential annex is never read.
 */
export async function searchPublicCommunications({ params, now, locale = "en" }: { params: SearchParams; now: Date; locale?: Locale }): Promise<SearchResult> {
  const queries = searchQueries(params, now);
  const [countRows, rawRows] = await Promise.all([
    prisma.$queryRaw<{ total: number }[]>(queries.count),
    prisma.$queryRaw<RawRow[]>(queries.page),
  ]);
  const total = countRows[0]?.total ?? 0;
  const ids = rawRows.map((r) => r.id);
  const [mandates, themes] = ids.length === 0 ? [[], []] : await Promise.all([
    prisma.$queryRaw<Named[]>`
      SELECT cm."communicationId", m.slug, m."titleEn" AS "nameEn", m."titleFr" AS "nameFr", m."titleEs" AS "nameEs"
      FROM "CommunicationMandate" cm JOIN "Mandate" m ON m.id = cm."mandateId"
      WHERE cm."communicationId" IN (${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))}) AND cm.status IN ('LEAD', 'SIGNED')
      ORDER BY cm.status, m."titleEn"`,
    prisma.$queryRaw<Named[]>`
      SELECT ct."communicationId", t.slug, t."nameEn", t."nameFr", t."nameEs"
      FROM "CommunicationTheme" ct JOIN "Theme" t ON t.id = ct."themeId"
      WHERE ct."communicationId" IN (${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))})
      ORDER BY t."sdgNumber" NULLS FIRST, t."nameEn"`,
  ]);
  const byCommunication = (list: Named[]) => {
    const map = new Map<string, { slug: string; name: string }[]>();
    for (const n of list) map.set(n.communicationId, [...(map.get(n.communicationId) ?? []), { slug: n.slug, name: localized(n, "name", locale) }]);
    return map;
  };
  const mandatesOf = byCommunication(mandates);
  const themesOf = byCommunication(themes);

  const rows: SearchRow[] = rawRows.map((r) => ({
    id: r.id,
    reference: r.reference,
    type: r.type,
    sentAt: r.sentAt,
    addressee: {
      kind: r.addresseeKind,
      iso3: r.iso3,
      name: r.nameEn && r.nameFr && r.nameEs ? localized({ nameEn: r.nameEn, nameFr: r.nameFr, nameEs: r.nameEs }, "name", locale) : (r.actorName ?? ""),
    },
    mandates: (mandatesOf.get(r.id) ?? []).map((m) => ({ slug: m.slug, title: m.name })),
    subjectHtml: params.q ? highlightToHtml(r.subject) : escapeHtml(r.subject),
    summaryHtml: params.q ? highlightToHtml(r.summary) : escapeHtml(r.summary),
    replyCount: r.replyCount,
    themes: themesOf.get(r.id) ?? [],
    sample: r.sample,
  }));
  return { total, rows, page: params.page, pages: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)) };
}
