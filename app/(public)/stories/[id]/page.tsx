import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getPublicStory } from "@/lib/stories/find-public-stories";
import { localized } from "@/lib/i18n/localized";

export const dynamic = "force-dynamic";

export default async function PublicStory({ params }: { params: Promise<{ id: string }> }) {
  const s = await getPublicStory({ storyId: (await params).id });
  if (!s) notFound();
  const [t, to, format, locale] = await Promise.all([
    getTranslations("stories"),
    getTranslations("organisations"),
    getFormatter(),
    getLocale(),
  ]);
  const links = (s.evidenceLinks ?? "").split("\n").filter(Boolean);
  return (
    <article className="max-w-3xl space-y-4">
      <h1>{s.title}</h1>
      <p className="text-sm text-slate-700">
        {s.state && (
          <Link href={`/states/${s.state.iso3}`} className="underline">
            {localized(s.state, "name", locale)}
          </Link>
        )}
        {s.mandate && (
          <>
            {" "}
            ·{" "}
            <Link href={`/mandates/${s.mandate.slug}`} className="underline">
              {localized(s.mandate, "title", locale)}
            </Link>
          </>
        )}
        {s.publishedAt && <> · {t("publishedOn", { date: format.dateTime(s.publishedAt, { dateStyle: "long" }) })}</>}
      </p>
      {s.organisation && (
        <p className="text-sm text-slate-700" data-testid="story-organisation">
          {to("storySubmittedBy", { organisation: s.organisation.name })}
        </p>
      )}
      <section aria-labelledby="rec-h">
        <h2 id="rec-h">{t("recommendation")}</h2>
        <p className="whitespace-pre-line">{s.recommendation}</p>
      </section>
      <section aria-labelledby="changed-h">
        <h2 id="changed-h">{t("whatChanged")}</h2>
        <p className="whitespace-pre-line">{s.whatChanged}</p>
      </section>
      {(links.length > 0 || s.attachments.length > 0) && (
        <section aria-labelledby="evidence-h">
          <h2 id="evidence-h">{t("evidence")}</h2>
          <ul className="list-disc ps-6">
            {links.map((l) => (
              <li key={l}>
                <a href={l} rel="nofollow noopener noreferrer" className="break-all">
                  {l}
                </a>
              </li>
            ))}
            {s.attachments.map((a) => (
              <li key={a.id}>
                <a href={`/api/stories/files/${a.id}`}>{a.fileName}</a> ({format.number(Math.ceil(a.size / 1024))} KB)
              </li>
            ))}
          </ul>
        </section>
      )}
      {s.themes.length > 0 && (
        <section aria-labelledby="themes-h">
          <h2 id="themes-h">{t("themes")}</h2>
          <ul className="flex flex-wrap gap-2 text-sm">
            {s.themes.map(({ theme }) => (
              <li key={theme.slug}>
                <Link href={`/themes/${theme.slug}`} className="rounded bg-un-sky px-2 py-0.5">
                  {localized(theme, "name", locale)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <Link href="/stories">{t("backToStories")}</Link>
      </p>
    </article>
  );
}
