import { getFormatter, getTranslations } from "next-intl/server";
import { GENEVA_TIME_ZONE } from "@/lib/core/geneva";

/** An instant in Geneva time, and in the reader's own time zone when that differs (R12 deadlines, R17 slots). */
export async function GenevaAndLocal({
  at,
  end,
  testId,
  dateStyle = "medium",
}: {
  at: Date;
  end?: Date;
  testId?: string;
  dateStyle?: "full" | "long" | "medium";
}) {
  const [t, format] = await Promise.all([getTranslations("questionnaires"), getFormatter()]);
  const show = (timeZone?: string) => {
    const start = format.dateTime(at, { dateStyle, timeStyle: "short", ...(timeZone ? { timeZone } : {}) });
    return end ? `${start}–${format.dateTime(end, { timeStyle: "short", ...(timeZone ? { timeZone } : {}) })}` : start;
  };
  const geneva = show(GENEVA_TIME_ZONE);
  const local = show();
  return (
    <span>
      <time dateTime={at.toISOString()} data-testid={testId}>
        {geneva}
      </time>{" "}
      ({t("genevaTime")})
      {local !== geneva && (
        <span className="text-slate-700">
          {" "}
          · {local} ({t("yourTime")})
        </span>
      )}
    </span>
  );
}
