import { getTranslations } from "next-intl/server";
import type { VisitRequestDetail } from "@/lib/visits/get-visit-request";
import { answerInvitationAction } from "@/lib/visits/actions";
import { VisitForm } from "../visit-form";

/**
 * The mandate's answer to a State's invitation (its holder, or the secretariat on its behalf): accept,
 * decline with a reason, or "not now". Shown only while the invitation is open; the action decides.
 */
export async function InvitationAnswer({ r }: { r: VisitRequestDetail }) {
  const t = await getTranslations("visits");
  const may = r.may.requesterActions;
  const answers = (
    [
      ["accept", "acceptInvitation"],
      ["decline", "declineInvitation"],
      ["notNow", "deferInvitation"],
    ] as const
  ).filter(([, action]) => may.includes(action));
  if (answers.length === 0) return null;
  return (
    <section aria-labelledby="invitation-answer-h" className="space-y-2 rounded border border-slate-300 p-4">
      <h2 id="invitation-answer-h">{t("invitationAnswerHeading")}</h2>
      <p className="text-sm text-slate-700">{r.may.onBehalf ? t("invitationAnswerHelpOnBehalf") : t("invitationAnswerHelp")}</p>
      <VisitForm
        action={answerInvitationAction}
        hidden={{ visitRequestId: r.id }}
        testId="invitation-answer-form"
        submit={t("sendAnswer")}
        fields={[
          {
            kind: "select",
            name: "answer",
            label: t("answerKind"),
            required: true,
            placeholder: t("choose"),
            options: answers.map(([value]) => ({ value, label: t(`invitationAnswers.${value}` as never) })),
          },
          { kind: "textarea", name: "reason", label: t("reason"), rows: 3, help: t("invitationReasonHelp") },
          { kind: "textarea", name: "note", label: t("answerNote"), rows: 3 },
        ]}
      />
    </section>
  );
}
