"use client";
import { useTranslations } from "next-intl";
import { setGuestAnswersAction } from "@/lib/questionnaires/guest-actions";
import { ConfirmedAction } from "@/components/access/confirmed-action";

/** The secretariat lets a call take answers from people without an account, or no longer (issue 17, item 3). */
export function GuestAnswersSetting({ questionnaireId, accepts }: { questionnaireId: string; accepts: boolean }) {
  const t = useTranslations("guestAnswers");
  return (
    <div className="space-y-2">
      <p data-testid="guest-answers-setting">{accepts ? t("settingOn") : t("settingOff")}</p>
      <ConfirmedAction
        id={`guest-${questionnaireId}`}
        action={setGuestAnswersAction}
        fields={{ questionnaireId, acceptsGuestAnswers: accepts ? "false" : "true" }}
        label={accepts ? t("turnOff") : t("turnOn")}
      />
    </div>
  );
}
