import { getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { PublicCallRow } from "@/lib/questionnaires/find-public-calls";
import { GenevaTime } from "@/components/ui/geneva-time";

/** What every view of a call states: mandates, audience, themes, languages, report and session, dates. */
export async function CallMeta({ call }: { call: PublicCallRow }) {
  const [t, locale] = await Promise.all([getTranslations("questionnaires"), getLocale()]);
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
      <dt className="font-medium">{t("mandates")}</dt>
      <dd>{call.mandates.map((m) => localized(m.mandate, "title", locale)).join("; ")}</dd>
      <dt className="font-medium">{t("audience")}</dt>
      <dd data-testid="audience">{t(`audiences.${call.audience}`)}</dd>
      {call.themes.length > 0 && (
        <>
          <dt className="font-medium">{t("themes")}</dt>
          <dd>{call.themes.map((x) => localized(x.theme, "name", locale)).join("; ")}</dd>
        </>
      )}
      <dt className="font-medium">{t("languages")}</dt>
      <dd>{call.languages.map((l) => t(`languageNames.${l}` as never)).join(", ")}</dd>
      {(call.report || call.councilSession) && (
        <>
          <dt className="font-medium">{t("feeds")}</dt>
          <dd>
            {call.report ? `${call.report.symbol} — ${call.report.title}` : ""}
            {call.report && call.councilSession ? " · " : ""}
            {call.councilSession ? t("session", { session: call.councilSession }) : ""}
          </dd>
        </>
      )}
      <dt className="font-medium">{t("opens")}</dt>
      <dd>
        <GenevaTime at={call.opensAt} />
      </dd>
      <dt className="font-medium">{t("deadline")}</dt>
      <dd>
        <GenevaTime at={call.deadline} testId="deadline" />
      </dd>
    </dl>
  );
}
