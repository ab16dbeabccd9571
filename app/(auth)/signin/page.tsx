import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackUrl } from "@/lib/auth/safe-callback";
import { redirect } from "next/navigation";
import { ENROLMENT_PATH, getSessionActor } from "@/lib/auth/session";

export async function generateMetadata() {
  return { title: (await getTranslations("signIn"))("heading") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  // Signed in with the password but still without the second factor the role requires: set it up first.
  if ((await getSessionActor())?.secondFactorPending) redirect(ENROLMENT_PATH);
  const [t, { callbackUrl }] = await Promise.all([getTranslations("signIn"), searchParams]);
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1>{t("heading")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <SignInForm callbackUrl={safeCallbackUrl(callbackUrl)} />
    </div>
  );
}
