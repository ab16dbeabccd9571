import { getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import { deleteSlotAction } from "@/lib/office-hours/actions";
import type { OwnSlot } from "@/lib/office-hours/find-slots";
import { ActionButton } from "@/components/communications/action-button";
import { GenevaTime } from "@/components/ui/geneva-time";

/** A holder's upcoming slots: free ones can be withdrawn, booked ones show the State and its topic. */
export async function OwnSlots({ slots }: { slots: OwnSlot[] }) {
  const [t, locale] = await Promise.all([getTranslations("officeHours"), getLocale()]);
  if (slots.length === 0) return <p>{t("noSlots")}</p>;
  return (
    <ul className="space-y-2">
      {slots.map((s) => (
        <li key={s.id} className="space-y-1 rounded border border-slate-200 p-3" data-testid="own-slot">
          <p>
            <GenevaTime at={s.startsAt} end={s.endsAt} dateStyle="full" /> · {s.location}
          </p>
          {s.bookedByState ? (
            <p data-testid="booked-by">
              {t("bookedBy", { state: localized(s.bookedByState, "name", locale), person: s.bookedByUser?.name ?? "—" })}
              {s.bookingTopic ? ` — ${t("topic")}: ${s.bookingTopic}` : ""}
            </p>
          ) : (
            <div className="flex items-center gap-3">
              <span>{t("free")}</span>
              <ActionButton
                action={deleteSlotAction}
                fields={{ slotId: s.id }}
                label={t("withdraw")}
                tone="secondary"
                confirm={t("confirmWithdraw")}
                confirmLabel={t("withdraw")}
                cancelLabel={t("cancel")}
              />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
