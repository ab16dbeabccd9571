import { getTranslations } from "next-intl/server";
import { daysLeft } from "@/lib/communications/rules";
import { GenevaTime } from "@/components/ui/geneva-time";

/** A deadline in Geneva time and in the reader's own zone (when it differs), with days left. */
export async function Deadline({ at, now, showDaysLeft = true }: { at: Date; now: Date; showDaysLeft?: boolean }) {
  const t = await getTranslations("communications");
  const days = daysLeft(at, now);
  return (
    <span>
      <GenevaTime at={at} />
      {showDaysLeft && (
        <span className={days < 0 ? "ms-1 font-medium text-red-800" : "ms-1 text-slate-700"} data-testid="days-left">
          · {days < 0 ? t("overdueBy", { days: -days }) : t("daysLeft", { days })}
        </span>
      )}
    </span>
  );
}
