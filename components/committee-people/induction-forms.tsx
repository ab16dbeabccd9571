"use client";
import { useTranslations } from "next-intl";
import { addInductionMaterialAction, createInductionSessionAction, updateInductionSessionAction } from "@/lib/committee-people/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { TextArea } from "@/components/ui/text-area";
import { SelectField } from "@/components/ui/select-field";
import { FormMessage } from "@/components/ui/form-message";
import { ACCEPT_ATTRIBUTE } from "@/lib/files/allowed-types";

/** A session's values as the form shows them (dates as YYYY-MM-DD). */
export type InductionSessionValues = { id: string; title: string; startsOn: string; endsOn: string; location: string; outline: string };

/**
 * The secretariat adds a session to the induction programme (its outline is public), or — given
 * `session` — corrects one, the form prefilled with what is recorded.
 */
export function InductionSessionForm({ session }: { session?: InductionSessionValues }) {
  const t = useTranslations("committeePeople");
  const { state, pending, formRef, onSubmit } = useActionForm(session ? updateInductionSessionAction : createInductionSessionAction, {
    resetOnSuccess: !session,
  });
  const e = state.fieldErrors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      {session && <input type="hidden" name="id" value={session.id} />}
      <TextField label={t("title")} name="title" defaultValue={session?.title} error={e.title} required />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField label={t("startsOn")} name="startsOn" type="date" defaultValue={session?.startsOn} error={e.startsOn} required />
        <TextField label={t("endsOn")} name="endsOn" type="date" defaultValue={session?.endsOn} help={t("endsOnHelp")} error={e.endsOn} />
        <TextField
          label={t("location")}
          name="location"
          defaultValue={session?.location ?? "Palais des Nations, Geneva"}
          error={e.location}
          required
        />
      </div>
      <TextArea label={t("outline")} name="outline" rows={4} defaultValue={session?.outline} error={e.outline} required />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t(session ? "saveSession" : "createSession")}
      </button>
    </form>
  );
}

/**
 * The secretariat adds a material to a session — a file (checked as every upload) or a link — for
 * holders only. Given `sessionId` (the session's own page) the session is not asked for.
 */
export function InductionMaterialForm({ sessions, sessionId }: { sessions?: { value: string; label: string }[]; sessionId?: string }) {
  const t = useTranslations("committeePeople");
  const { state, pending, formRef, onSubmit } = useActionForm(addInductionMaterialAction, { resetOnSuccess: true });
  const e = state.fieldErrors ?? {};
  const fileId = `material-file-${sessionId ?? "any"}`;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate encType="multipart/form-data">
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      {sessionId ? (
        <input type="hidden" name="sessionId" value={sessionId} />
      ) : (
        <SelectField
          label={t("session")}
          name="sessionId"
          options={sessions ?? []}
          placeholder={t("choose")}
          error={e.sessionId}
          required
        />
      )}
      <TextField label={t("materialTitle")} name="title" error={e.title} required />
      <div className="space-y-1">
        <label htmlFor={fileId} className="block text-sm font-medium">
          {t("materialFile")}
        </label>
        <input
          id={fileId}
          name="file"
          type="file"
          accept={ACCEPT_ATTRIBUTE}
          aria-describedby={e.file ? `${fileId}-help ${fileId}-error` : `${fileId}-help`}
          aria-invalid={e.file ? true : undefined}
          className="block text-sm"
        />
        <p id={`${fileId}-help`} className="text-sm text-slate-600">
          {t("materialFileHelp")}
        </p>
        {e.file?.[0] && (
          <p id={`${fileId}-error`} className="text-sm text-red-700">
            {e.file[0]}
          </p>
        )}
      </div>
      <TextField label={t("url")} name="url" type="url" help={t("urlHelp")} error={e.url} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("addMaterial")}
      </button>
    </form>
  );
}
