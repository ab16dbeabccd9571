import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getPublicPressRelease } from "@/lib/press-releases/find-public-press-releases";
import { loadOr404 } from "@/lib/core/load-or-404";
import { localized } from "@/lib/i18n/localized";
import { renderMarkdown } from "@/lib/core/markdown";
import { LinkedVisit } from "@/components/press-releases/linked-visit";

export const dynamic = "force-dynamic";

export default async function PublicPressRelease({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const pr = await loadOr404(() => getPublicPressRelease({ pressReleaseId: id }));
  if (!pr) notFound();
  const [t, format, locale] = await Promise.all([getTranslations("pressReleases"), getFormatter(), getLocale()]);
  const c = pr.communication;
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <h1>{pr.title}</h1>
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
          {pr.publishedAt && (
            <>
              <dt className="font-medium">{t("publishedAt")}</dt>
              <dd>{format.dateTime(pr.publishedAt, { dateStyle: "long" })}</dd>
            </>
          )}
          {pr.mandate && (
            <>
              <dt className="font-medium">{t("mandate")}</dt>
              <dd>{localized(pr.mandate, "title", locale)}</dd>
            </>
          )}
          {c?.reference && (
            <>
              <dt className="font-medium">{t("communication")}</dt>
              {/* R5: a link only once the communication itself is public; before that, its reference alone. */}
              <dd data-testid="communication-reference">
                {pr.communicationPublic ? (
                  <Link href={`/communications/${c.id}`} className="font-mono">
                    {c.reference}
                  </Link>
                ) : (
                  <span className="font-mono">{c.reference}</span>
                )}
              </dd>
            </>
          )}
          {pr.visit && (
            <>
              <dt className="font-medium">{t("visit")}</dt>
              <dd>
                <LinkedVisit state={pr.visit.state} dates={pr.visit.dates} href={pr.visit.publicPath} />
              </dd>
            </>
          )}
        </dl>
      </header>
      <div className="space-y-3" data-testid="press-release-body" dangerouslySetInnerHTML={{ __html: renderMarkdown(pr.body) }} />
    </article>
  );
}
