import "server-only";
import { Prisma } from "../generated/prisma/client";
import { readRows } from "../db/client";
import { PAGE_SIZE, pageWindow } from "../core/pagination";
import type { Locale } from "../i18n/config";
import { localized } from "../i18n/localized";
import { escapeHtml, HEADLINE_OPTIONS, highlightToHtml } from "./highlight";
import type { SearchParams } from "./schemas";
import { configFor, textQuery } from "./search-filters";
import { withResolvedIds } from "./resolve-ids";
import {
  orderNote,
  ORDERED_MATCHES_ORDER,
  orderedMatchesSql,
  cachedSearchTotal,
  pageLimit,
  rememberSearchTotal,
  searchOrder,
  settlePage,
  type RunSql,
  type SearchOrder,
} from "./search-plan";

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
  /** R5: a reply is published in its own language while its translation is pending. */
  translationPending: boolean;
  themes: { slug: string; name: string }[];
  /** Sample data made by the seed, labelled as such in the UI. */
  sample: boolean;
};

export type SearchResult = {
  /** Exact when `exact`; otherwise the planner's estimate (shown as "about"). */
  total: number;
  exact: boolean;
  /** The order used: relevance is the default only for small result sets (lib/search/search-plan.ts). */
  sort: SearchOrder["sort"];
  /** Relevance among the RELEVANCE_WINDOW most recently published matches. */
  windowed: boolean;
  /** What to tell the visitor about the order (search-plan.ts orderNote). */
  orderNote: ReturnType<typeof orderNote>;
  rows: SearchRow[];
  page: number;
  /** Pages to offer: a next page while rows remain (lib/search/search-plan.ts settlePage). */
  pages: number;
  /** Rows remain beyond the browse limit: narrow the search or download the CSV. */
  truncated: boolean;
};

type RawRow = {
  id: string;
  reference: string;
  type: SearchRow["type"];
  sentAt: Date;
  addresseeKind: SearchRow["addressee"]["kind"];
  iso3: string | null;
  nameEn: string | null;
  nameFr: string | null;
  nameEs: string | null;
  nameAr: string | null;
  nameZh: string | null;
  nameRu: string | null;
  actorName: string | null;
  subject: string;
  summary: string;
  replyCount: number;
  translationPending: boolean;
  sample: boolean;
  mandates: Named[];
  themes: Named[];
};
type Named = { slug: string; nameEn: string; nameFr: string; nameEs: string; nameAr: string; nameZh: string; nameRu: string };

/**
 * The page query: one page of ordered matches with their shown columns, headlines and reply counts,
 * plus one row of the next page (the lookahead: is there a next page?).
 */
export function searchPageSql(params: SearchParams, now: Date, order: SearchOrder): Prisma.Sql {
  const tsq = params.q ? textQuery(params.q) : null;
  const lang = configFor(Prisma.sql`c."language"`);
  const subject = tsq ? Prisma.sql`ts_headline(${lang}, c.subject, ${tsq}, ${HEADLINE_OPTIONS})` : Prisma.sql`c.subject`;
  const summary = tsq ? Prisma.sql`ts_headline(${lang}, c.summary, ${tsq}, ${HEADLINE_OPTIONS})` : Prisma.sql`c.summary`;
  const { skip, take } = pageWindow(params.page);
  const matches = orderedMatchesSql({ params, now, order, limit: take + 1, offset: skip });
  // Headlines, reply counts, mandates and themes are computed for the page's rows only, in one statement.
  return Prisma.sql`
    SELECT c.id, c.reference, c.type::text AS type, c."sentAt", c.sample, c."addresseeKind"::text AS "addresseeKind",
      s.iso3, s."nameEn", s."nameFr", s."nameEs", s."nameAr", s."nameZh", s."nameRu", a.name AS "actorName",
      ${subject} AS subject, ${summary} AS summary,
      (SELECT count(*)::int FROM "CommunicationReply" r WHERE r."communicationId" = c.id) AS "replyCount",
      EXISTS (SELECT 1 FROM "CommunicationReply" r WHERE r."communicationId" = c.id AND r."translationStatus" = 'PENDING') AS "translationPending",
      (SELECT coalesce(json_agg(json_build_object('slug', md.slug, 'nameEn', md."titleEn", 'nameFr', md."titleFr", 'nameEs', md."titleEs", 'nameAr', md."titleAr", 'nameZh', md."titleZh", 'nameRu', md."titleRu") ORDER BY cm.status, md."titleEn"), '[]'::json)
         FROM "CommunicationMandate" cm JOIN "Mandate" md ON md.id = cm."mandateId"
         WHERE cm."communicationId" = c.id AND cm.status IN ('LEAD', 'SIGNED')) AS mandates,
      (SELECT coalesce(json_agg(json_build_object('slug', t.slug, 'nameEn', t."nameEn", 'nameFr', t."nameFr", 'nameEs', t."nameEs", 'nameAr', t."nameAr", 'nameZh', t."nameZh", 'nameRu', t."nameRu") ORDER BY t."sdgNumber" NULLS FIRST, t."nameEn"), '[]'::json)
         FROM "CommunicationTheme" ct JOIN "Theme" t ON t.id = ct."themeId" WHERE ct."communicationId" = c.id) AS themes
    FROM (${matches}) m
    JOIN "Communication" c ON c.id = m.id
    LEFT JOIN "State" s ON s.id = c."addresseeStateId"
    LEFT JOIN "OtherActor" a ON a.id = c."addresseeOtherActorId"
    ${ORDERED_MATCHES_ORDER}`;
}

/**
 * The public database's search (R5, R6, R8): published communications only — the scope is part of
 * every query — filtered, ranked or by date, one page of 25. Selects named public columns only: the
 * confidential annex is never read.
 */
export async function searchPublicCommunications({
  params: asked,
  now,
  locale = "en",
}: {
  params: SearchParams;
  now: Date;
  locale?: Locale;
}): Promise<SearchResult> {
  const params = await withResolvedIds(asked);
  const run: RunSql = (sql) => readRows(sql);
  const estimated = await cachedSearchTotal(run, params, now);
  const order = searchOrder(params, estimated);
  // Any page up to the browse limit is read, whatever the estimate: an estimate below the real
  // number must not hide the last rows (issue 13, item 4).
  const fetched = params.page > pageLimit(order, PAGE_SIZE) ? [] : await readRows<RawRow>(searchPageSql(params, now, order));
  const settled = settlePage({ estimated, order, page: params.page, pageSize: PAGE_SIZE, rowsFetched: fetched.length });
  if (!estimated.exact) rememberSearchTotal(params, settled);
  const rawRows = fetched.slice(0, PAGE_SIZE);
  const named = (list: Named[]) => list.map((n) => ({ slug: n.slug, name: localized(n, "name", locale) }));

  const rows: SearchRow[] = rawRows.map((r) => ({
    id: r.id,
    reference: r.reference,
    type: r.type,
    sentAt: r.sentAt,
    addressee: {
      kind: r.addresseeKind,
      iso3: r.iso3,
      name:
        r.nameEn && r.nameFr && r.nameEs && r.nameAr && r.nameZh && r.nameRu
          ? localized(
              { nameEn: r.nameEn, nameFr: r.nameFr, nameEs: r.nameEs, nameAr: r.nameAr, nameZh: r.nameZh, nameRu: r.nameRu },
              "name",
              locale,
            )
          : (r.actorName ?? ""),
    },
    mandates: named(r.mandates).map((m) => ({ slug: m.slug, title: m.name })),
    subjectHtml: params.q ? highlightToHtml(r.subject) : escapeHtml(r.subject),
    summaryHtml: params.q ? highlightToHtml(r.summary) : escapeHtml(r.summary),
    replyCount: r.replyCount,
    translationPending: r.translationPending,
    themes: named(r.themes),
    sample: r.sample,
  }));
  return {
    total: settled.total,
    exact: settled.exact,
    sort: order.sort,
    windowed: order.windowed,
    orderNote: orderNote(params, order),
    rows,
    page: params.page,
    pages: settled.pages,
    truncated: settled.truncated,
  };
}
