import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { getSettings } from "@/lib/platform/get-settings";
import { SettingsForm } from "@/components/settings/settings-form";

export default async function SettingsPage() {
  await requirePermission("settings:manage", "/portal/admin/settings");
  const [t, settings] = await Promise.all([getTranslations("settings"), getSettings()]);
  return (
    <div className="space-y-4">
      <h1>{t("heading")}</h1>
      <SettingsForm settings={settings} />
    </div>
  );
}
