"use client";
import { useRef } from "react";
import { useTranslations } from "next-intl";
import { decideOrganisationAction } from "@/lib/organisations/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextArea } from "@/components/ui/text-area";
import { FormMessage } from "@/components/ui/form-message";

/**
 * The secretariat approves a registered organisation, or refuses it with a reason the organisation is
 * told. `blocked` says why it cannot be decided (not confirmed yet, or decided already); the message
 * of a decision just taken stays after the action's refresh, which re-renders the page decided.
 */
export function OrganisationDecisionForm({
  organisationId,
  blocked,
}: {
  organisationId: string;
  blocked: "not-confirmed" | "already-decided" | null;
}) {
  const t = useTranslations("organisations");
  const { state, pending, formRef, onSubmit } = useActionForm(decideOrganisationAction);
  const decision = useRef<HTMLInputElement>(null);
  if (state.ok) return <FormMessage tone="success" message={state.message} />;
  if (blocked) return <p>{blocked === "not-confirmed" ? t("notConfirmed") : t("alreadyDecided")}</p>;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-2xl space-y-3" noValidate>
      <p className="max-w-3xl text-sm text-slate-700">{t("decisionIntro")}</p>
      <FormMessage tone="error" message={state.message} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <input ref={decision} type="hidden" name="decision" defaultValue="approve" />
      <TextArea
        label={t("refusalReason")}
        name="reason"
        rows={3}
        help={t("refusalReasonHelp")}
        defaultValue={String(state.values?.reason ?? "")}
        error={state.fieldErrors?.reason}
      />
      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          className="btn-primary"
          disabled={pending}
          onClick={() => {
            decision.current!.value = "approve";
          }}
        >
          {t("approve")}
        </button>
        <button
          type="submit"
          className="btn-danger"
          disabled={pending}
          onClick={() => {
            decision.current!.value = "refuse";
          }}
        >
          {t("refuse")}
        </button>
      </div>
    </form>
  );
}
