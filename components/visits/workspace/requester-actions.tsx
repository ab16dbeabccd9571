import { getTranslations } from "next-intl/server";
import type { VisitRequestDetail } from "@/lib/visits/get-visit-request";
import { requesterActionAction, scheduleVisitAction } from "@/lib/visits/actions";
import { ActionButton } from "@/components/communications/action-button";
import { VisitForm } from "../visit-form";

/** What the requesting side (the holder, or the secretariat on its behalf) may do next with the request. */
export async function RequesterActions({ r }: { r: VisitRequestDetail }) {
  const t = await getTranslations("visits");
  // The answers to a State's invitation have their own form (invitation-answer.tsx).
  const may = r.may.requesterActions.filter((a) => !a.endsWith("Invitation"));
  if (may.length === 0) return null;
  const hidden = { visitRequestId: r.id };
  const cancel = t("cancel");
  return (
    <section aria-labelledby="actions-h" className="space-y-4">
      <h2 id="actions-h">{t("actions")}</h2>
      {may.includes("acceptProposedDates") && r.stateProposedStart && (
        <ActionButton
          action={requesterActionAction}
          fields={{ ...hidden, action: "acceptProposedDates" }}
          label={t("acceptProposedDates")}
          confirm={t("confirmAcceptDates")}
          confirmLabel={t("acceptProposedDates")}
          cancelLabel={cancel}
        />
      )}
      {may.includes("schedule") && (
        <VisitForm
          action={scheduleVisitAction}
          hidden={hidden}
          submit={t("schedule")}
          testId="schedule-form"
          fields={[
            { kind: "date", name: "start", label: t("start"), required: true },
            { kind: "date", name: "end", label: t("end"), required: true },
          ]}
        />
      )}
      {may.includes("send") && <ActionButton action={requesterActionAction} fields={{ ...hidden, action: "send" }} label={t("send")} />}
      {may.includes("remind") && r.status === "DATES_PROPOSED" && <p data-testid="dates-passed">{t("proposedDatesPassedHint")}</p>}
      {may.includes("remind") && (
        <ActionButton
          action={requesterActionAction}
          fields={{ ...hidden, action: "remind" }}
          label={r.status === "DATES_PROPOSED" ? t("askNewDates") : t("remind")}
          tone="secondary"
          comment={{ label: t("reminderNote") }}
        />
      )}
      {may.includes("complete") && (
        <ActionButton action={requesterActionAction} fields={{ ...hidden, action: "complete" }} label={t("complete")} tone="secondary" />
      )}
      {may.includes("withdraw") && (
        <ActionButton
          action={requesterActionAction}
          fields={{ ...hidden, action: "withdraw" }}
          label={t("withdraw")}
          tone="danger"
          confirm={t("confirmWithdraw")}
          confirmLabel={t("withdraw")}
          cancelLabel={cancel}
        />
      )}
    </section>
  );
}
