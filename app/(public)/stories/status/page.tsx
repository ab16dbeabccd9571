import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { findMyStories } from "@/lib/stories/find-stories-for-moderation";
import { MyStories } from "@/components/stories/my-stories";
import { StatusCheck } from "@/components/stories/status-check";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("stories"))("statusHeading") };
}

/** R13: "the submitter can see its status" — its own stories when signed in, or by the token given at submission. */
export default async function StoryStatus() {
  const actor = await getActor();
  const [t, mine] = await Promise.all([
    getTranslations("stories"),
    actor && can(actor, "story:submit") ? findMyStories({ actor }) : Promise.resolve(null),
  ]);
  return (
    <div className="space-y-6">
      <h1>{t("statusHeading")}</h1>
      {mine && (
        <section aria-labelledby="mine-h" className="space-y-3">
          <h2 id="mine-h">{t("myStories")}</h2>
          <MyStories stories={mine} headingLevel={3} />
        </section>
      )}
      <section aria-labelledby="token-h" className="space-y-3">
        <h2 id="token-h">{t("tokenHeading")}</h2>
        <p className="max-w-3xl text-slate-700">{t("tokenHelp")}</p>
        <StatusCheck />
      </section>
      <p>
        <Link href="/stories">{t("backToStories")}</Link>
      </p>
    </div>
  );
}
