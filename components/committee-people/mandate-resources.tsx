import { getFormatter, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { DataTable } from "@/components/ui/data-table";
import type { ResourceTotal } from "@/lib/committee-people/resource-totals";
import { resourcesHref } from "./resources-tables";

const USD = { style: "currency", currency: "USD", maximumFractionDigits: 0 } as const;

/** On a mandate's public page: the external resources it declared, per year (CC2). */
export async function MandateResources({ slug, totals }: { slug: string; totals: ResourceTotal[] }) {
  const [t, format] = await Promise.all([getTranslations("committeePeople"), getFormatter()]);
  return (
    <section aria-labelledby="mandate-resources-h" className="space-y-2">
      <h2 id="mandate-resources-h">{t("mandateResourcesHeading")}</h2>
      <DataTable
        caption={t("mandateResourcesHeading")}
        captionHidden
        testId="mandate-resources"
        compact
        rows={totals}
        rowKey={(r) => r.year}
        empty={t("mandateResourcesEmpty")}
        columns={[
          { key: "year", header: t("year"), rowHeader: true, cell: (r) => <Link href={resourcesHref(slug, r.year)}>{r.year}</Link> },
          { key: "total", header: t("total"), align: "end", cell: (r) => format.number(r.amountUsd, USD) },
          { key: "count", header: t("declarations"), align: "end", cell: (r) => r.declarations },
          { key: "inKind", header: t("inKindCount"), align: "end", cell: (r) => r.inKindOnly },
        ]}
      />
      {totals.length > 0 && (
        <p className="text-sm">
          <Link href={`/committee/external-resources?${new URLSearchParams({ mandate: slug })}`}>{t("mandateResourcesLink")}</Link>
        </p>
      )}
    </section>
  );
}
