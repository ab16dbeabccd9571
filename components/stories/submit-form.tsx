"use client";
import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { submitStoryAction } from "@/lib/stories/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { FormMessage } from "@/components/ui/form-message";
import { StoryFields, typedValues, type StoryChoices } from "./story-fields";

const EMPTY = { title: "", recommendation: "", whatChanged: "", mandateId: "", stateId: "", evidenceLinks: "", themeIds: [] };

/**
 * R13: anyone submits a good story. A signed-in user follows it in its workspace; an anonymous
 * visitor leaves an email and is shown, once, a token to check the status.
 */
export function SubmitStoryForm({ choices, signedIn, maxFiles }: { choices: StoryChoices; signedIn: boolean; maxFiles: number }) {
  const t = useTranslations("stories");
  const { state, pending, formRef, onSubmit } = useActionForm(submitStoryAction, { resetOnSuccess: true });
  const e = state.fieldErrors ?? {};
  const token = state.ok ? state.data?.token : null;
  return (
    <div className="space-y-4">
      {state.ok && (
        <div
          role="status"
          className="space-y-2 rounded border border-green-300 bg-green-50 p-4 text-green-900"
          data-testid="story-submitted"
        >
          <p>{state.message}</p>
          {token ? (
            <>
              <p>{t("tokenIntro")}</p>
              <p>
                <code className="select-all break-all rounded bg-white px-2 py-1 text-base" data-testid="status-token">
                  {token}
                </code>
              </p>
              <p>
                <Link href="/stories/status">{t("checkStatus")}</Link>
              </p>
            </>
          ) : (
            <p>
              <Link href="/stories/status">{t("followStatus")}</Link>
            </p>
          )}
        </div>
      )}
      <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate encType="multipart/form-data">
        {!state.ok && <FormMessage tone="error" message={state.message} />}
        <StoryFields values={typedValues(EMPTY, state.ok ? undefined : state.values)} errors={e} choices={choices} />
        <div className="space-y-1">
          <label htmlFor="evidenceFiles" className="block text-sm font-medium">
            {t("evidenceFiles")}
          </label>
          <input
            id="evidenceFiles"
            name="evidenceFiles"
            type="file"
            multiple
            aria-describedby="evidenceFiles-help"
            className="block text-sm"
          />
          <p id="evidenceFiles-help" className="text-sm text-slate-600">
            {t("evidenceFilesHelp", { max: maxFiles })}
          </p>
          {e.evidenceFiles?.[0] && <p className="text-sm text-red-700">{e.evidenceFiles[0]}</p>}
        </div>
        {!signedIn && (
          <fieldset className="space-y-3 rounded border border-slate-300 p-4">
            <legend className="px-1 text-sm font-medium">{t("aboutYou")}</legend>
            <TextField
              label={t("submitterName")}
              name="submitterName"
              autoComplete="name"
              defaultValue={state.ok ? "" : String(state.values?.submitterName ?? "")}
              error={e.submitterName}
            />
            <TextField
              label={t("submitterEmail")}
              name="submitterEmail"
              type="email"
              autoComplete="email"
              help={t("submitterEmailHelp")}
              defaultValue={state.ok ? "" : String(state.values?.submitterEmail ?? "")}
              error={e.submitterEmail}
              required
            />
          </fieldset>
        )}
        <button type="submit" className="btn-primary" disabled={pending}>
          {t("submit")}
        </button>
      </form>
    </div>
  );
}
