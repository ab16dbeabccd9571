"use client";
import { useState } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";

/**
 * Single sign-on through the organisation's identity provider. next-auth's signIn() asks the server for
 * the provider's address (with PKCE, state and nonce) and then navigates there — a navigation, not a
 * form submission, so the Content-Security-Policy's form-action stays 'self'.
 */
export function SsoButton({ providerId, label, callbackUrl }: { providerId: string; label: string; callbackUrl: string }) {
  const t = useTranslations("signIn");
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className="btn-secondary"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signIn(providerId, { callbackUrl }).catch(() => setPending(false));
      }}
    >
      {pending ? t("ssoRedirecting") : label}
    </button>
  );
}
