import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { actsForState } from "@/lib/auth/policy";
import { getCommunication } from "@/lib/communications/get-communication";
import { markRead } from "@/lib/communications/mark-read";
import { loadOr404 } from "@/lib/core/load-or-404";
import { LetterView } from "@/components/communications/letter-view";
import { ReplyList } from "@/components/communications/reply-list";
import { ReplyForm } from "@/components/communications/reply-form";

export default async function StateCommunication({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("communication:read-addressed", `/portal/state/communications/${id}`);
  const c = await loadOr404(() => getCommunication({ actor, communicationId: id }));
  if (!c) notFound();
  await markRead({ actor, communicationId: c.id });
  const t = await getTranslations("communications");
  const mayReply = c.addresseeStateId !== null && actsForState(actor, c.addresseeStateId);
  return (
    <div className="space-y-8">
      <LetterView c={c} />
      <p>
        <a href={`/api/communications/${c.id}/pdf`}>{t("pdf")}</a>
      </p>
      <ReplyList replies={c.replies} />
      {mayReply && (
        <section aria-labelledby="reply-h" className="space-y-3">
          <h2 id="reply-h">{t("reply")}</h2>
          <ReplyForm communicationId={c.id} />
        </section>
      )}
    </div>
  );
}
