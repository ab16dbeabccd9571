import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { ChangePasswordForm } from "@/components/account/change-password-form";

export async function generateMetadata() {
  return { title: (await getTranslations("users"))("accountHeading") };
}

/** Every signed-in user's own account: for now, changing one's password. */
export default async function AccountPage() {
  const actor = await requirePermission("account:own", "/portal/account");
  const t = await getTranslations("users");
  return (
    <div className="space-y-4">
      <h1>{t("accountHeading")}</h1>
      <p className="text-slate-700">{t("accountIntro", { email: actor.email })}</p>
      <h2>{t("changePasswordHeading")}</h2>
      <ChangePasswordForm />
    </div>
  );
}
