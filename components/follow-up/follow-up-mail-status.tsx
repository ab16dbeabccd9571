import { getFormatter, getTranslations } from "next-intl/server";
import type { OutboxStatus } from "@/lib/generated/prisma/enums";
import { GENEVA_TIME_ZONE } from "@/lib/core/geneva";

/**
 * Where a reminder's or follow-up letter's mail stands in the outbox. R1: held mail says until when,
 * in Geneva time whatever the reader's zone; sent mail says when, in the reader's own zone.
 */
export async function FollowUpMailStatus({ status, notBefore, sentAt }: { status: OutboxStatus; notBefore: Date; sentAt: Date | null }) {
  const [t, format] = await Promise.all([getTranslations("followUp"), getFormatter()]);
  if (status === "HELD") {
    return (
      <>{t("status.HELD", { time: format.dateTime(notBefore, { dateStyle: "medium", timeStyle: "short", timeZone: GENEVA_TIME_ZONE }) })}</>
    );
  }
  if (status === "SENT" && sentAt)
    return <>{t("status.SENT", { time: format.dateTime(sentAt, { dateStyle: "medium", timeStyle: "short" }) })}</>;
  return (
    <span className={status === "FAILED" ? "font-medium text-red-800" : undefined}>
      {t(status === "FAILED" ? "status.FAILED" : "status.PENDING")}
    </span>
  );
}
