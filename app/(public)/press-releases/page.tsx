import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { findPublicPressReleases } from "@/lib/press-releases/find-public-press-releases";
import { pageSchema } from "@/lib/core/pagination";
import { localized } from "@/lib/i18n/localized";
import { Pagination } from "@/components/ui/pagination";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("pressReleases"))("publicHeading") };
}

export default async function PublicPressReleases({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const page = pageSchema.parse((await searchParams).page);
  const [t, format, locale, list] = await Promise.all([
    getTranslations("pressReleases"),
    getFormatter(),
    getLocale(),
    findPublicPressReleases({ page }),
  ]);
  return (
    <div className="space-y-4">
      <h1>{t("publicHeading")}</h1>
      <p className="max-w-3xl text-slate-700">{t("publicIntro")}</p>
      <p>{t("count", { count: list.total })}</p>
      {list.rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {list.rows.map((pr) => (
            <li key={pr.id} className="py-3" data-testid="public-press-release">
              <p className="text-sm text-slate-700">
                {pr.publishedAt && format.dateTime(pr.publishedAt, { dateStyle: "medium" })}
                {pr.mandate && <> · {localized(pr.mandate, "title", locale)}</>}
                {pr.communication?.reference && (
                  <>
                    {" "}
                    · <span className="font-mono">{pr.communication.reference}</span>
                  </>
                )}
                {pr.visit && <> · {t("visitTo", { state: localized(pr.visit.visitRequest.state, "name", locale) })}</>}
              </p>
              <Link href={`/press-releases/${pr.id}`} className="font-medium">
                {pr.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pages={list.pages} basePath="/press-releases" />
    </div>
  );
}
