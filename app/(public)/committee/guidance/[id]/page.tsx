import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getGuidanceDocument } from "@/lib/guidance/find-guidance";
import { versionParam } from "@/lib/guidance/schemas";
import { loadOr404 } from "@/lib/core/load-or-404";
import { renderMarkdown } from "@/lib/core/markdown";
import { GuidanceHistory } from "@/components/committee/guidance-history";

export const dynamic = "force-dynamic";

/** A guidance document: the current version (or an earlier one asked for) and the whole history. */
export default async function PublicGuidanceDocument({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ version?: string }>;
}) {
  const [{ id }, { version }] = await Promise.all([params, searchParams]);
  const doc = await loadOr404(() => getGuidanceDocument({ documentId: id, version: versionParam.parse(version) }));
  if (!doc) notFound();
  const t = await getTranslations("guidance");
  const basePath = `/committee/guidance/${doc.id}`;
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm text-slate-700">{t(`topics.${doc.topic}`)}</p>
        <h1>{doc.shown.title}</h1>
        <p data-testid="guidance-version-shown">{t("versionN", { number: doc.shown.number })}</p>
        {!doc.isLatest && (
          <p className="rounded border border-amber-600 bg-amber-50 p-3" data-testid="old-version-notice">
            {t("oldVersion", { number: doc.shown.number, latest: doc.latestVersion })}{" "}
            {/* Underlined: on this background a link is not told from the text by its colour alone. */}
            <Link href={basePath} className="font-medium underline">
              {t("readCurrent")}
            </Link>
          </p>
        )}
      </header>
      <div className="space-y-3" data-testid="guidance-body" dangerouslySetInnerHTML={{ __html: renderMarkdown(doc.shown.body) }} />
      <section aria-labelledby="history-h" className="space-y-3">
        <h2 id="history-h">{t("history")}</h2>
        <GuidanceHistory basePath={basePath} history={doc.history} shown={doc.shown.number} latest={doc.latestVersion} />
      </section>
    </article>
  );
}
