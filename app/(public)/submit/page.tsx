import { getLocale, getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { maySubmitCase } from "@/lib/auth/cases-policy";
import { now } from "@/lib/core/clock";
import { caseStateChoices } from "@/lib/cases/form-choices";
import { issueChallenge, powBitsFromEnv, proofOfWorkKey } from "@/lib/cases/proof-of-work";
import { CASE_TOPIC_SLUGS } from "@/lib/cases/topics";
import { MAX_CASE_FILES } from "@/lib/cases/schemas";
import { CaseForm } from "@/components/cases/case-form";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("cases"))("submitHeading") };
}

/** Issue 17: anyone submits information on a case — no account needed. */
export default async function SubmitCase() {
  const actor = await getActor();
  if (!maySubmitCase(actor)) forbidden();
  const locale = await getLocale();
  const [t, states] = await Promise.all([getTranslations("cases"), caseStateChoices({ locale })]);
  const challenge = issueChallenge({ key: proofOfWorkKey(), now: now(), bits: powBitsFromEnv() });
  return (
    <div className="space-y-4">
      <h1>{t("submitHeading")}</h1>
      <div className="max-w-3xl space-y-2 text-slate-700">
        <p>{t("submitIntro")}</p>
        <p>{t("submitPrivacy")}</p>
        <p>{t("submitDraftHint")}</p>
      </div>
      <CaseForm
        challenge={challenge}
        states={states}
        topics={CASE_TOPIC_SLUGS.map((s) => ({ value: s, label: t(`topics.${s}`) }))}
        maxFiles={MAX_CASE_FILES}
      />
    </div>
  );
}
