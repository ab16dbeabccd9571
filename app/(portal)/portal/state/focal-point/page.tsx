import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { getFocalPoint } from "@/lib/states/get-focal-point";
import { localized } from "@/lib/i18n/localized";
import { FocalPointForm } from "@/components/communications/focal-point-form";
import { MissionLanguageForm } from "@/components/states/mission-language-form";

export default async function FocalPointPage() {
  const actor = await requirePermission("state:manage-focal-point", "/portal/state/focal-point");
  const [t, locale, d] = await Promise.all([getTranslations("communications"), getLocale(), getFocalPoint({ actor })]);
  return (
    <div className="space-y-4">
      <h1>{t("focalPoint")}</h1>
      <p className="max-w-3xl text-slate-700">{t("focalPointIntro", { state: localized(d.state, "name", locale) })}</p>
      <FocalPointForm initial={{ name: d.focalPoint?.name ?? "", email: d.focalPoint?.email ?? "", phone: d.focalPoint?.phone ?? "" }} />
      <h2>{t("missionLanguage")}</h2>
      <MissionLanguageForm locale={d.state.locale} />
    </div>
  );
}
