"use client";
import { useState } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/text-field";
import { FormMessage } from "@/components/ui/form-message";
import { minutesToWait, PASSWORD_SIGN_IN_DISABLED } from "@/lib/auth/sign-in-error";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("signIn");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<{ email?: string; password?: string; form?: string }>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const next: typeof errors = {};
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) next.email = t("emailInvalid");
    if (!password) next.password = t("passwordRequired");
    setErrors(next);
    if (next.email || next.password) return;
    setPending(true);
    const result = await signIn("credentials", { email: email.trim(), password, redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    setPassword("");
    const minutes = minutesToWait(result?.error);
    setErrors({
      form:
        minutes !== null
          ? t("tooMany", { minutes })
          : result?.error === PASSWORD_SIGN_IN_DISABLED
            ? t("passwordSignInDisabled")
            : t("failed"),
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage tone="error" message={errors.form} />
      <TextField
        label={t("email")}
        name="email"
        type="email"
        autoComplete="username"
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
    </form>
  );
}
