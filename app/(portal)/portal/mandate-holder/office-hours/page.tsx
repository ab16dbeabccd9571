import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { now } from "@/lib/core/clock";
import { findOwnSlots } from "@/lib/office-hours/find-slots";
import { genevaDate } from "@/lib/core/geneva";
import { PublishSlotsForm } from "@/components/office-hours/publish-form";
import { OwnSlots } from "@/components/office-hours/own-slots";

/** R17: a holder in Geneva publishes office-hour slots and sees who booked them. */
export default async function HolderOfficeHours() {
  const actor = await requirePermission("office-hours:publish", "/portal/mandate-holder/office-hours");
  const at = now();
  const [t, slots] = await Promise.all([getTranslations("officeHours"), findOwnSlots({ actor, now: at })]);
  return (
    <div className="space-y-6">
      <h1>{t("nav")}</h1>
      <p className="max-w-3xl text-slate-700">{t("holderIntro")}</p>
      <section aria-labelledby="publish-h" className="space-y-2">
        <h2 id="publish-h">{t("publishHeading")}</h2>
        <PublishSlotsForm defaultDate={genevaDate(new Date(at.getTime() + 7 * 86_400_000))} />
      </section>
      <section aria-labelledby="own-h" className="space-y-2">
        <h2 id="own-h">{t("yourSlots")}</h2>
        <OwnSlots slots={slots} />
      </section>
    </div>
  );
}
