import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { getStoryForModeration } from "@/lib/stories/find-stories-for-moderation";
import { storyFormChoices } from "@/lib/stories/form-data";
import { loadOr404 } from "@/lib/core/load-or-404";
import { EditStoryForm } from "@/components/stories/edit-form";
import { ModerationForm } from "@/components/stories/moderation-form";

export default async function ModerateStory({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("story:moderate", `/portal/secretariat/stories/${id}`);
  const s = await loadOr404(() => getStoryForModeration({ actor, storyId: id }));
  if (!s) notFound();
  const locale = await getLocale();
  const [t, format, choices] = await Promise.all([getTranslations("stories"), getFormatter(), storyFormChoices({ locale })]);
  const open = s.status === "SUBMITTED" || s.status === "NEEDS_INFORMATION";
  return (
    <div className="space-y-6">
      <h1>{s.title}</h1>
      <dl className="grid max-w-3xl gap-2 text-sm sm:grid-cols-[12rem_1fr]">
        <dt className="font-medium">{t("statusLabel")}</dt>
        <dd data-testid="story-status">{t(`statuses.${s.status}`)}</dd>
        <dt className="font-medium">{t("submittedBy")}</dt>
        <dd>
          {s.submittedBy
            ? `${s.submittedBy.name} <${s.submittedBy.email}>${s.submittedBy.organisation ? `, ${s.submittedBy.organisation}` : ""}`
            : `${s.submitterName ?? t("anonymous")}${s.submitterEmail ? ` <${s.submitterEmail}>` : ""}`}
        </dd>
        <dt className="font-medium">{t("submittedAt")}</dt>
        <dd>{format.dateTime(s.createdAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
        {s.moderationNote && (
          <>
            <dt className="font-medium">{t("moderationNote")}</dt>
            <dd className="whitespace-pre-line">{s.moderationNote}</dd>
          </>
        )}
        {s.attachments.length > 0 && (
          <>
            <dt className="font-medium">{t("evidenceFiles")}</dt>
            <dd>
              <ul>
                {s.attachments.map((a) => (
                  <li key={a.id}>
                    <a href={`/api/stories/files/${a.id}`}>{a.fileName}</a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {s.status !== "REJECTED" && (
        <section aria-labelledby="decide-h" className="space-y-2 rounded border border-slate-300 p-4">
          <h2 id="decide-h">{t("decision")}</h2>
          <ModerationForm storyId={s.id} decisions={open ? ["publish", "request-information", "reject"] : ["reject"]} />
        </section>
      )}
      {open && (
        <section aria-labelledby="edit-h" className="space-y-2">
          <h2 id="edit-h">{t("editHeading")}</h2>
          <EditStoryForm
            storyId={s.id}
            choices={choices}
            initial={{
              title: s.title,
              recommendation: s.recommendation,
              whatChanged: s.whatChanged,
              mandateId: s.mandateId ?? "",
              stateId: s.stateId ?? "",
              evidenceLinks: s.evidenceLinks ?? "",
              themeIds: s.themes.map((x) => x.themeId),
            }}
          />
        </section>
      )}
    </div>
  );
}
