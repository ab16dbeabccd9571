import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";

export default async function SignOutPage() {
  const t = await getTranslations("signOut");
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1>{t("heading")}</h1>
      <p>{t("confirm")}</p>
      <SignOutButton label={t("submit")} />
    </div>
  );
}
