import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getPublicVisit } from "@/lib/visits/find-public-visits";
import { loadOr404 } from "@/lib/core/load-or-404";
import { now } from "@/lib/core/clock";
import { renderMarkdown } from "@/lib/core/markdown";
import { localized } from "@/lib/i18n/localized";
import { VisitTimeline } from "@/components/visits/visit-timeline";
import { VisitPressReleases } from "@/components/press-releases/visit-press-releases";

export const dynamic = "force-dynamic";

export default async function PublicVisit({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const at = now();
  const v = await loadOr404(() => getPublicVisit({ visitRequestId: id, now: at }));
  if (!v) notFound();
  const [t, format, locale] = await Promise.all([getTranslations("visits"), getFormatter(), getLocale()]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1>{t("detailHeading", { state: localized(v.state, "name", locale) })}</h1>
        <p>
          <Link href={`/mandates/${v.mandate.slug}`}>{localized(v.mandate, "title", locale)}</Link>
        </p>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium">{t("status")}</dt>
          <dd data-testid="visit-status">{t(`statuses.${v.status}` as never)}</dd>
          <dt className="font-medium">{t("initiator")}</dt>
          <dd data-testid="visit-initiator">{t(`initiators.${v.initiator}` as never)}</dd>
          <dt className="font-medium">{v.initiator === "STATE" ? t("invitedAt") : t("requestedAt")}</dt>
          <dd>{v.requestedAt ? format.dateTime(v.requestedAt, { dateStyle: "medium" }) : "—"}</dd>
          {v.visit && (
            <>
              <dt className="font-medium">{t("visitDates")}</dt>
              <dd data-testid="visit-dates">
                {day(v.visit.startDate)} – {day(v.visit.endDate)}
              </dd>
            </>
          )}
          {v.visit?.delayDays != null && (
            <>
              <dt className="font-medium">{t("delay")}</dt>
              <dd data-testid="delay">{t("delayText", { count: v.visit.delayDays })}</dd>
            </>
          )}
        </dl>
      </header>
      {v.statement && (
        <section aria-labelledby="statement-h" className="space-y-2">
          <h2 id="statement-h">{t("statement")}</h2>
          <p className="text-sm text-slate-700">
            {format.dateTime(v.statement.publishedAt, { dateStyle: "long" })}
            {v.statement.words ? ` · ${t("wordCount", { count: v.statement.words })}` : ""}
          </p>
          {v.statement.text && (
            <div
              className="prose max-w-none"
              data-testid="public-statement"
              dangerouslySetInnerHTML={{ __html: renderMarkdown(v.statement.text) }}
            />
          )}
        </section>
      )}
      {v.reports.map((rep) => (
        <section key={rep.id} aria-labelledby={`report-${rep.id}`} className="space-y-2">
          <h2 id={`report-${rep.id}`}>
            {t("report")}:{" "}
            <Link href={`/reports/${rep.id}`} className="font-mono underline" data-testid="visit-report-link">
              {rep.symbol}
            </Link>
          </h2>
          <p>{rep.title}</p>
          <p className="text-sm text-slate-700">
            {t("session")}: {rep.councilSession ?? "—"} · {t("presentedAt")}: {rep.presentedAt ? day(rep.presentedAt) : "—"}
          </p>
          {rep.recommendations.length > 0 && (
            <>
              <h3>{t("recommendations")}</h3>
              <ul className="space-y-2">
                {rep.recommendations.map((rec) => (
                  <li key={rec.id} className="rounded border border-slate-200 p-2">
                    <p>{rec.text}</p>
                    <p className="text-sm text-slate-700">
                      {rec.themes.map((x) => localized(x.theme, "name", locale)).join(", ")} · {t(`implementation.${rec.status}` as never)}
                    </p>
                    {rec.statusEvidence && (
                      <p className="text-sm">
                        {t("evidence")}: {rec.statusEvidence}
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
      <VisitPressReleases visitRequestId={v.id} now={at} />
      <VisitTimeline events={v.events} />
    </div>
  );
}
