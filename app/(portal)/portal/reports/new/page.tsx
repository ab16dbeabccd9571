import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { schedulesReports } from "@/lib/auth/reports-policy";
import { reportFormChoices } from "@/lib/reports/report-form-data";
import { themeOptions } from "@/lib/reports/theme-options";
import { localized } from "@/lib/i18n/localized";
import { ReportForm } from "@/components/reports/report-form";

const EMPTY = { reportId: "", symbol: "", title: "", kind: "THEMATIC", themeIds: [], submittedAt: "", publishedAt: "", presentedAt: "" };

/** R19: a new report of a mandate the actor keeps reports of; the secretariat schedules it at once. */
export default async function NewReport() {
  const actor = await requirePermission("report:manage", "/portal/reports/new");
  const [t, locale, choices] = await Promise.all([getTranslations("reports"), getLocale(), reportFormChoices({ actor })]);
  return (
    <div className="space-y-4">
      <h1>{t("newHeading")}</h1>
      <ReportForm
        initial={EMPTY}
        mandates={choices.mandates.map((m) => ({ value: m.id, label: localized(m, "title", locale) }))}
        themes={themeOptions(choices.themes, locale)}
        withSchedule={schedulesReports(actor)}
      />
    </div>
  );
}
