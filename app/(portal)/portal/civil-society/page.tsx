import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { findOwnSubmissions } from "@/lib/stories/find-own-submissions";
import { findMyStories } from "@/lib/stories/find-stories-for-moderation";
import { MyStories } from "@/components/stories/my-stories";

export default async function CivilSocietyWorkspace() {
  const actor = await requirePermission("workspace:civil-society", "/portal/civil-society");
  const [t, ts, d, stories] = await Promise.all([
    getTranslations("workspace.civilSociety"),
    getTranslations("stories"),
    findOwnSubmissions({ actor }),
    findMyStories({ actor }),
  ]);
  return (
    <div className="space-y-6">
      <h1>{t("heading")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <section aria-labelledby="stories" className="space-y-2">
        <h2 id="stories">{t("myStories")}</h2>
        <p>
          <Link href="/stories/submit">{ts("submitHeading")}</Link>
        </p>
        <MyStories stories={stories} headingLevel={3} />
      </section>
      <section aria-labelledby="responses" className="space-y-2">
        <h2 id="responses">{t("myResponses")}</h2>
        {d.responses.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <ul className="list-disc pl-6">
            {d.responses.map((r) => (
              <li key={r.id}>{r.questionnaire.title}</li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
