import { cache } from "react";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getMandatePage } from "@/lib/mandates/get-mandate-page";
import { loadOr404 } from "@/lib/core/load-or-404";
import { now } from "@/lib/core/clock";
import { localized } from "@/lib/i18n/localized";
import { communicationsFeedUrl } from "@/lib/open-data/links";
import { HoldersTable } from "./holders-table";
import { MandateCommunications } from "./mandate-communications";
import { MandateVisitsAndReports } from "./mandate-visits-reports";
import { getSpSide } from "@/lib/statistics/find-sp-side";
import { SpSideSection } from "@/components/cooperation/sp-side-section";
import { findMandateResourceTotals } from "@/lib/committee-people/find-external-resources";
import { MandateResources } from "@/components/committee-people/mandate-resources";

export const dynamic = "force-dynamic";

// One load for the metadata and the page of the same request.
const loadMandate = cache((slug: string) => loadOr404(() => getMandatePage({ slug, now: now() })));

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props) {
  const mandate = await loadMandate((await params).slug);
  return mandate
    ? {
        title: localized(mandate, "title", await getLocale()),
        alternates: { types: { "application/atom+xml": communicationsFeedUrl({ mandate: mandate.slug }) } },
      }
    : {};
}

export default async function MandatePage({ params }: Props) {
  const mandate = await loadMandate((await params).slug);
  if (!mandate) notFound();
  const [t, tm, locale, spSide, resources] = await Promise.all([
    getTranslations("mandatePage"),
    getTranslations("mandates"),
    getLocale(),
    getSpSide({ mandateId: mandate.id, now: now() }),
    findMandateResourceTotals({ mandateId: mandate.id }),
  ]);
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/mandates">{t("backToList")}</Link>
        </p>
        <h1>{localized(mandate, "title", locale)}</h1>
        <p className="text-slate-700">
          {t(`kind.${mandate.kind}`)} · {tm(`body.${mandate.body}`)} · {t("established", { year: mandate.established })}
          {mandate.country && (
            <>
              {" "}
              · {t("country")}: <Link href={`/states/${mandate.country.iso3}`}>{localized(mandate.country, "name", locale)}</Link>
            </>
          )}
        </p>
        {!mandate.active && <p className="text-slate-700">{t("inactive")}</p>}
        <p className="text-sm">
          <Link href={`/communications?mandate=${mandate.slug}`}>{t("searchCommunications")}</Link>
          {" · "}
          <a href={communicationsFeedUrl({ mandate: mandate.slug })}>{t("feed")}</a>
        </p>
      </header>
      <HoldersTable tenures={mandate.tenures} />
      <MandateCommunications communications={mandate.communications} />
      <MandateVisitsAndReports visitRequests={mandate.visitRequests} reports={mandate.reports} />
      <SpSideSection figures={spSide} context="mandate" reportsHref="#reports" />
      <MandateResources slug={mandate.slug} totals={resources} />
    </article>
  );
}
