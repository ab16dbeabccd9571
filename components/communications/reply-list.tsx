import { getFormatter, getTranslations } from "next-intl/server";

type Reply = {
  id: string;
  receivedAt: Date;
  language: string;
  translationStatus: string;
  body: string;
  translation: string | null;
  attachments: { id: string; fileName: string; size: number }[];
};

export async function ReplyList({ replies, attachmentBase = "/api/attachments" }: { replies: Reply[]; attachmentBase?: string }) {
  const [t, format] = await Promise.all([getTranslations("communications"), getFormatter()]);
  return (
    <section aria-labelledby="replies-h" className="space-y-3">
      <h2 id="replies-h">{t("replies")}</h2>
      {replies.length === 0 ? (
        <p>{t("noReplies")}</p>
      ) : (
        replies.map((r) => (
          <article key={r.id} className="space-y-2 rounded border border-slate-200 p-3" data-testid="reply">
            <p className="text-sm text-slate-700">
              {t("replyReceived", { date: format.dateTime(r.receivedAt, { dateStyle: "medium", timeStyle: "short" }) })} ·{" "}
              {t.has(`languages.${r.language}`) ? t(`languages.${r.language}` as never) : r.language}
              {r.translationStatus === "PENDING" && (
                <>
                  {" "}
                  · <span className="font-medium">{t("translationPending")}</span>
                </>
              )}
            </p>
            <p className="whitespace-pre-wrap">{r.body}</p>
            {r.translation && (
              <details>
                <summary>{t("translation")}</summary>
                <p className="whitespace-pre-wrap">{r.translation}</p>
              </details>
            )}
            {r.attachments.length > 0 && (
              <ul className="list-disc pl-6 text-sm">
                {r.attachments.map((a) => (
                  <li key={a.id}>
                    <a href={`${attachmentBase}/${a.id}`}>{a.fileName}</a> ({format.number(Math.ceil(a.size / 1024))} KB)
                  </li>
                ))}
              </ul>
            )}
          </article>
        ))
      )}
    </section>
  );
}
