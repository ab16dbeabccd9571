import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getThemePage } from "@/lib/themes/get-theme-page";
import { localized } from "@/lib/i18n/localized";
import { ThemeSection } from "@/components/themes/theme-section";
import { StoryList } from "@/components/stories/story-list";
import { GENEVA_TIME_ZONE } from "@/lib/core/geneva";

export const dynamic = "force-dynamic";

/**
 * R14: a theme's page — the public communications, reports, recommendations, questionnaires and good
 * stories tagged with it, each section linking to its full filtered list where one exists.
 */
export default async function ThemePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const d = await getThemePage({ slug });
  if (!d) notFound();
  const [t, format, locale] = await Promise.all([getTranslations("themes"), getFormatter(), getLocale()]);
  const name = localized(d.theme, "name", locale);
  const date = (x: Date | null) => (x ? format.dateTime(x, { dateStyle: "medium" }) : "");
  return (
    <div className="space-y-8">
      <h1>{name}</h1>
      <p className="max-w-3xl text-slate-700">
        {d.theme.kind === "SDG" ? t("sdgIntro", { number: d.theme.sdgNumber ?? 0 }) : t("themeIntro")}
      </p>
      {d.theme.slug === "reprisals" && (
        <p>
          <Link href="/reprisals">{t("reprisalsRegister")}</Link>
        </p>
      )}
      <ThemeSection
        id="communications"
        heading={t("communications")}
        total={d.communications.total}
        empty={d.communications.rows.length === 0}
        more={{ href: `/communications?theme=${d.theme.slug}`, label: t("allCommunications") }}
      >
        <ul className="list-disc space-y-1 ps-6">
          {d.communications.rows.map((c) => (
            <li key={c.id}>
              <Link href={`/communications/${c.id}`} className="font-mono underline">
                {c.reference}
              </Link>{" "}
              — {c.subject}
              <span className="text-sm text-slate-700">
                {" "}
                ({c.addresseeState ? localized(c.addresseeState, "name", locale) : c.addresseeOtherActor?.name}, {date(c.sentAt)})
              </span>
            </li>
          ))}
        </ul>
      </ThemeSection>
      <ThemeSection id="reports" heading={t("reports")} total={d.reports.total} empty={d.reports.rows.length === 0}>
        <ul className="list-disc space-y-1 ps-6">
          {d.reports.rows.map((r) => (
            <li key={r.id}>
              <Link href={`/reports/${r.id}`} className="font-mono underline">
                {r.symbol}
              </Link>{" "}
              — {r.title}
              <span className="text-sm text-slate-700">
                {" "}
                (
                <Link href={`/mandates/${r.mandate.slug}`} className="underline">
                  {localized(r.mandate, "title", locale)}
                </Link>
                {r.visit && (
                  <>
                    ,{" "}
                    <Link href={`/visits/${r.visit.visitRequestId}`} className="underline">
                      {t("visit")}
                    </Link>
                  </>
                )}
                , {date(r.publishedAt)})
              </span>
            </li>
          ))}
        </ul>
      </ThemeSection>
      <ThemeSection
        id="recommendations"
        heading={t("recommendations")}
        total={d.recommendations.total}
        empty={d.recommendations.rows.length === 0}
      >
        <ul className="list-disc space-y-2 ps-6">
          {d.recommendations.rows.map((r) => (
            <li key={r.id}>
              <span>{r.text}</span>
              <span className="block text-sm text-slate-700">
                {t(`implementation.${r.status}`)}
                {r.report && (
                  <>
                    {" "}
                    · <span className="font-mono">{r.report.symbol}</span>
                  </>
                )}
                {r.communication && (
                  <>
                    {" "}
                    ·{" "}
                    <Link href={`/communications/${r.communication.id}`} className="font-mono underline">
                      {r.communication.reference}
                    </Link>
                  </>
                )}
              </span>
            </li>
          ))}
        </ul>
      </ThemeSection>
      <ThemeSection
        id="questionnaires"
        heading={t("questionnaires")}
        total={d.questionnaires.total}
        empty={d.questionnaires.rows.length === 0}
        more={{ href: "/calls-for-input", label: t("allQuestionnaires") }}
      >
        <ul className="list-disc space-y-1 ps-6">
          {d.questionnaires.rows.map((q) => (
            <li key={q.id}>
              <Link href={`/calls-for-input/${q.id}`} className="underline">
                {q.title}
              </Link>
              <span className="text-sm text-slate-700">
                {" "}
                ({t(`questionnaireStatus.${q.status}`)},{" "}
                {t("deadline", { date: format.dateTime(q.deadline, { dateStyle: "medium", timeZone: GENEVA_TIME_ZONE }) })})
              </span>
            </li>
          ))}
        </ul>
      </ThemeSection>
      <ThemeSection
        id="stories"
        heading={t("stories")}
        total={d.stories.total}
        empty={d.stories.rows.length === 0}
        more={{ href: `/stories?theme=${d.theme.slug}`, label: t("allStories") }}
      >
        <StoryList rows={d.stories.rows} headingLevel={3} />
      </ThemeSection>
      <p>
        <Link href="/themes">{t("allThemes")}</Link>
      </p>
    </div>
  );
}
