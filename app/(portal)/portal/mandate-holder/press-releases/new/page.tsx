import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { pressReleaseFormData } from "@/lib/press-releases/press-release-form-data";
import { PressReleaseForm } from "@/components/press-releases/press-release-form";

export default async function NewPressRelease() {
  const actor = await requirePermission("workspace:mandate-holder", "/portal/mandate-holder/press-releases/new");
  const [t, locale] = await Promise.all([getTranslations("pressReleases"), getLocale()]);
  const { choices, initial } = await pressReleaseFormData({ actor, locale });
  return (
    <div className="space-y-4">
      <h1>{t("new")}</h1>
      <PressReleaseForm initial={initial} choices={choices} />
    </div>
  );
}
