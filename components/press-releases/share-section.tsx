import { getTranslations } from "next-intl/server";
import { sharePressReleaseAction } from "@/lib/press-releases/actions";
import { ActionButton } from "@/components/communications/action-button";

/** R3 (and R1, R2): the one button that sends the text to the mission and its focal point. */
export async function ShareSection({ pressReleaseId }: { pressReleaseId: string }) {
  const t = await getTranslations("pressReleases");
  return (
    <section aria-labelledby="share-h" className="space-y-2 rounded border border-slate-300 p-4">
      <h2 id="share-h">{t("share")}</h2>
      <p className="text-sm text-slate-700">{t("shareHelp")}</p>
      <ActionButton
        action={sharePressReleaseAction}
        fields={{ pressReleaseId }}
        label={t("share")}
        confirm={t("confirmShare")}
        confirmLabel={t("share")}
        cancelLabel={t("cancel")}
      />
    </section>
  );
}
