import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";

export default async function AdminWorkspace() {
  await requirePermission("workspace:admin", "/portal/admin");
  const t = await getTranslations("workspace.admin");
  return (
    <div className="space-y-4">
      <h1>{t("heading")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <ul className="list-disc ps-6">
        <li>
          <Link href="/portal/admin/users">{t("users")}</Link>
        </li>
        <li>
          <Link href="/portal/admin/settings">{t("settings")}</Link>
        </li>
      </ul>
    </div>
  );
}
