import { getTranslations } from "next-intl/server";
import type { ActionState } from "@/lib/server/action";
import { GenevaTime } from "@/components/ui/geneva-time";
import { ActionButton } from "./action-button";

type Row = { id: string; kind: string; text: string; createdAt: Date; readAt: Date | null; delivery: "IMMEDIATE" | "DIGEST" | "MISSION" };

/**
 * The list, newest first. "Open" is a plain link (never prefetched: following it marks the
 * notification read, /portal/notifications/<id>) that leads to the record's own page.
 */
export async function NotificationList<T>({
  notifications,
  markRead,
}: {
  notifications: Row[];
  markRead: (prev: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
}) {
  const t = await getTranslations("notifications");
  const mailed = { IMMEDIATE: t("mailedAtOnce"), DIGEST: t("mailedDigest"), MISSION: t("mailedMission") } as const;
  return (
    <ul aria-label={t("listLabel")} className="space-y-2">
      {notifications.map((n) => (
        <li
          key={n.id}
          data-testid="notification"
          data-unread={n.readAt ? undefined : "true"}
          className={`rounded border p-3 ${n.readAt ? "border-slate-200" : "border-un-blue bg-sky-50"}`}
        >
          <p>
            {!n.readAt && <strong className="me-2">{t("unreadMark")}</strong>}
            {n.text}
          </p>
          <p className="text-sm text-slate-700">
            <GenevaTime at={n.createdAt} /> · {mailed[n.delivery]}
          </p>
          <div className="mt-2 flex flex-wrap items-start gap-3">
            <a href={`/portal/notifications/${n.id}`} aria-label={t("openLabel", { text: n.text })} data-testid="notification-open">
              {t("open")}
            </a>
            {!n.readAt && (
              <ActionButton
                fields={{ id: n.id }}
                label={t("markRead")}
                accessibleName={t("markReadLabel", { text: n.text })}
                done={t("markedRead")}
                testId="notification-mark-read"
                action={markRead}
              />
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
