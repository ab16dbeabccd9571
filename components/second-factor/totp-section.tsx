"use client";
import { useTranslations } from "next-intl";
import { confirmTotpAction, regenerateRecoveryCodesAction, removeTotpAction } from "@/lib/users/second-factor-actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { FormMessage } from "@/components/ui/form-message";
import { ActionButton } from "@/components/communications/action-button";

/** Recovery codes, shown once, right after they were made. */
function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations("secondFactor");
  return (
    <section aria-labelledby="recovery-codes" className="space-y-2 rounded border border-amber-300 bg-amber-50 p-4">
      <h3 id="recovery-codes">{t("recoveryHeading")}</h3>
      <p className="text-sm">{t("recoveryShowOnce")}</p>
      <ul className="grid grid-cols-2 gap-1 font-mono" data-testid="recovery-codes">
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The authenticator app: the QR code and key with the first-code form, or — once enrolled — the
 * recovery codes and removal. One component in both states, so the codes made on enrolment stay
 * on screen when the page refreshes to its enrolled state.
 */
export function TotpSection({
  enrolled,
  enabledSince,
  qrDataUrl,
  totpKey,
  recoveryLeft,
}: {
  enrolled: boolean;
  enabledSince: string | null;
  qrDataUrl: string | null;
  totpKey: string | null;
  recoveryLeft: number;
}) {
  const t = useTranslations("secondFactor");
  const { state: confirmState, pending: confirmPending, formRef: confirmRef, onSubmit: onConfirm } = useActionForm(confirmTotpAction);
  const { state: regenState, pending: regenPending, formRef: regenRef, onSubmit: onRegen } = useActionForm(regenerateRecoveryCodesAction);
  const codes = regenState.ok ? regenState.data?.recoveryCodes : confirmState.ok ? confirmState.data?.recoveryCodes : undefined;
  return (
    <section aria-labelledby="totp-heading" className="space-y-3">
      <h2 id="totp-heading">{t("totpHeading")}</h2>
      {codes && <RecoveryCodes codes={codes} />}
      {enrolled ? (
        <>
          <FormMessage tone="success" message={confirmState.ok ? confirmState.message : undefined} />
          {enabledSince && <p>{t("totpEnabledSince", { date: enabledSince })}</p>}
          <p>{t("recoveryLeft", { count: recoveryLeft })}</p>
          <form ref={regenRef} onSubmit={onRegen} className="space-y-2">
            <FormMessage tone={regenState.ok ? "success" : "error"} message={regenState.message} />
            <button type="submit" className="btn-secondary" disabled={regenPending}>
              {t("regenerate")}
            </button>
          </form>
          <ActionButton action={removeTotpAction} fields={{}} label={t("removeTotp")} tone="danger" />
        </>
      ) : (
        <>
          <p>{t("totpScan")}</p>
          {/* A PNG in a data: address (the CSP allows data: images); the key is below for typing. */}
          {/* eslint-disable-next-line @next/next/no-img-element -- a data: image, nothing to optimise */}
          {qrDataUrl && <img src={qrDataUrl} alt={t("qrAlt")} width={200} height={200} className="border border-slate-200" />}
          {totpKey && (
            <p>
              {t("keyLabel")}:{" "}
              <code className="font-mono" data-testid="totp-key">
                {totpKey}
              </code>
            </p>
          )}
          <form ref={confirmRef} onSubmit={onConfirm} noValidate className="max-w-xs space-y-3">
            <FormMessage tone="error" message={confirmState.ok ? undefined : confirmState.message} />
            <TextField
              label={t("code")}
              name="code"
              autoComplete="one-time-code"
              inputMode="numeric"
              defaultValue={typeof confirmState.values?.code === "string" ? confirmState.values.code : ""}
              error={confirmState.fieldErrors?.code}
              required
            />
            <button type="submit" className="btn-primary" disabled={confirmPending}>
              {t("confirm")}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
