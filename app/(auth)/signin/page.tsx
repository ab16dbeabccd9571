import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SsoButton } from "@/components/auth/sso-button";
import { FormMessage } from "@/components/ui/form-message";
import { safeCallbackUrl } from "@/lib/auth/safe-callback";
import { OIDC_PROVIDER_ID, oidcSignInChoice } from "@/lib/auth/oidc-config";
import { signInErrorKey } from "@/lib/auth/sign-in-error";
import { redirect } from "next/navigation";
import { ENROLMENT_PATH, getSessionActor } from "@/lib/auth/session";

export async function generateMetadata() {
  return { title: (await getTranslations("signIn"))("heading") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  // Signed in with the password but still without the second factor the role requires: set it up first.
  if ((await getSessionActor())?.secondFactorPending) redirect(ENROLMENT_PATH);
  const [t, tr, { callbackUrl, error }] = await Promise.all([getTranslations("signIn"), getTranslations("passwordReset"), searchParams]);
  const callback = safeCallbackUrl(callbackUrl);
  // Single sign-on (issue 12, item 7): shown only when configured (OIDC_ISSUER…, lib/auth/oidc-config.ts).
  const sso = oidcSignInChoice();
  const errorKey = signInErrorKey(typeof error === "string" ? error : null);
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1>{t("heading")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      {errorKey && <FormMessage tone="error" message={t(errorKey)} />}
      {sso.enabled && (
        <>
          <section aria-labelledby="sso-heading" className="space-y-2">
            <h2 id="sso-heading">{t("ssoHeading")}</h2>
            <p className="text-slate-700">{t("ssoIntro")}</p>
            <SsoButton providerId={OIDC_PROVIDER_ID} label={sso.label ?? t("ssoDefault")} callbackUrl={callback} />
          </section>
          <h2>{t("passwordHeading")}</h2>
        </>
      )}
      <SignInForm callbackUrl={callback} />
      <p>
        <Link href="/reset-password">{tr("forgotLink")}</Link>
      </p>
    </div>
  );
}
