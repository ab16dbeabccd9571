import { getFormatter, getTranslations } from "next-intl/server";
import { findFollowUpHistory } from "@/lib/follow-up/find-follow-up-history";
import { FollowUpMailStatus } from "./follow-up-mail-status";

/**
 * The reminders and follow-up letters sent for one communication (R16): date, kind, mail status.
 * It checks no access itself: render it only once the page has authorised access to the
 * communication (getCommunication returned it for this actor), as findFollowUpHistory requires.
 */
export async function FollowUpHistory({ communicationId }: { communicationId: string }) {
  const [t, format, entries] = await Promise.all([getTranslations("followUp"), getFormatter(), findFollowUpHistory({ communicationId })]);
  const headingId = `follow-up-history-${communicationId}`;
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h2 id={headingId} className="text-base">
        {t("historyHeading")}
      </h2>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-700">{t("historyEmpty")}</p>
      ) : (
        <ol className="space-y-1 text-sm">
          {entries.map((e) => (
            <li key={e.id} data-testid="follow-up-history-entry">
              <time dateTime={e.createdAt.toISOString()}>{format.dateTime(e.createdAt, { dateStyle: "medium" })}</time>
              {" · "}
              <strong className="font-medium">{t(`kinds.${e.kind}`)}</strong>
              {" · "}
              <FollowUpMailStatus status={e.status} notBefore={e.notBefore} sentAt={e.sentAt} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
