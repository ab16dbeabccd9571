import { getFormatter, getTranslations } from "next-intl/server";
import type { MandatePage } from "@/lib/mandates/get-mandate-page";
import { DataTable, type Column } from "@/components/ui/data-table";

/** Holders past and present, newest first. Names in the sample data are fictional. */
export async function HoldersTable({ tenures }: { tenures: MandatePage["tenures"] }) {
  const [t, format] = await Promise.all([getTranslations("mandatePage"), getFormatter()]);
  // Tenure dates are calendar dates: shown as stored, whatever the reader's time zone.
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  const columns: Column<MandatePage["tenures"][number]>[] = [
    {
      key: "holder",
      header: t("holder"),
      rowHeader: true,
      // The current holder stands out.
      cell: (h) => (h.current ? <span className="font-semibold">{h.mandateHolder.name}</span> : h.mandateHolder.name),
    },
    { key: "role", header: t("role"), cell: (h) => t(`roles.${h.role}`) },
    { key: "from", header: t("from"), cell: (h) => date(h.startDate) },
    { key: "to", header: t("to"), cell: (h) => (h.endDate && !h.current ? date(h.endDate) : t("present")) },
  ];
  return (
    <section aria-labelledby="holders-h" className="space-y-2">
      <h2 id="holders-h">{t("holdersHeading")}</h2>
      <DataTable
        caption={t("holdersHeading")}
        captionHidden
        columns={columns}
        rows={tenures}
        rowKey={(h) => h.id}
        testId="mandate-holders"
        empty={t("noHolders")}
        compact
      />
    </section>
  );
}
