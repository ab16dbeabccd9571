import { getFormatter, getTranslations } from "next-intl/server";

type Event = {
  id: string;
  kind: string;
  at: Date;
  note: string | null;
  isPublic?: boolean;
  attachments: { id: string; fileName: string }[];
};

/** R9: the dated timeline of a request with its documents. `showVisibility` marks what the public sees. */
export async function VisitTimeline({ events, showVisibility = false }: { events: Event[]; showVisibility?: boolean }) {
  const [t, format] = await Promise.all([getTranslations("visits"), getFormatter()]);
  return (
    <section aria-labelledby="timeline-h" className="space-y-2">
      <h2 id="timeline-h">{t("timeline")}</h2>
      {events.length === 0 ? (
        <p>{t("noEvents")}</p>
      ) : (
        <ol className="space-y-3 border-s-2 border-slate-300 ps-4" data-testid="timeline">
          {events.map((e) => (
            <li key={e.id} data-testid="timeline-event" data-kind={e.kind}>
              <p className="text-sm text-slate-700">
                <time dateTime={e.at.toISOString()}>{format.dateTime(e.at, { dateStyle: "medium", timeStyle: "short" })}</time>
                {showVisibility && <> · {e.isPublic ? t("publicEntry") : t("privateEntry")}</>}
              </p>
              <p className="font-medium">{t(`events.${e.kind}` as never)}</p>
              {e.note && <p className="whitespace-pre-line text-sm">{e.note}</p>}
              {e.attachments.length > 0 && (
                <ul className="text-sm">
                  {e.attachments.map((a) => (
                    <li key={a.id}>
                      <a href={`/api/visits/attachments/${a.id}`}>{a.fileName}</a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
