import { getTranslations } from "next-intl/server";
import { RequestPasswordResetForm } from "@/components/auth/request-password-reset-form";

export async function generateMetadata() {
  return { title: (await getTranslations("passwordReset"))("requestHeading") };
}

/** "Forgot your password?" (lib/users/request-password-reset.ts). */
export default async function RequestPasswordResetPage() {
  const t = await getTranslations("passwordReset");
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1>{t("requestHeading")}</h1>
      <p className="text-slate-700">{t("requestIntro")}</p>
      <RequestPasswordResetForm />
    </div>
  );
}
