import { getLocale, getTranslations } from "next-intl/server";
import type { CommunicationDetail } from "@/lib/communications/get-communication";
import { localized } from "@/lib/i18n/localized";
import { renderMarkdown } from "@/lib/core/markdown";
import { Deadline } from "./deadline";
import { StatusBadge } from "./status-badge";
import { GenevaTime } from "@/components/ui/geneva-time";

/** The letter as every workspace shows it; the annex appears only when the policy released it. */
export async function LetterView({ c }: { c: CommunicationDetail }) {
  const [t, locale] = await Promise.all([getTranslations("communications"), getLocale()]);
  const addressee = c.addresseeState ? localized(c.addresseeState, "name", locale) : c.addresseeOtherActor?.name;
  return (
    <article className="space-y-5">
      <header className="space-y-2">
        <p className="text-sm text-slate-700">
          <span className="font-mono" data-testid="reference">
            {c.reference ?? t("noReference")}
          </span>{" "}
          · {t(`types.${c.type}`)} · <StatusBadge status={c.shownStatus} />
          {c.sample && <span className="ms-2 rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-900">{t("sample")}</span>}
        </p>
        <h1 lang={c.language} dir="auto">
          {c.subject}
        </h1>
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="font-medium">{t("addressee")}</dt>
          <dd data-testid="addressee">{addressee}</dd>
          {c.copies.length > 0 && (
            <>
              <dt className="font-medium">{t("copiedStates")}</dt>
              <dd>{c.copies.map((x) => localized(x.state, "name", locale)).join(", ")}</dd>
            </>
          )}
          <dt className="font-medium">{t("mandates")}</dt>
          <dd>
            <ul>
              {c.mandates.map((m) => (
                <li key={m.mandate.id}>
                  {localized(m.mandate, "title", locale)} —{" "}
                  <span data-testid={`signature-${m.mandate.slug}`}>{t(`signature.${m.status}`)}</span>
                </li>
              ))}
            </ul>
          </dd>
          {c.sentAt && (
            <>
              <dt className="font-medium">{t("sentAt")}</dt>
              <dd>
                <GenevaTime at={c.sentAt} />
              </dd>
            </>
          )}
          {c.replyDueAt && (
            <>
              <dt className="font-medium">{t("replyDue")}</dt>
              <dd>
                <Deadline at={c.replyDueAt} now={c.now} showDaysLeft={c.replies.length === 0} />
              </dd>
            </>
          )}
          {c.sentAt && c.publicFrom && c.replyDueAt && (
            <>
              <dt className="font-medium">{t("publicFrom")}</dt>
              <dd data-testid="public-from">
                <Deadline at={c.publicFrom} now={c.now} showDaysLeft={false} />
                {c.publicFrom < c.replyDueAt && <> · {t("publishedOnReceipt")}</>}
              </dd>
            </>
          )}
          {c.themes.length > 0 && (
            <>
              <dt className="font-medium">{t("themes")}</dt>
              <dd>{c.themes.map((x) => localized(x.theme, "name", locale)).join(", ")}</dd>
            </>
          )}
        </dl>
      </header>
      {c.reviewComment && (
        <section aria-labelledby="review-comment" className="rounded border border-amber-300 bg-amber-50 p-3">
          <h2 id="review-comment" className="text-base">
            {t("reviewComment")}
          </h2>
          <p className="whitespace-pre-wrap">{c.reviewComment}</p>
        </section>
      )}
      <section aria-labelledby="summary-h">
        <h2 id="summary-h">{t("summaryHeading")}</h2>
        <p className="whitespace-pre-wrap" lang={c.language} dir="auto">
          {c.summary}
        </p>
      </section>
      <section aria-labelledby="letter-h">
        <h2 id="letter-h">{t("letterHeading")}</h2>
        <div
          className="prose max-w-none space-y-3"
          lang={c.language}
          dir="auto"
          data-testid="letter-body"
          dangerouslySetInnerHTML={{ __html: renderMarkdown(c.body) }}
        />
      </section>
      <section aria-labelledby="annex-h" className="rounded border border-red-200 bg-red-50 p-3">
        <h2 id="annex-h" className="text-base">
          {t("annex")}
        </h2>
        {c.annexVisible ? (
          <p className="whitespace-pre-wrap" data-testid="annex">
            {c.confidentialAnnex ?? "—"}
          </p>
        ) : (
          <p>{t("annexWithheld")}</p>
        )}
      </section>
    </article>
  );
}
