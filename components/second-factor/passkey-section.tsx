"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { browserSupportsWebAuthn, startRegistration } from "@simplewebauthn/browser";
import { passkeyRegistrationOptionsAction, registerPasskeyAction, removePasskeyAction } from "@/lib/users/second-factor-actions";
import type { ActionState } from "@/lib/server/action";
import { TextField } from "@/components/ui/text-field";
import { FormMessage } from "@/components/ui/form-message";
import { ActionButton } from "@/components/communications/action-button";

type Options = Parameters<typeof startRegistration>[0]["optionsJSON"];

/** The user's passkeys, with removal, and the form that adds one (the browser creates it). */
export function PasskeySection({ passkeys }: { passkeys: { id: string; name: string; added: string }[] }) {
  const t = useTranslations("secondFactor");
  const [name, setName] = useState("");
  const [result, setResult] = useState<{ ok: boolean; message?: string; nameError?: string }>({ ok: false });
  const [pending, setPending] = useState(false);
  const router = useRouter();

  // Options from the server (a challenge kept there), the browser's ceremony, the answer back.
  async function register(passkeyName: string) {
    setPending(true);
    try {
      const opts = (await passkeyRegistrationOptionsAction({ ok: false }, new FormData())) as ActionState<{
        challengeId: string;
        options: Options;
      }>;
      if (!opts.ok || !opts.data) {
        setResult({ ok: false, message: opts.message ?? t("passkeyFailed") });
        return;
      }
      let response;
      try {
        response = await startRegistration({ optionsJSON: opts.data.options });
      } catch {
        setResult({ ok: false, message: t("passkeyFailed") });
        return;
      }
      const fd = new FormData();
      fd.set("challengeId", opts.data.challengeId);
      fd.set("response", JSON.stringify(response));
      fd.set("name", passkeyName);
      const saved = await registerPasskeyAction({ ok: false }, fd);
      setResult({ ok: saved.ok, message: saved.fieldErrors?.passkey?.[0] ?? saved.message });
      if (saved.ok) {
        setName("");
        router.refresh();
      }
    } finally {
      setPending(false);
    }
  }

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!browserSupportsWebAuthn()) return setResult({ ok: false, message: t("passkeyUnsupported") });
    if (!name.trim()) return setResult({ ok: false, nameError: t("passkeyName") });
    void register(name.trim());
  }

  return (
    <section aria-labelledby="passkeys-heading" className="space-y-3">
      <h2 id="passkeys-heading">{t("passkeysHeading")}</h2>
      <p>{t("passkeysIntro")}</p>
      {passkeys.length === 0 ? (
        <p>{t("noPasskeys")}</p>
      ) : (
        <ul className="space-y-2" aria-label={t("passkeysHeading")}>
          {passkeys.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center gap-3">
              <span>
                {p.name} — {t("passkeyCreated", { date: p.added })}
              </span>
              <ActionButton
                action={removePasskeyAction}
                fields={{ passkeyId: p.id }}
                label={`${t("removePasskey")} ${p.name}`}
                tone="secondary"
              />
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={onSubmit} noValidate className="max-w-sm space-y-3">
        <FormMessage tone={result.ok ? "success" : "error"} message={result.message} />
        <TextField
          label={t("passkeyName")}
          name="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={result.nameError}
          required
          maxLength={80}
        />
        <button type="submit" className="btn-primary" disabled={pending}>
          {t("addPasskey")}
        </button>
      </form>
    </section>
  );
}
