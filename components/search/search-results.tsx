import { getFormatter, getTranslations } from "next-intl/server";
import type { SearchResult } from "@/lib/search/search-public-communications";

/**
 * One page of results. subjectHtml and summaryHtml are built by lib/search/highlight.ts: the stored
 * text escaped, with only <mark> added around the matching words — safe to insert as HTML.
 * The results link with plain <a>: opening one is a full page request, which the public response
 * cache can answer (lib/public-cache), where a client-side navigation always renders anew — and a
 * page of 25 next/link elements costs the server a quarter of the page's render.
 */
export async function SearchResults({ result }: { result: SearchResult }) {
  const [t, tc, format] = await Promise.all([getTranslations("search"), getTranslations("communications"), getFormatter()]);
  if (result.rows.length === 0) return <p data-testid="search-empty">{t("empty")}</p>;
  return (
    <ol aria-label={t("results")} className="divide-y divide-slate-200">
      {result.rows.map((c) => (
        <li key={c.id} className="space-y-1 py-3" data-testid="public-communication">
          <p className="text-sm text-slate-700">
            {/* One text per line (not one per part): each text node is work for every render. */}
            <span className="font-mono">{c.reference}</span>
            {[
              "",
              tc(`types.${c.type}`),
              format.dateTime(c.sentAt, { dateStyle: "medium" }),
              c.addressee.name,
              ...(c.replyCount > 0 ? [t("replyCount", { count: c.replyCount })] : []),
            ].join(" · ")}
            {c.translationPending && (
              <span className="ms-2 rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-900" data-testid="translation-pending">
                {tc("translationPending")}
              </span>
            )}
            {c.sample && <span className="ms-2 rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-900">{t("sample")}</span>}
          </p>
          <a href={`/communications/${c.id}`} className="font-medium" dangerouslySetInnerHTML={{ __html: c.subjectHtml }} />
          <p className="text-sm" dangerouslySetInnerHTML={{ __html: c.summaryHtml }} />
          {(c.mandates.length > 0 || c.themes.length > 0) && (
            <p className="text-xs text-slate-600">
              {[c.mandates.map((m) => m.title).join("; "), c.themes.map((x) => x.name).join(", ")].filter(Boolean).join(" · ")}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
