import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { mayAnswer } from "@/lib/auth/questionnaires-policy";
import { can } from "@/lib/auth/policy";
import type { QuestionnaireAudience } from "@/lib/generated/prisma/enums";

/**
 * How to answer an open call, for whoever reads its public page (issue 17, item 3): a respondent the
 * call is for goes to its answer; a visitor is shown the ways open to it — signing in (a State's
 * mission, a registered organisation), registering its organisation, or, when the call accepts them,
 * answering with a confirmed e-mail address and no account.
 */
export async function AnswerWays({
  call,
  actor,
}: {
  call: { id: string; audience: QuestionnaireAudience; acceptsGuestAnswers: boolean };
  actor: Actor | null;
}) {
  const t = await getTranslations("guestAnswers");
  const answerPath = `/portal/questionnaires/${call.id}`;
  const forCivilSociety = call.audience !== "STATES";
  const guests = forCivilSociety && call.acceptsGuestAnswers;
  if (actor && mayAnswer(actor, call)) {
    return (
      <p>
        <Link href={answerPath} className="btn-primary inline-block">
          {t("answerNow")}
        </Link>
      </p>
    );
  }
  return (
    <section aria-labelledby="how-h" className="max-w-3xl space-y-2 rounded border border-slate-300 p-4" data-testid="answer-ways">
      <h2 id="how-h">{t("howHeading")}</h2>
      {actor ? (
        <p>{can(actor, "organisation:view-own") && !can(actor, "questionnaire:answer") ? t("organisationPending") : t("notForYou")}</p>
      ) : (
        <ul className="list-disc space-y-1 ps-6">
          <li>
            <Link href={`/signin?callbackUrl=${encodeURIComponent(answerPath)}`} className="underline">
              {t("signIn")}
            </Link>{" "}
            {call.audience === "STATES"
              ? t("signInStates")
              : call.audience === "CIVIL_SOCIETY"
                ? t("signInOrganisations")
                : t("signInBoth")}
          </li>
          {forCivilSociety && (
            <li>
              <Link href="/organisations/register" className="underline">
                {t("register")}
              </Link>{" "}
              {t("registerWhy")}
            </li>
          )}
          {guests && (
            <li>
              <Link href={`/calls-for-input/${call.id}/answer`} className="underline">
                {t("answerWithoutAccount")}
              </Link>{" "}
              {t("answerWithoutAccountWhy")}
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
