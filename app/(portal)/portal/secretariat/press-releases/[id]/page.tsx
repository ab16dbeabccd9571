import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { getPressRelease } from "@/lib/press-releases/get-press-release";
import { loadOr404 } from "@/lib/core/load-or-404";
import { PressReleaseView } from "@/components/press-releases/press-release-view";
import { ShareSection } from "@/components/press-releases/share-section";
import { PublishForm } from "@/components/press-releases/publish-form";

export default async function SecretariatPressRelease({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("workspace:secretariat", `/portal/secretariat/press-releases/${id}`);
  const pr = await loadOr404(() => getPressRelease({ actor, pressReleaseId: id }));
  if (!pr) notFound();
  const t = await getTranslations("pressReleases");
  return (
    <div className="space-y-8">
      <PressReleaseView pr={pr} communicationBase="/portal/secretariat/communications" visitBase="/portal/secretariat/visits" />
      {pr.canShare && <ShareSection pressReleaseId={pr.id} />}
      {pr.canPublish && (
        <section aria-labelledby="publish-h" className="space-y-2 rounded border border-slate-300 p-4">
          <h2 id="publish-h">{t("publish")}</h2>
          <p className="text-sm text-slate-700">{t("publishHelp")}</p>
          {/* R3: the justification is asked for while the linked communication's reply period runs. */}
          <PublishForm pressReleaseId={pr.id} askJustification={pr.linked && pr.beforeReplyDeadline} />
        </section>
      )}
    </div>
  );
}
