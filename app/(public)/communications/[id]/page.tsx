import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getPublicCommunication } from "@/lib/communications/find-public-communications";
import { loadOr404 } from "@/lib/core/load-or-404";
import { localized } from "@/lib/i18n/localized";
import { renderMarkdown } from "@/lib/core/markdown";
import { ReplyList } from "@/components/communications/reply-list";

export const dynamic = "force-dynamic";

export default async function PublicCommunication({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const c = await loadOr404(() => getPublicCommunication({ communicationId: id }));
  if (!c) notFound();
  const [t, format, locale] = await Promise.all([getTranslations("communications"), getFormatter(), getLocale()]);
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm text-slate-700">
          <span className="font-mono" data-testid="reference">
            {c.reference}
          </span>{" "}
          · {t(`types.${c.type}`)} · {t("published")}
          {c.publicFrom && (
            <>
              {" "}
              <time dateTime={c.publicFrom.toISOString()} data-testid="published-at">
                {format.dateTime(c.publicFrom, { dateStyle: "long" })}
              </time>
            </>
          )}
          {c.sample && <span className="ms-2 rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-900">{t("sample")}</span>}
        </p>
        <h1 lang={c.language} dir="auto">
          {c.subject}
        </h1>
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="font-medium">{t("addressee")}</dt>
          <dd>{c.addresseeState ? localized(c.addresseeState, "name", locale) : c.addresseeOtherActor?.name}</dd>
          <dt className="font-medium">{t("mandates")}</dt>
          <dd>{c.mandates.map((m) => localized(m.mandate, "title", locale)).join("; ")}</dd>
          {c.sentAt && (
            <>
              <dt className="font-medium">{t("sentAt")}</dt>
              <dd>{format.dateTime(c.sentAt, { dateStyle: "long" })}</dd>
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
      <section aria-labelledby="summary-h">
        <h2 id="summary-h">{t("summaryHeading")}</h2>
        <p className="whitespace-pre-wrap" lang={c.language} dir="auto">
          {c.summary}
        </p>
      </section>
      <section aria-labelledby="letter-h">
        <h2 id="letter-h">{t("letterHeading")}</h2>
        <div
          className="space-y-3"
          lang={c.language}
          dir="auto"
          data-testid="letter-body"
          dangerouslySetInnerHTML={{ __html: renderMarkdown(c.body) }}
        />
      </section>
      <section aria-labelledby="documents-h" className="space-y-2">
        <h2 id="documents-h">{t("documentsHeading")}</h2>
        <ul className="list-disc ps-6" data-testid="documents">
          <li>
            <a href={`/api/communications/${c.id}/pdf`}>{t("pdf")}</a>
          </li>
          {c.attachments.map((a) => (
            <li key={a.id}>
              <a href={`/api/attachments/${a.id}`}>{a.fileName}</a> ({format.number(Math.ceil(a.size / 1024))} KB)
            </li>
          ))}
        </ul>
      </section>
      {c.pressReleases.length > 0 && (
        <section aria-labelledby="press-h" className="space-y-2">
          <h2 id="press-h">{t("pressReleasesHeading")}</h2>
          <ul className="list-disc ps-6" data-testid="related-press-releases">
            {c.pressReleases.map((p) => (
              <li key={p.id}>
                <Link href={`/press-releases/${p.id}`}>{p.title}</Link>
                {p.publishedAt && <> ({format.dateTime(p.publishedAt, { dateStyle: "medium" })})</>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <ReplyList replies={c.replies} />
    </article>
  );
}
