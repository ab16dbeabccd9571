"use client";
import { useRef } from "react";
import { useTranslations } from "next-intl";
import { decideProposalAction } from "@/lib/questionnaires/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextArea } from "@/components/ui/text-area";
import { FormMessage } from "@/components/ui/form-message";

/** The secretariat approves (issues) or rejects a holder's proposal; rejecting asks for confirmation. */
export function ApprovalForm({ questionnaireId }: { questionnaireId: string }) {
  const t = useTranslations("questionnaires");
  const { state, pending, formRef, onSubmit } = useActionForm(decideProposalAction);
  const decision = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <form
      ref={formRef}
      onSubmit={(e) => {
        dialog.current?.close();
        onSubmit(e);
      }}
      className="space-y-3"
      noValidate
    >
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      <input type="hidden" name="questionnaireId" value={questionnaireId} />
      <input ref={decision} type="hidden" name="decision" defaultValue="approve" />
      <TextArea
        label={t("exceptionJustification")}
        name="exceptionJustification"
        rows={3}
        help={t("approvalJustificationHelp")}
        error={state.fieldErrors?.exceptionJustification}
      />
      <div className="flex gap-3">
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
        <button type="button" className="btn-danger" disabled={pending} onClick={() => dialog.current?.showModal()}>
          {t("reject")}
        </button>
      </div>
      <dialog ref={dialog} className="m-auto max-w-md rounded p-6 shadow-xl backdrop:bg-black/40">
        <p className="mb-4">{t("confirmReject")}</p>
        <div className="flex gap-3">
          <button
            type="submit"
            className="btn-danger"
            onClick={() => {
              decision.current!.value = "reject";
            }}
          >
            {t("reject")}
          </button>
          <button type="button" className="btn-secondary" onClick={() => dialog.current?.close()}>
            {t("cancel")}
          </button>
        </div>
      </dialog>
    </form>
  );
}
