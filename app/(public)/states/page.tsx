import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { findStates } from "@/lib/states/find-states";
import { localized } from "@/lib/i18n/localized";
import { DataTable, type Column } from "@/components/ui/data-table";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("states"))("heading") };
}

export default async function StatesPage() {
  const [t, locale, states] = await Promise.all([getTranslations("states"), getLocale(), findStates()]);
  const sorted = [...states].sort((a, b) => localized(a, "name", locale).localeCompare(localized(b, "name", locale), locale));
  const columns: Column<(typeof sorted)[number]>[] = [
    {
      key: "name",
      header: t("name"),
      rowHeader: true,
      cell: (s) => <Link href={`/states/${s.iso3}`}>{localized(s, "name", locale)}</Link>,
    },
    { key: "iso3", header: t("iso3"), className: "font-mono", cell: (s) => s.iso3 },
    { key: "group", header: t("group"), cell: (s) => t(`groups.${s.regionalGroup}`) },
    { key: "status", header: t("status"), cell: (s) => (s.status === "MEMBER" ? t("member") : t("observer")) },
    {
      key: "council",
      header: t("council"),
      cell: (s) => s.councilTerms.map((c) => t("councilMember", { from: c.fromYear, to: c.toYear })).join(", "),
    },
  ];
  return (
    <div className="space-y-4">
      <h1>{t("heading")}</h1>
      <p className="text-slate-700">
        {t("intro")} {t("count", { count: states.length })}
      </p>
      <DataTable caption={t("heading")} captionHidden columns={columns} rows={sorted} rowKey={(s) => s.id} compact />
    </div>
  );
}
