import { getLocale, getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { maySubmitStory } from "@/lib/auth/stories-policy";
import { storyFormChoices } from "@/lib/stories/form-data";
import { MAX_EVIDENCE_FILES } from "@/lib/stories/schemas";
import { SubmitStoryForm } from "@/components/stories/submit-form";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("stories"))("submitHeading") };
}

/** R13: anyone may submit a good story — signed in, or anonymously with an email address. */
export default async function SubmitStory() {
  const actor = await getActor();
  if (!maySubmitStory(actor)) forbidden();
  const locale = await getLocale();
  const [t, choices] = await Promise.all([getTranslations("stories"), storyFormChoices({ locale })]);
  return (
    <div className="space-y-4">
      <h1>{t("submitHeading")}</h1>
      <p className="max-w-3xl text-slate-700">{actor ? t("submitIntroSignedIn") : t("submitIntroAnonymous")}</p>
      <SubmitStoryForm choices={choices} signedIn={actor !== null} maxFiles={MAX_EVIDENCE_FILES} />
    </div>
  );
}
