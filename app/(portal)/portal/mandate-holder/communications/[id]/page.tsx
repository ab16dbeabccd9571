import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { getCommunication } from "@/lib/communications/get-communication";
import { draftFormData } from "@/lib/communications/draft-form-data";
import { EDITABLE_STATUSES } from "@/lib/communications/rules";
import { respondCosignAction, submitDraftAction } from "@/lib/communications/actions";
import { loadOr404 } from "@/lib/core/load-or-404";
import { LetterView } from "@/components/communications/letter-view";
import { ReplyList } from "@/components/communications/reply-list";
import { FollowUpHistory } from "@/components/follow-up/follow-up-history";
import { DraftForm } from "@/components/communications/draft-form";
import { ActionButton } from "@/components/communications/action-button";

export default async function HolderCommunication({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("communication:draft", `/portal/mandate-holder/communications/${id}`);
  const c = await loadOr404(() => getCommunication({ actor, communicationId: id }));
  if (!c) notFound();
  const [t, locale] = await Promise.all([getTranslations("communications"), getLocale()]);
  const isLead = c.mandates.some((m) => m.status === "LEAD" && actor.mandateIds.includes(m.mandate.id));
  const invitations = c.mandates.filter((m) => m.status === "INVITED" && actor.mandateIds.includes(m.mandate.id));
  const editable = isLead && EDITABLE_STATUSES.includes(c.status);
  const form = editable ? await draftFormData({ actor, locale, existing: c }) : null;
  return (
    <div className="space-y-8">
      <LetterView c={c} />
      {c.sentAt && (
        <p>
          <a href={`/api/communications/${c.id}/pdf`}>{t("pdf")}</a>
        </p>
      )}
      {invitations.map((m) => (
        <section key={m.mandate.id} aria-labelledby={`cosign-${m.mandate.id}`} className="space-y-2 rounded border border-amber-300 p-3">
          <h2 id={`cosign-${m.mandate.id}`}>{t("cosignInvitation")}</h2>
          <div className="flex flex-wrap gap-3">
            <ActionButton
              action={respondCosignAction}
              fields={{ communicationId: c.id, mandateId: m.mandate.id, decision: "SIGNED" }}
              label={t("sign")}
            />
            <ActionButton
              action={respondCosignAction}
              fields={{ communicationId: c.id, mandateId: m.mandate.id, decision: "DECLINED" }}
              label={t("decline")}
              tone="secondary"
            />
          </div>
        </section>
      ))}
      {editable && form && (
        <section aria-labelledby="edit-h" className="space-y-4">
          <h2 id="edit-h">{t("edit")}</h2>
          <DraftForm initial={form.initial} choices={form.choices} />
          <ActionButton action={submitDraftAction} fields={{ communicationId: c.id }} label={t("submit")} />
        </section>
      )}
      {c.sentAt && <ReplyList replies={c.replies} />}
      {c.sentAt && <FollowUpHistory communicationId={c.id} />}
    </div>
  );
}
