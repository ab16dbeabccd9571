import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { getPressRelease } from "@/lib/press-releases/get-press-release";
import { pressReleaseFormData } from "@/lib/press-releases/press-release-form-data";
import { EDITABLE_STATUSES } from "@/lib/press-releases/rules";
import { loadOr404 } from "@/lib/core/load-or-404";
import { PressReleaseView } from "@/components/press-releases/press-release-view";
import { PressReleaseForm } from "@/components/press-releases/press-release-form";
import { ShareSection } from "@/components/press-releases/share-section";

export default async function HolderPressRelease({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("workspace:mandate-holder", `/portal/mandate-holder/press-releases/${id}`);
  const pr = await loadOr404(() => getPressRelease({ actor, pressReleaseId: id }));
  if (!pr) notFound();
  const [t, locale] = await Promise.all([getTranslations("pressReleases"), getLocale()]);
  const form = EDITABLE_STATUSES.includes(pr.status) ? await pressReleaseFormData({ actor, locale, existing: pr }) : null;
  return (
    <div className="space-y-8">
      <PressReleaseView pr={pr} communicationBase="/portal/mandate-holder/communications" visitBase="/portal/mandate-holder/visits" />
      {pr.canShare && <ShareSection pressReleaseId={pr.id} />}
      {form && (
        <section aria-labelledby="edit-h" className="space-y-4">
          <h2 id="edit-h">{t("edit")}</h2>
          <PressReleaseForm initial={form.initial} choices={form.choices} />
        </section>
      )}
    </div>
  );
}
