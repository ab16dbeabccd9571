"use client";
import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { checkStoryStatusAction } from "@/lib/stories/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { FormMessage } from "@/components/ui/form-message";
import { AmendStoryForm } from "./amend-form";

/** An anonymous submitter checks its story's status with the token it was given (sent by POST, never in a URL). */
export function StatusCheck() {
  const t = useTranslations("stories");
  const format = useFormatter();
  const [token, setToken] = useState("");
  const { state, pending, formRef, onSubmit } = useActionForm(checkStoryStatusAction);
  const s = state.ok ? state.data : null;
  return (
    <div className="space-y-4">
      <form ref={formRef} onSubmit={onSubmit} className="max-w-xl space-y-3" noValidate>
        {!state.ok && <FormMessage tone="error" message={state.message} />}
        <TextField
          label={t("token")}
          name="token"
          value={token}
          onChange={(e) => setToken(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          error={state.fieldErrors?.token}
          required
        />
        <button type="submit" className="btn-primary" disabled={pending}>
          {t("checkStatus")}
        </button>
      </form>
      {s && (
        <section aria-labelledby="status-h" className="space-y-2 rounded border border-slate-300 p-4" data-testid="story-status">
          <h2 id="status-h">{s.title}</h2>
          <p>{t("submittedOn", { date: format.dateTime(new Date(s.createdAt), { dateStyle: "medium" }) })}</p>
          <p>
            <strong>{t("statusLabel")}</strong> <span data-testid="story-status-value">{t(`statuses.${s.status}`)}</span>
          </p>
          {s.moderationNote && s.status !== "PUBLISHED" && (
            <p className="whitespace-pre-line">
              <strong>{t("noteFromSecretariat")}</strong> {s.moderationNote}
            </p>
          )}
          {s.status === "PUBLISHED" && (
            <p>
              <a href={`/stories/${s.id}`}>{t("viewPublished")}</a>
            </p>
          )}
          {s.status === "NEEDS_INFORMATION" && (
            <AmendStoryForm token={token} whatChanged={s.whatChanged} evidenceLinks={s.evidenceLinks ?? ""} />
          )}
        </section>
      )}
    </div>
  );
}
