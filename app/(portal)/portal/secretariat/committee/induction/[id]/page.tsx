import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import Link from "@/components/ui/link";
import { requirePermission } from "@/lib/auth/session";
import { getInductionSession } from "@/lib/committee-people/find-induction-programme";
import { deleteInductionSessionAction } from "@/lib/committee-people/actions";
import { InductionMaterialForm, InductionSessionForm } from "@/components/committee-people/induction-forms";
import { MaterialList } from "@/components/committee-people/induction-table";
import { ActionButton } from "@/components/communications/action-button";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

/** CC3: the secretariat corrects a session of the induction programme, keeps its materials, or deletes it. */
export default async function InductionSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("committee:manage", `/portal/secretariat/committee/induction/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const [t, session] = await Promise.all([getTranslations("committeePeople"), getInductionSession({ actor, id })]);
  if (!session) notFound();
  return (
    <div className="space-y-6">
      <p>
        <Link href="/portal/secretariat/committee">{t("backToSecretariat")}</Link>
      </p>
      <h1>{t("editSessionHeading", { title: session.title })}</h1>
      <InductionSessionForm session={{ ...session, startsOn: day(session.startsOn), endsOn: day(session.endsOn) }} />
      <section aria-labelledby="materials-h" className="space-y-3">
        <h2 id="materials-h">{t("materials")}</h2>
        {session.materials.length === 0 ? <p>{t("noMaterials")}</p> : <MaterialList materials={session.materials} editable />}
        <h3>{t("newMaterialHeading")}</h3>
        <InductionMaterialForm sessionId={session.id} />
      </section>
      <section aria-labelledby="delete-h" className="space-y-2">
        <h2 id="delete-h">{t("deleteSessionHeading")}</h2>
        <p className="text-sm text-slate-700">{t("deleteSessionHelp")}</p>
        <ActionButton
          action={deleteInductionSessionAction}
          fields={{ id: session.id }}
          label={t("deleteSession")}
          tone="danger"
          confirm={t("confirmDeleteSession", { title: session.title })}
          cancelLabel={t("cancel")}
        />
      </section>
    </div>
  );
}
