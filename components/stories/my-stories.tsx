import { getFormatter, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import type { findMyStories } from "@/lib/stories/find-stories-for-moderation";
import { AmendStoryForm } from "./amend-form";

/** A signed-in submitter's stories with their status, the secretariat's note, and the amend form when asked. */
export async function MyStories({
  stories,
  headingLevel = 2,
}: {
  stories: Awaited<ReturnType<typeof findMyStories>>;
  headingLevel?: 2 | 3;
}) {
  const [t, format] = await Promise.all([getTranslations("stories"), getFormatter()]);
  if (stories.length === 0) return <p>{t("noOwnStories")}</p>;
  const H = `h${headingLevel}` as const;
  return (
    <ul className="space-y-4" data-testid="my-stories">
      {stories.map((s) => (
        <li key={s.id} className="space-y-1 rounded border border-slate-200 p-3" data-testid="my-story">
          <H className="text-base font-semibold">{s.status === "PUBLISHED" ? <Link href={`/stories/${s.id}`}>{s.title}</Link> : s.title}</H>
          <p className="text-sm">
            {t("submittedOn", { date: format.dateTime(s.createdAt, { dateStyle: "medium" }) })} · <strong>{t("statusLabel")}</strong>{" "}
            <span data-testid="my-story-status">{t(`statuses.${s.status}`)}</span>
          </p>
          {s.moderationNote && s.status !== "PUBLISHED" && (
            <p className="whitespace-pre-line text-sm">
              <strong>{t("noteFromSecretariat")}</strong> {s.moderationNote}
            </p>
          )}
          {s.status === "NEEDS_INFORMATION" && (
            <AmendStoryForm storyId={s.id} whatChanged={s.whatChanged} evidenceLinks={s.evidenceLinks ?? ""} />
          )}
        </li>
      ))}
    </ul>
  );
}
