"use client";
import { useTranslations } from "next-intl";
import { bookSlotAction } from "@/lib/office-hours/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormMessage } from "@/components/ui/form-message";

/** A State books one free slot, optionally saying what it wishes to discuss (seen by the holder only). */
export function BookForm({ slotId, label }: { slotId: string; label: string }) {
  const t = useTranslations("officeHours");
  const { state, pending, formRef, onSubmit } = useActionForm(bookSlotAction);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="slotId" value={slotId} />
      <label className="text-sm">
        <span className="block">{t("topicFor", { slot: label })}</span>
        <input name="topic" maxLength={1000} className="block w-64 rounded border border-slate-400 px-2 py-1" />
      </label>
      <button type="submit" className="btn-primary" disabled={pending} aria-label={t("bookSlot", { slot: label })}>
        {t("book")}
      </button>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
    </form>
  );
}
