import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { now } from "@/lib/core/clock";
import { pageSchema } from "@/lib/core/pagination";
import { findSlotsForState } from "@/lib/office-hours/find-slots";
import { StateSlots } from "@/components/office-hours/state-slots";

const PATH = "/portal/state/office-hours";

/** R17: State users see holders' free slots and book one for their State. */
export default async function StateOfficeHours({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePermission("office-hours:book", PATH);
  const page = pageSchema.parse((await searchParams).page);
  const [t, slots] = await Promise.all([getTranslations("officeHours"), findSlotsForState({ actor, now: now(), page })]);
  return (
    <div className="space-y-6">
      <h1>{t("nav")}</h1>
      <p className="max-w-3xl text-slate-700">{t("stateIntro")}</p>
      <StateSlots slots={slots} page={page} basePath={PATH} />
    </div>
  );
}
