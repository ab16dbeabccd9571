"use client";
import { useTranslations } from "next-intl";
import { submitAdvisoryCaseAction } from "@/lib/advisory/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { TextArea } from "@/components/ui/text-area";
import { FormMessage } from "@/components/ui/form-message";

/** R15: a case for the Internal Advisory Mechanism, in the categories the actor's role may bring. */
export function AdvisoryForm({ categories }: { categories: ("CONTEMPLATED_ACTIVITY" | "STATE_REFERRAL" | "SYSTEMIC_ISSUE")[] }) {
  const t = useTranslations("advisory");
  const { state, pending, formRef, onSubmit } = useActionForm(submitAdvisoryCaseAction);
  const e = state.fieldErrors ?? {};
  const typed = (k: string) => (typeof state.values?.[k] === "string" ? (state.values[k] as string) : "");
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate>
      <FormMessage tone="error" message={state.message} />
      <fieldset className="space-y-1" aria-describedby={e.category ? "category-error" : undefined}>
        <legend className="text-sm font-medium">{t("category")}</legend>
        {categories.map((c, i) => (
          <label key={c} className="flex items-start gap-2 text-sm">
            <input
              type="radio"
              name="category"
              value={c}
              defaultChecked={typed("category") ? typed("category") === c : i === 0}
              className="mt-1 size-4"
            />
            <span>{t(`categories.${c}`)}</span>
          </label>
        ))}
        {e.category?.[0] && (
          <p id="category-error" className="text-sm text-red-700">
            {e.category[0]}
          </p>
        )}
      </fieldset>
      <TextField label={t("title")} name="title" defaultValue={typed("title")} error={e.title} required />
      <TextArea
        label={t("description")}
        name="description"
        help={t("descriptionHelp")}
        defaultValue={typed("description")}
        error={e.description}
        rows={8}
        required
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
