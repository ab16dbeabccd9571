import { getFormatter, getTranslations } from "next-intl/server";
import { GENEVA_TIME_ZONE } from "@/lib/core/geneva";

/** R3 deadlines and lead times are stated in Geneva time, where the secretariat and missions work. */
export async function GenevaTime({ at, testId }: { at: Date; testId?: string }) {
  const [t, format] = await Promise.all([getTranslations("pressReleases"), getFormatter()]);
  return (
    <span>
      <time dateTime={at.toISOString()} data-testid={testId}>
        {format.dateTime(at, { dateStyle: "long", timeStyle: "short", timeZone: GENEVA_TIME_ZONE })}
      </time>{" "}
      ({t("genevaTime")})
    </span>
  );
}
