import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { DataTable } from "@/components/ui/data-table";
import { localized, type Localized } from "@/lib/i18n/localized";
import type { ExternalResourceRow } from "@/lib/committee-people/find-external-resources";
import type { ResourceTotal } from "@/lib/committee-people/resource-totals";
import { removeExternalResourceAction } from "@/lib/committee-people/actions";
import { ActionButton } from "@/components/communications/action-button";

type Mandate = { slug: string } & Localized<"title">;
const USD = { style: "currency", currency: "USD", maximumFractionDigits: 0 } as const;
const resourcesHref = (slug: string, year: number) =>
  `/committee/external-resources?${new URLSearchParams({ mandate: slug, year: String(year) })}`;

/** Totals per mandate and year (CC2): funds added up, contributions in kind counted. */
export async function ResourceTotalsTable({ totals, caption }: { totals: (ResourceTotal & { mandate: Mandate })[]; caption?: string }) {
  const [t, format, locale] = await Promise.all([getTranslations("committeePeople"), getFormatter(), getLocale()]);
  return (
    <DataTable
      caption={caption ?? t("totalsCaption")}
      testId="resource-totals"
      compact
      rows={totals}
      rowKey={(r) => `${r.year}:${r.mandateId}`}
      columns={[
        {
          key: "mandate",
          header: t("mandate"),
          rowHeader: true,
          cell: (r) => <Link href={resourcesHref(r.mandate.slug, r.year)}>{localized(r.mandate, "title", locale)}</Link>,
        },
        { key: "year", header: t("year"), align: "end", cell: (r) => r.year },
        { key: "total", header: t("total"), align: "end", cell: (r) => format.number(r.amountUsd, USD) },
        { key: "count", header: t("declarations"), align: "end", cell: (r) => r.declarations },
        { key: "inKind", header: t("inKindCount"), align: "end", cell: (r) => r.inKindOnly },
      ]}
    />
  );
}

/**
 * The declarations themselves; with `removable`, those the actor may withdraw get a button (asking
 * first); with `editable` (the secretariat), each opens its page to be corrected or deleted.
 */
export async function ResourceDeclarationsTable({
  rows,
  removable = false,
  editable = false,
}: {
  rows: ExternalResourceRow[];
  removable?: boolean;
  editable?: boolean;
}) {
  const [t, format, locale] = await Promise.all([getTranslations("committeePeople"), getFormatter(), getLocale()]);
  return (
    <DataTable
      caption={t("declarationsCaption")}
      testId="resource-declarations"
      rows={rows}
      rowKey={(r) => r.id}
      rowAttributes={() => ({ "data-testid": "resource" })}
      columns={[
        {
          key: "source",
          header: t("source"),
          rowHeader: true,
          cell: (r) => (editable ? <Link href={`/portal/secretariat/committee/resources/${r.id}`}>{r.source}</Link> : r.source),
        },
        {
          key: "mandate",
          header: t("mandate"),
          cell: (r) => <Link href={`/mandates/${r.mandate.slug}`}>{localized(r.mandate, "title", locale)}</Link>,
        },
        { key: "year", header: t("year"), align: "end", cell: (r) => r.year },
        {
          key: "amount",
          header: t("amount"),
          align: "end",
          nowrap: true,
          cell: (r) => (r.amountUsd === null ? "—" : format.number(r.amountUsd, USD)),
        },
        { key: "inKind", header: t("inKind"), cell: (r) => r.inKind ?? "—" },
        { key: "purpose", header: t("purpose"), cell: (r) => r.purpose },
        {
          key: "by",
          header: t("declaredBy"),
          cell: (r) => t(r.declaredByRole === "SECRETARIAT" ? "declaredBySECRETARIAT" : "declaredByMANDATE_HOLDER"),
        },
        ...(removable
          ? [
              {
                key: "remove",
                header: t("remove"),
                hiddenHeader: true,
                cell: (r: ExternalResourceRow) => (
                  <ActionButton
                    action={removeExternalResourceAction}
                    fields={{ id: r.id }}
                    label={t("remove")}
                    tone="secondary"
                    confirm={t("confirmRemove")}
                    cancelLabel={t("cancel")}
                  />
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

export { resourcesHref };
