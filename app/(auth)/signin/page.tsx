import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackUrl } from "@/lib/auth/safe-callback";

export async function generateMetadata() {
  return { title: (await getTranslations("signIn"))("heading") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const [t, tr, { callbackUrl }] = await Promise.all([getTranslations("signIn"), getTranslations("passwordReset"), searchParams]);
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1>{t("heading")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <SignInForm callbackUrl={safeCallbackUrl(callbackUrl)} />
      <p>
        <Link href="/reset-password">{tr("forgotLink")}</Link>
      </p>
    </div>
  );
}
