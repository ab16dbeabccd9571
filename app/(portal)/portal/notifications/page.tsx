import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { pageSchema } from "@/lib/core/pagination";
import { now } from "@/lib/core/clock";
import { findNotifications } from "@/lib/notifications/find-notifications";
import { findPreferences } from "@/lib/notifications/preferences";
import { markAllNotificationsReadAction, markNotificationReadAction, saveNotificationPreferencesAction } from "@/lib/notifications/actions";
import { NotificationList } from "@/components/notifications/notification-list";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { ActionButton } from "@/components/notifications/action-button";
import { Pagination } from "@/components/ui/pagination";

const PATH = "/portal/notifications";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications"))("heading") };
}

/** The signed-in person's own notifications (issue 17, item 5) and how they want to be told. */
export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePermission("account:own", PATH);
  const page = pageSchema.parse((await searchParams).page);
  const locale = await getLocale();
  const [t, list, preferences] = await Promise.all([
    getTranslations("notifications"),
    findNotifications({ actor, page, locale, now: now() }),
    findPreferences({ actor }),
  ]);
  return (
    <div className="space-y-4">
      <h1>{t("heading")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <p data-testid="notifications-unread">{t("unread", { count: list.unread })}</p>
      {list.unread > 0 && (
        <ActionButton
          label={t("markAllRead")}
          done={t("markedAllRead")}
          testId="notifications-mark-all"
          action={markAllNotificationsReadAction}
        />
      )}
      {list.notifications.length === 0 ? (
        <p data-testid="notifications-empty">{t("empty")}</p>
      ) : (
        <NotificationList notifications={list.notifications} markRead={markNotificationReadAction} />
      )}
      <Pagination page={page} pages={list.pages} basePath={PATH} params={{}} />
      <h2>{t("preferencesHeading")}</h2>
      <p className="text-slate-700">{t("preferencesIntro")}</p>
      {actor.role === "STATE" && <p className="text-slate-700">{t("preferencesMission")}</p>}
      {preferences.length === 0 ? (
        <p>{t("preferencesNone")}</p>
      ) : (
        <PreferencesForm
          kinds={preferences.map((p) => ({ kind: p.kind, delivery: p.delivery, label: t(`kinds.${p.kind}.label` as never) }))}
          labels={{ immediate: t("immediate"), digest: t("digest"), save: t("savePreferences"), saved: t("preferencesSaved") }}
          action={saveNotificationPreferencesAction}
        />
      )}
    </div>
  );
}
