import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { advisoryCategoriesFor, mayHandleAdvisory } from "@/lib/auth/advisory-policy";
import { advisoryYearlyCounts, findAdvisoryCases } from "@/lib/advisory/find-cases";
import { pageSchema } from "@/lib/core/pagination";
import { Pagination } from "@/components/ui/pagination";

const PATH = "/portal/advisory";

/** R15: the cases the actor is party to — or all of them for the Coordination Committee and the secretariat. */
export default async function AdvisoryCases({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePermission("advisory:submit", PATH);
  const page = pageSchema.parse((await searchParams).page);
  const handles = mayHandleAdvisory(actor);
  const [t, format, list, counts] = await Promise.all([
    getTranslations("advisory"),
    getFormatter(),
    findAdvisoryCases({ actor, page }),
    handles ? advisoryYearlyCounts({ actor }) : Promise.resolve(null),
  ]);
  return (
    <div className="space-y-6">
      <h1>{t("nav")}</h1>
      <p className="max-w-3xl text-slate-700">{handles ? t("handlerIntro") : t("partyIntro")}</p>
      {advisoryCategoriesFor(actor).length > 0 && (
        <p>
          <Link href={`${PATH}/new`} className="btn-primary">
            {t("newCase")}
          </Link>
        </p>
      )}
      <section aria-labelledby="cases-h" className="space-y-2">
        <h2 id="cases-h">{t("cases")}</h2>
        <p>{t("count", { count: list.total })}</p>
        {list.rows.length === 0 ? (
          <p>{t("noCases")}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("cases")}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">
                  {t("title")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("category")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("openedAt")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("status")}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((c) => (
                <tr key={c.id} className="border-b border-slate-200" data-testid="advisory-row">
                  <td className="py-2 pr-3">
                    <Link href={`${PATH}/${c.id}`}>{c.title}</Link>
                  </td>
                  <td className="py-2 pr-3">{t(`categoriesShort.${c.category}`)}</td>
                  <td className="py-2 pr-3">{format.dateTime(c.openedAt, { dateStyle: "medium" })}</td>
                  <td className="py-2 pr-3">{t(`statuses.${c.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pagination page={page} pages={list.pages} basePath={PATH} />
      </section>
      {counts && (
        <section aria-labelledby="counts-h" className="space-y-2">
          <h2 id="counts-h">{t("yearlyCounts")}</h2>
          <table className="w-full text-left text-sm" data-testid="advisory-counts">
            <caption className="sr-only">{t("yearlyCounts")}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">
                  {t("year")}
                </th>
                {(["CONTEMPLATED_ACTIVITY", "STATE_REFERRAL", "SYSTEMIC_ISSUE"] as const).map((c) => (
                  <th key={c} scope="col" className="py-2 pr-3">
                    {t(`categoriesShort.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {counts.map((y) => (
                <tr key={y.year} className="border-b border-slate-200">
                  <th scope="row" className="py-2 pr-3">
                    {y.year}
                  </th>
                  {y.categories.map((c) => (
                    <td key={c.category} className="py-2 pr-3">
                      {t("openedClosed", { opened: c.opened, closed: c.closed })}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
