import { getTranslations } from "next-intl/server";
import { getPasswordReset } from "@/lib/users/get-password-reset";
import { SetPasswordForm } from "@/components/auth/set-password-form";

export async function generateMetadata() {
  // The token is in the address: never sent on as a referrer.
  return { title: (await getTranslations("passwordReset"))("heading"), referrer: "no-referrer" as const };
}

/** Where a password-reset link leads (lib/users/reset-password.ts). */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, link] = await Promise.all([getTranslations("passwordReset"), getPasswordReset({ token })]);
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1>{t("heading")}</h1>
      <SetPasswordForm purpose="reset" token={token} intro={link ? t("intro", { email: link.email }) : null} />
    </div>
  );
}
