import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { findPublicVisits, publicVisitFacets } from "@/lib/visits/find-public-visits";
import { PUBLIC_STATUSES, publicFilterSchema } from "@/lib/visits/schemas";
import { pageSchema } from "@/lib/core/pagination";
import { localized } from "@/lib/i18n/localized";
import { VisitRequestTable } from "@/components/visits/visit-request-table";
import { Pagination } from "@/components/ui/pagination";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("visits"))("publicHeading") };
}

export default async function PublicVisits({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const filters = publicFilterSchema.parse(sp);
  const page = pageSchema.parse(sp.page);
  const [t, locale, list, facets] = await Promise.all([
    getTranslations("visits"),
    getLocale(),
    findPublicVisits({ filters, page }),
    publicVisitFacets(),
  ]);
  const params = Object.fromEntries(
    Object.entries(filters)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );
  const select = "block rounded border border-slate-400 bg-white px-2 py-1";
  return (
    <div className="space-y-4">
      <h1>{t("publicHeading")}</h1>
      <p className="max-w-3xl text-slate-700">{t("publicIntro")}</p>
      <ul className="flex flex-wrap gap-4 text-sm">
        <li>
          <Link href="/standing-invitations">{t("invitationsHeading")}</Link>
        </li>
        <li>
          <Link href="/visits/report">{t("annualReport")}</Link>
        </li>
        <li>
          <a href="/api/visits/feed.atom" type="application/atom+xml">
            {t("feed")}
          </a>
        </li>
      </ul>
      <form method="get" className="flex flex-wrap items-end gap-4" role="search" aria-label={t("filters")}>
        <label className="text-sm">
          {t("state")}
          <select name="state" defaultValue={filters.state ?? ""} className={select}>
            <option value="">{t("all")}</option>
            {facets.states.map((s) => (
              <option key={s.iso3} value={s.iso3}>
                {localized(s, "name", locale)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          {t("mandate")}
          <select name="mandate" defaultValue={filters.mandate ?? ""} className={`${select} max-w-xs`}>
            <option value="">{t("all")}</option>
            {facets.mandates.map((m) => (
              <option key={m.slug} value={m.slug}>
                {localized(m, "title", locale)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          {t("status")}
          <select name="status" defaultValue={filters.status ?? ""} className={select}>
            <option value="">{t("all")}</option>
            {PUBLIC_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}` as never)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          {t("year")}
          <input type="number" name="year" min={1990} max={2100} defaultValue={filters.year ?? ""} className={`${select} w-24`} />
        </label>
        <button type="submit" className="btn-primary">
          {t("filter")}
        </button>
      </form>
      <p>{t("count", { count: list.total })}</p>
      <VisitRequestTable rows={list.rows} basePath="/visits" showDelay />
      <Pagination page={page} pages={list.pages} basePath="/visits" params={params} />
    </div>
  );
}
