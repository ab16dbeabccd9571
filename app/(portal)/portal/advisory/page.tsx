import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { advisoryCategoriesFor, mayHandleAdvisory } from "@/lib/auth/advisory-policy";
import { advisoryYearlyCounts, findAdvisoryCases } from "@/lib/advisory/find-cases";
import { pageSchema } from "@/lib/core/pagination";
import { Pagination } from "@/components/ui/pagination";
import { DataTable, type Column } from "@/components/ui/data-table";
import { ADVISORY_CATEGORIES } from "@/lib/advisory/schemas";

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
  const caseColumns: Column<(typeof list.rows)[number]>[] = [
    { key: "title", header: t("title"), cell: (c) => <Link href={`${PATH}/${c.id}`}>{c.title}</Link> },
    { key: "category", header: t("category"), cell: (c) => t(`categoriesShort.${c.category}`) },
    { key: "openedAt", header: t("openedAt"), cell: (c) => format.dateTime(c.openedAt, { dateStyle: "medium" }) },
    { key: "status", header: t("status"), cell: (c) => t(`statuses.${c.status}`) },
  ];
  const countColumns: Column<NonNullable<typeof counts>[number]>[] = [
    { key: "year", header: t("year"), rowHeader: true, cell: (y) => y.year },
    ...ADVISORY_CATEGORIES.map((category): Column<NonNullable<typeof counts>[number]> => ({
      key: category,
      header: t(`categoriesShort.${category}`),
      cell: (y) => {
        const c = y.categories.find((x) => x.category === category);
        return t("openedClosed", { opened: c?.opened ?? 0, closed: c?.closed ?? 0 });
      },
    })),
  ];
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
        <DataTable
          caption={t("cases")}
          captionHidden
          columns={caseColumns}
          rows={list.rows}
          rowKey={(c) => c.id}
          rowAttributes={() => ({ "data-testid": "advisory-row" })}
          empty={t("noCases")}
        />
        <Pagination page={page} pages={list.pages} basePath={PATH} />
      </section>
      {counts && (
        <section aria-labelledby="counts-h" className="space-y-2">
          <h2 id="counts-h">{t("yearlyCounts")}</h2>
          <DataTable
            caption={t("yearlyCounts")}
            captionHidden
            columns={countColumns}
            rows={counts}
            rowKey={(y) => y.year}
            testId="advisory-counts"
          />
        </section>
      )}
    </div>
  );
}
