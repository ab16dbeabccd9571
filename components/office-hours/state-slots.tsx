import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import { cancelBookingAction } from "@/lib/office-hours/actions";
import type { StateSlots as Slots } from "@/lib/office-hours/find-slots";
import { ActionButton } from "@/components/communications/action-button";
import { GenevaTime } from "@/components/ui/geneva-time";
import { Pagination } from "@/components/ui/pagination";
import { BookForm } from "./book-form";
import { GENEVA_TIME_ZONE } from "@/lib/core/geneva";

type Holder = Slots["available"][number]["mandateHolder"];

/** R17 for a State: its bookings (cancellable) and the free slots of the holders who will be in Geneva. */
export async function StateSlots({ slots, page, basePath }: { slots: Slots; page: number; basePath: string }) {
  const [t, locale, format] = await Promise.all([getTranslations("officeHours"), getLocale(), getFormatter()]);
  const who = (h: Holder) =>
    `${h.name}${h.tenures.length ? ` (${h.tenures.map((x) => localized(x.mandate, "title", locale)).join("; ")})` : ""}`;
  const short = (at: Date) => format.dateTime(at, { dateStyle: "medium", timeStyle: "short", timeZone: GENEVA_TIME_ZONE });
  return (
    <div className="space-y-6">
      <section aria-labelledby="bookings-h" className="space-y-2">
        <h2 id="bookings-h">{t("yourBookings")}</h2>
        {slots.bookings.length === 0 ? (
          <p>{t("noBookings")}</p>
        ) : (
          <ul className="space-y-2">
            {slots.bookings.map((s) => (
              <li key={s.id} className="space-y-1 rounded border border-slate-200 p-3" data-testid="booking">
                <p className="font-medium">{who(s.mandateHolder)}</p>
                <p>
                  <GenevaTime at={s.startsAt} end={s.endsAt} dateStyle="full" /> · {s.location}
                </p>
                {s.bookingTopic && (
                  <p className="text-sm">
                    {t("topic")}: {s.bookingTopic}
                  </p>
                )}
                <ActionButton
                  action={cancelBookingAction}
                  fields={{ slotId: s.id }}
                  label={t("cancelBooking")}
                  tone="danger"
                  confirm={t("confirmCancel")}
                  confirmLabel={t("cancelBooking")}
                  cancelLabel={t("keepBooking")}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="available-h" className="space-y-2">
        <h2 id="available-h">{t("available")}</h2>
        <p>{t("availableCount", { count: slots.total })}</p>
        {slots.available.length === 0 ? (
          <p>{t("noAvailable")}</p>
        ) : (
          <ul className="space-y-2">
            {slots.available.map((s) => (
              <li key={s.id} className="space-y-2 rounded border border-slate-200 p-3" data-testid="available-slot">
                <p className="font-medium">{who(s.mandateHolder)}</p>
                <p>
                  <GenevaTime at={s.startsAt} end={s.endsAt} dateStyle="full" /> · {s.location}
                </p>
                <BookForm slotId={s.id} label={`${s.mandateHolder.name}, ${short(s.startsAt)}`} />
              </li>
            ))}
          </ul>
        )}
        <Pagination page={page} pages={slots.pages} basePath={basePath} />
      </section>
    </div>
  );
}
