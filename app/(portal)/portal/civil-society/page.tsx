import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { findOwnSubmissions } from "@/lib/stories/find-own-submissions";
import { findMyStories } from "@/lib/stories/find-stories-for-moderation";
import { MyStories } from "@/components/stories/my-stories";

export default async function CivilSocietyWorkspace() {
  const actor = await requirePermission("workspace:civil-society", "/portal/civil-society");
  const [t, ts, to, d, stories] = await Promise.all([
    getTranslations("workspace.civilSociety"),
    getTranslations("stories"),
    getTranslations("organisations"),
    findOwnSubmissions({ actor }),
    findMyStories({ actor }),
  ]);
  return (
    <div className="space-y-6">
      <h1>{t("heading")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      {d.organisation && (
        <p data-testid="member-of">
          {to("memberOf", { organisation: d.organisation.name })}{" "}
          <Link href="/portal/organisation" className="underline">
            {to("nav")}
          </Link>
        </p>
      )}
      <section aria-labelledby="stories" className="space-y-2">
        <h2 id="stories">{t("myStories")}</h2>
        <p>
          <Link href="/stories/submit">{ts("submitHeading")}</Link>
        </p>
        <MyStories stories={stories} headingLevel={3} />
      </section>
      {d.organisation && (
        <section aria-labelledby="org-stories" className="space-y-2">
          <h2 id="org-stories">{to("organisationStories")}</h2>
          {d.stories.filter((s) => s.submittedById !== actor.userId).length === 0 ? (
            <p>{t("none")}</p>
          ) : (
            <ul className="list-disc ps-6">
              {d.stories
                .filter((s) => s.submittedById !== actor.userId)
                .map((s) => (
                  <li key={s.id}>
                    {s.title} — {ts(`statuses.${s.status}` as never)}
                  </li>
                ))}
            </ul>
          )}
        </section>
      )}
      <section aria-labelledby="responses" className="space-y-2">
        <h2 id="responses">{d.organisation ? to("organisationResponses") : t("myResponses")}</h2>
        {d.responses.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <ul className="list-disc ps-6">
            {d.responses.map((r) => (
              <li key={r.id}>{r.questionnaire.title}</li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
