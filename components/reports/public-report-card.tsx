import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import { themeLabel } from "@/lib/themes/theme-label";
import type { PublicReport } from "@/lib/reports/get-public-report";
import { LANGUAGE_NAMES, type ReportLanguage } from "@/lib/reports/constants";
import { DueStatusBadge } from "./due-status";

/**
 * R19: one report as the public reads it — on the session page (headingLevel 2) and on its own page
 * (headingLevel 1): what it is, its dates and late flag, the summary once public, the documents in the
 * languages available once published.
 */
export async function PublicReportCard({ report: r, headingLevel }: { report: PublicReport; headingLevel: 1 | 2 }) {
  const [t, format, locale] = await Promise.all([getTranslations("reports"), getFormatter(), getLocale()]);
  // Due, submission and presentation days are Geneva calendar days: shown as stored.
  const day = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "long", timeZone: "UTC" }) : "—");
  const Heading = headingLevel === 1 ? "h1" : "h2";
  const Sub = headingLevel === 1 ? "h2" : "h3";
  const id = `report-${r.id}`;
  return (
    <article aria-labelledby={id} className="space-y-3" data-testid="public-report" data-symbol={r.symbol}>
      <p className="font-mono text-sm">{r.symbol}</p>
      <Heading id={id}>{headingLevel === 2 ? <Link href={`/reports/${r.id}`}>{r.title}</Link> : r.title}</Heading>
      <p>
        <Link href={`/mandates/${r.mandate.slug}`} className="underline">
          {localized(r.mandate, "title", locale)}
        </Link>{" "}
        · {t(`kinds.${r.kind}`)}
        {r.visit && (
          <>
            {" "}
            ·{" "}
            <Link href={`/visits/${r.visit.visitRequestId}`} className="underline">
              {t("public.visit", { state: localized(r.visit.state, "name", locale) })}
            </Link>
          </>
        )}
      </p>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">{t("dueAt")}</dt>
        <dd>{day(r.dueAt)}</dd>
        <dt className="font-medium">{t("submittedAt")}</dt>
        <dd>{day(r.submittedAt)}</dd>
        <dt className="font-medium">{t("status")}</dt>
        <dd>
          <DueStatusBadge status={r.dueStatus} />
        </dd>
        <dt className="font-medium">{t("publishedAt")}</dt>
        <dd>{r.publishedAt ? format.dateTime(r.publishedAt, { dateStyle: "long" }) : "—"}</dd>
        <dt className="font-medium">{t("presentedAt")}</dt>
        <dd>{day(r.presentedAt)}</dd>
        {r.themes.length > 0 && (
          <>
            <dt className="font-medium">{t("themes")}</dt>
            <dd>
              {r.themes.map((x, i) => (
                <span key={x.slug}>
                  {i > 0 && ", "}
                  <Link href={`/themes/${x.slug}`} className="underline">
                    {themeLabel(x, locale)}
                  </Link>
                </span>
              ))}
            </dd>
          </>
        )}
      </dl>
      <Sub>{t("public.summary")}</Sub>
      {r.summary ? (
        <div className="max-w-3xl whitespace-pre-line rounded border border-slate-200 p-3" data-testid="report-summary">
          {r.summary}
        </div>
      ) : (
        <p className="text-slate-700">{t("public.noSummary")}</p>
      )}
      <Sub>{t("documentsHeading")}</Sub>
      {r.documents.length > 0 ? (
        <ul className="flex flex-wrap gap-x-4 gap-y-1" data-testid="report-documents">
          {r.documents.map((d) => (
            <li key={d.id}>
              <a href={`/api/reports/documents/${d.id}`} hrefLang={d.language} lang={d.language} className="underline">
                {LANGUAGE_NAMES[d.language as ReportLanguage] ?? d.language}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-700">{r.publishedAt ? t("noDocuments") : t("public.notPublished")}</p>
      )}
    </article>
  );
}
