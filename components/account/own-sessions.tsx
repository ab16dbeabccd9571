import { getFormatter, getTranslations } from "next-intl/server";
import { endOwnSessionsAction } from "@/lib/users/actions";
import { ActionButton } from "@/components/communications/action-button";
import { GENEVA_TIME_ZONE } from "@/lib/core/geneva";
import { DataTable, type Column } from "@/components/ui/data-table";

type Session = { id: string; current: boolean; createdAt: Date; lastSeenAt: Date; userAgent: string | null; address: string | null };

/** A short name for a browser from its User-Agent ("Firefox on Windows"), or null. */
function browserName(ua: string | null): string | null {
  if (!ua) return null;
  const browser = /Edg\//.test(ua)
    ? "Edge"
    : /Firefox\//.test(ua)
      ? "Firefox"
      : /Chrom(e|ium)\//.test(ua)
        ? "Chrome"
        : /Safari\//.test(ua)
          ? "Safari"
          : null;
  const system = /Windows/.test(ua)
    ? "Windows"
    : /Android/.test(ua)
      ? "Android"
      : /iPhone|iPad/.test(ua)
        ? "iOS"
        : /Mac OS X/.test(ua)
          ? "macOS"
          : /Linux/.test(ua)
            ? "Linux"
            : null;
  return browser && system ? `${browser} · ${system}` : (browser ?? system);
}

/** "My account": the browsers signed in to this account, each can be signed out, or all but this one. */
export async function OwnSessions({ sessions, timeZone }: { sessions: Session[]; timeZone: string }) {
  const [t, format] = await Promise.all([getTranslations("users"), getFormatter()]);
  const moment = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone });
  const geneva = (d: Date) => format.dateTime(d, { timeStyle: "short", timeZone: GENEVA_TIME_ZONE });
  const others = sessions.filter((s) => !s.current).length;
  const columns: Column<Session>[] = [
    {
      key: "browser",
      header: t("sessionBrowser"),
      cell: (s) => (
        <>
          {browserName(s.userAgent) ?? t("sessionUnknownBrowser")}
          {s.address && <span className="block text-slate-600">{s.address}</span>}
          {s.current && <strong className="block">{t("sessionCurrent")}</strong>}
        </>
      ),
    },
    {
      key: "signedIn",
      header: t("sessionSignedIn"),
      cell: (s) => (
        <>
          {moment(s.createdAt)}{" "}
          <span className="text-slate-600">
            ({geneva(s.createdAt)} {t("genevaTime")})
          </span>
        </>
      ),
    },
    { key: "lastSeen", header: t("sessionLastSeen"), cell: (s) => moment(s.lastSeenAt) },
    {
      key: "actions",
      header: t("sessionActions"),
      hiddenHeader: true,
      cell: (s) =>
        !s.current && <ActionButton action={endOwnSessionsAction} fields={{ sessionId: s.id }} label={t("endSession")} tone="secondary" />,
    },
  ];
  return (
    <section aria-labelledby="sessions-h" className="space-y-3">
      <h2 id="sessions-h">{t("sessionsHeading")}</h2>
      <p className="text-sm text-slate-700">{t("sessionsIntro")}</p>
      <DataTable
        caption={t("sessionsHeading")}
        captionHidden
        columns={columns}
        rows={sessions}
        rowKey={(s) => s.id}
        rowAttributes={(s) => ({ "data-testid": "own-session", "data-current": s.current ? "true" : undefined })}
        testId="own-sessions"
      />
      {others === 0 && <p className="text-sm text-slate-700">{t("noOtherSessions")}</p>}
      {/* Always there (disabled when there is nothing to end), so its confirmation stays after the list shrinks. */}
      <ActionButton
        action={endOwnSessionsAction}
        fields={{ sessionId: "others" }}
        label={t("endOtherSessions")}
        tone="danger"
        disabled={others === 0}
        confirm={t("confirmEndOtherSessions", { count: others })}
        confirmLabel={t("endOtherSessions")}
        cancelLabel={t("cancel")}
      />
    </section>
  );
}
