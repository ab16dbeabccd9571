import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { OwnSessions } from "@/components/account/own-sessions";
import { findOwnSessions } from "@/lib/users/own-sessions";
import { findOwnAccount } from "@/lib/users/own-account";

export async function generateMetadata() {
  return { title: (await getTranslations("users"))("accountHeading") };
}

/** Every signed-in user's own account: the password (unless it signs in through single sign-on only), and the browsers signed in to it. */
export default async function AccountPage() {
  const actor = await requirePermission("account:own", "/portal/account");
  const [t, t2, sessions, account] = await Promise.all([
    getTranslations("users"),
    getTranslations("secondFactor"),
    findOwnSessions({ actor }),
    findOwnAccount({ actor }),
  ]);
  return (
    <div className="space-y-4">
      <h1>{t("accountHeading")}</h1>
      <p className="text-slate-700">{t("accountIntro", { email: actor.email })}</p>
      {account.passwordSignInDisabled ? (
        <>
          <h2>{t("signInMethodHeading")}</h2>
          <p>{t("passwordSignInDisabledOwn")}</p>
        </>
      ) : (
        <>
          <h2>{t("changePasswordHeading")}</h2>
          <ChangePasswordForm />
        </>
      )}
      <h2>{t2("heading")}</h2>
      <p>
        <Link href="/second-factor">{t2("accountLink")}</Link>
      </p>
      <OwnSessions sessions={sessions} timeZone={actor.timeZone} />
    </div>
  );
}
