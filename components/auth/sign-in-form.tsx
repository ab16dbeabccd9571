"use client";
import { useState } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/text-field";
import { FormMessage } from "@/components/ui/form-message";
import {
  EMAIL_UNCONFIRMED,
  minutesToWait,
  PASSWORD_SIGN_IN_DISABLED,
  SECOND_FACTOR_FAILED,
  SECOND_FACTOR_REQUIRED,
} from "@/lib/auth/sign-in-error";
import { passkeyAssertion } from "@/components/second-factor/passkey-client";

type Errors = { email?: string; password?: string; code?: string; form?: string };

/**
 * Email and password; then, for an account with a second factor, the code (authenticator app or
 * recovery code) or a passkey. Or a passkey alone. Every attempt goes through next-auth's credentials
 * endpoint, where the throttle counts failures (lib/auth/options.ts).
 */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("signIn");
  const t2 = useTranslations("secondFactor");
  const [step, setStep] = useState<"password" | "code">("password");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);

  async function attempt(provider: "credentials" | "passkey", fields: Record<string, string>) {
    setPending(true);
    const result = await signIn(provider, { ...fields, redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    const error = result?.error ?? "";
    const minutes = minutesToWait(error);
    if (minutes !== null) {
      setStep("password");
      setPassword("");
      setCode("");
      setErrors({ form: t("tooMany", { minutes }) });
    } else if (error === SECOND_FACTOR_REQUIRED) {
      setStep("code");
      setErrors({});
    } else if (error === SECOND_FACTOR_FAILED) {
      setCode("");
      setErrors({ form: t2("signInCodeWrong") });
    } else if (error === PASSWORD_SIGN_IN_DISABLED) {
      setStep("password");
      setPassword("");
      setCode("");
      setErrors({ form: t("passwordSignInDisabled") });
    } else if (error === EMAIL_UNCONFIRMED) {
      setStep("password");
      setPassword("");
      setCode("");
      setErrors({ form: t("emailUnconfirmed") });
    } else if (provider === "passkey") {
      setErrors({ form: t2("signInPasskeyFailed") });
    } else {
      setStep("password");
      setPassword("");
      setCode("");
      setErrors({ form: t("failed") });
    }
  }

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (step === "code") {
      if (!code.trim()) return setErrors({ code: t2("signInCodeRequired") });
      return attempt("credentials", { email: email.trim(), password, code: code.trim() });
    }
    const next: Errors = {};
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) next.email = t("emailInvalid");
    if (!password) next.password = t("passwordRequired");
    setErrors(next);
    if (next.email || next.password) return;
    await attempt("credentials", { email: email.trim(), password });
  }

  async function withPasskey(alone: boolean) {
    setErrors({});
    const assertion = await passkeyAssertion();
    if (!assertion) return setErrors({ form: t2("signInPasskeyFailed") });
    await (alone ? attempt("passkey", assertion) : attempt("credentials", { email: email.trim(), password, ...assertion }));
  }

  return (
    <div className="space-y-6">
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-4">
        <FormMessage tone="error" message={errors.form} />
        {step === "password" ? (
          <>
            <TextField
              label={t("email")}
              name="email"
              type="email"
              autoComplete="username webauthn"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={errors.email}
              required
            />
            <TextField
              label={t("password")}
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={errors.password}
              required
            />
            <button type="submit" disabled={pending} className="btn-primary">
              {pending ? t("submitting") : t("submit")}
            </button>
          </>
        ) : (
          <>
            <p className="text-slate-700">{t2("signInCodeIntro")}</p>
            <TextField
              label={t2("signInCode")}
              name="code"
              autoComplete="one-time-code"
              inputMode="text"
              autoFocus
              value={code}
              onChange={(e) => setCode(e.target.value)}
              error={errors.code}
              required
            />
            <div className="flex flex-wrap gap-3">
              <button type="submit" disabled={pending} className="btn-primary">
                {pending ? t("submitting") : t2("signInVerify")}
              </button>
              <button type="button" disabled={pending} className="btn-secondary" onClick={() => void withPasskey(false)}>
                {t2("signInUsePasskey")}
              </button>
              <button
                type="button"
                className="btn-secondary"
                onClick={() => {
                  setStep("password");
                  setPassword("");
                  setCode("");
                  setErrors({});
                }}
              >
                {t2("signInBack")}
              </button>
            </div>
          </>
        )}
      </form>
      {step === "password" && (
        <button type="button" disabled={pending} className="btn-secondary" onClick={() => void withPasskey(true)}>
          {t2("signInWithPasskey")}
        </button>
      )}
    </div>
  );
}
