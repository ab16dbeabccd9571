import { getFormatter, getTranslations } from "next-intl/server";
import { daysLeft } from "@/lib/communications/rules";
import { GENEVA_TIME_ZONE } from "@/lib/core/geneva";

/** A deadline in Geneva time (and in the reader's own zone when it differs), with days left. */
export async function Deadline({ at, now, showDaysLeft = true }: { at: Date; now: Date; showDaysLeft?: boolean }) {
  const [t, format] = await Promise.all([getTranslations("communications"), getFormatter()]);
  const days = daysLeft(at, now);
  const geneva = format.dateTime(at, { dateStyle: "medium", timeStyle: "short", timeZone: GENEVA_TIME_ZONE });
  const local = format.dateTime(at, { dateStyle: "medium", timeStyle: "short" });
  return (
    <span>
      <time dateTime={at.toISOString()}>{geneva}</time> ({t("genevaTime")})
      {local !== geneva && <span className="text-slate-600"> · {local}</span>}
      {showDaysLeft && (
        <span className={days < 0 ? "ml-1 font-medium text-red-800" : "ml-1 text-slate-700"} data-testid="days-left">
          · {days < 0 ? t("overdueBy", { days: -days }) : t("daysLeft", { days })}
        </span>
      )}
    </span>
  );
}
