import type { ReactNode } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { languageName } from "@/lib/i18n/languages";

type Reply = {
  id: string;
  receivedAt: Date;
  language: string;
  translationStatus: string;
  body: string;
  translation: string | null;
  translationLanguage: string | null;
  translatedAt: Date | null;
  attachments: { id: string; fileName: string; size: number; isTranslation: boolean }[];
};

/**
 * The replies to a letter, each in its own language (R5). One not in English, French or Spanish is
 * marked "translation pending" until the secretariat attaches a translation; then the translation
 * (text and/or file) is shown beside the original. `translationForm` adds the secretariat's form.
 */
export async function ReplyList({
  replies,
  attachmentBase = "/api/attachments",
  translationForm,
}: {
  replies: Reply[];
  attachmentBase?: string;
  translationForm?: (reply: Reply) => ReactNode;
}) {
  const [t, format, locale] = await Promise.all([getTranslations("communications"), getFormatter(), getLocale()]);
  const fileLink = (a: Reply["attachments"][number]) => (
    <>
      <a href={`${attachmentBase}/${a.id}`}>{a.fileName}</a> ({format.number(Math.ceil(a.size / 1024))} KB)
    </>
  );
  return (
    <section aria-labelledby="replies-h" className="space-y-3">
      <h2 id="replies-h">{t("replies")}</h2>
      {replies.length === 0 ? (
        <p>{t("noReplies")}</p>
      ) : (
        replies.map((r) => {
          const original = languageName(r.language, locale);
          const annexes = r.attachments.filter((a) => !a.isTranslation);
          const translationFiles = r.attachments.filter((a) => a.isTranslation);
          const translated = r.translationStatus === "AVAILABLE" && (r.translation !== null || translationFiles.length > 0);
          return (
            <article key={r.id} className="space-y-2 rounded border border-slate-200 p-3" data-testid="reply">
              <p className="text-sm text-slate-700">
                {t("replyReceived", { date: format.dateTime(r.receivedAt, { dateStyle: "medium", timeStyle: "short" }) })} ·{" "}
                <span lang={r.language}>{original}</span>
                {r.translationStatus === "PENDING" && (
                  <>
                    {" "}
                    ·{" "}
                    <span className="rounded bg-amber-100 px-2 py-0.5 font-medium text-amber-900" data-testid="translation-pending">
                      {t("translationPending")}
                    </span>
                  </>
                )}
              </p>
              <div className={translated ? "grid gap-4 md:grid-cols-2" : undefined}>
                <div className="space-y-1">
                  {translated && <h3 className="text-sm font-semibold">{t("originalHeading", { language: original })}</h3>}
                  <p className="whitespace-pre-wrap" lang={r.language} dir="auto" data-testid="reply-original">
                    {r.body}
                  </p>
                </div>
                {translated && (
                  <div className="space-y-1" data-testid="reply-translation">
                    <h3 className="text-sm font-semibold">
                      {t("translationHeading", { language: languageName(r.translationLanguage ?? "en", locale) })}
                    </h3>
                    {r.translation && (
                      <p className="whitespace-pre-wrap" lang={r.translationLanguage ?? undefined} dir="auto">
                        {r.translation}
                      </p>
                    )}
                    {translationFiles.length > 0 && (
                      <ul className="list-disc ps-6 text-sm">
                        {translationFiles.map((a) => (
                          <li key={a.id}>{fileLink(a)}</li>
                        ))}
                      </ul>
                    )}
                    {r.translatedAt && (
                      <p className="text-xs text-slate-600">
                        {t("translatedOn", { date: format.dateTime(r.translatedAt, { dateStyle: "medium" }) })}
                      </p>
                    )}
                  </div>
                )}
              </div>
              {annexes.length > 0 && (
                <ul className="list-disc ps-6 text-sm">
                  {annexes.map((a) => (
                    <li key={a.id}>{fileLink(a)}</li>
                  ))}
                </ul>
              )}
              {translationForm?.(r)}
            </article>
          );
        })
      )}
    </section>
  );
}
