import { getFormatter, getTranslations } from "next-intl/server";
import { GENEVA_TIME_ZONE } from "@/lib/core/geneva";
import { YourTime } from "./your-time";

/**
 * The one way to show a moment that matters on Geneva's clock (a reply deadline, a call's closing, an
 * office-hour slot, R3 lead times): Geneva time written by the server — so it reads the same without
 * JavaScript and in every cached copy — followed, in the browser, by the reader's own time when their
 * zone differs (components/ui/your-time.tsx).
 */
export async function GenevaTime({
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
  const [t, format] = await Promise.all([getTranslations("common"), getFormatter()]);
  const start = format.dateTime(at, { dateStyle, timeStyle: "short", timeZone: GENEVA_TIME_ZONE });
  const geneva = end ? `${start}–${format.dateTime(end, { timeStyle: "short", timeZone: GENEVA_TIME_ZONE })}` : start;
  return (
    <span>
      <time dateTime={at.toISOString()} data-testid={testId}>
        {geneva}
      </time>{" "}
      ({t("genevaTime")})
      <YourTime at={at.toISOString()} end={end?.toISOString()} dateStyle={dateStyle} label={t.raw("yourTimeIn") as string} />
    </span>
  );
}
