import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireAnyPermission } from "@/lib/auth/session";
import { mayEditGuidance } from "@/lib/auth/committee-policy";
import { getGuidanceDocument } from "@/lib/guidance/find-guidance";
import { currentCommitteeSeat } from "@/lib/committee/seat";
import { loadOr404 } from "@/lib/core/load-or-404";
import { renderMarkdown } from "@/lib/core/markdown";
import { GuidanceForm } from "@/components/committee/guidance-form";
import { GuidanceHistory } from "@/components/committee/guidance-history";

/** A guidance document in the portal: its current text, the form that saves a new version, the history. */
export default async function CommitteeGuidanceDocument({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireAnyPermission(["committee:manage", "committee:contribute"], `/portal/committee/guidance/${id}`);
  const doc = await loadOr404(() => getGuidanceDocument({ documentId: id }));
  if (!doc) notFound();
  const [t, { seat }] = await Promise.all([getTranslations("guidance"), currentCommitteeSeat(actor)]);
  return (
    <div className="space-y-8">
      <article className="space-y-3">
        <p className="text-sm text-slate-700">{t(`topics.${doc.topic}`)}</p>
        <h1>{doc.shown.title}</h1>
        <p data-testid="guidance-version-shown">{t("versionN", { number: doc.shown.number })}</p>
        <p>
          <Link href={`/committee/guidance/${doc.id}`}>{t("publicPage")}</Link>
        </p>
        <div className="space-y-3" dangerouslySetInnerHTML={{ __html: renderMarkdown(doc.shown.body) }} />
      </article>
      {mayEditGuidance(actor, seat) && (
        <section aria-labelledby="edit-h" className="space-y-4">
          <h2 id="edit-h">{t("edit")}</h2>
          <GuidanceForm
            initial={{
              documentId: doc.id,
              expectedVersion: String(doc.latestVersion),
              topic: doc.topic,
              title: doc.shown.title,
              body: doc.shown.body,
            }}
          />
        </section>
      )}
      <section aria-labelledby="history-h" className="space-y-3">
        <h2 id="history-h">{t("history")}</h2>
        <GuidanceHistory
          basePath={`/committee/guidance/${doc.id}`}
          history={doc.history}
          shown={doc.shown.number}
          latest={doc.latestVersion}
        />
      </section>
    </div>
  );
}
