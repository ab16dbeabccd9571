import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReprisalCaseDetail } from "@/lib/reprisals/get-case";
import { localized } from "@/lib/i18n/localized";
import { ConfidentialityBadge, ReprisalStatusBadge } from "./badges";

const dateOnly = { dateStyle: "long", timeZone: "UTC" } as const;

/** The confidential record as the actor may see it; fields the policy withheld arrive as null. */
export async function CaseView({ c, communicationBase }: { c: ReprisalCaseDetail; communicationBase: string }) {
  const [t, format, locale] = await Promise.all([getTranslations("reprisals"), getFormatter(), getLocale()]);
  const row = (label: string, value: React.ReactNode, testId?: string) => (
    <div className="grid gap-1 sm:grid-cols-[14rem_1fr]">
      <dt className="font-medium">{label}</dt>
      <dd className="whitespace-pre-line" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
  return (
    <div className="space-y-4">
      <p role="note" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
        {t("confidentialNotice")}
      </p>
      <div className="flex flex-wrap gap-2">
        <ReprisalStatusBadge status={c.status} />
        <ConfidentialityBadge value={c.confidentiality} />
      </div>
      <dl className="space-y-3">
        {row(t("state"), localized(c.state, "name", locale))}
        {row(t("personsConcerned"), c.personsConcerned ?? <em>{t("withheld")}</em>, "persons-concerned")}
        {row(t("cooperationContext"), c.cooperationContext)}
        {row(t("actsAlleged"), c.actsAlleged)}
        {row(t("actsDate"), c.actsDate ? format.dateTime(c.actsDate, dateOnly) : "—")}
        {row(t("actionsTaken"), c.actionsTaken ?? "—")}
        {row(
          t("linkedCommunications"),
          c.communications.length === 0 && c.hiddenCommunications === 0 ? (
            "—"
          ) : (
            <ul className="list-disc ps-5">
              {c.communications.map((x) => (
                <li key={x.id}>
                  <Link href={`${communicationBase}/${x.id}`} className="font-mono underline">
                    {x.reference}
                  </Link>{" "}
                  — {x.subject}
                </li>
              ))}
              {c.hiddenCommunications > 0 && <li>{t("otherCommunications", { count: c.hiddenCommunications })}</li>}
            </ul>
          ),
        )}
        {row(t("sgReportYear"), c.sgReportYear ?? "—")}
        {row(t("recordedOn"), format.dateTime(c.createdAt, { dateStyle: "medium" }) + (c.createdByName ? ` — ${c.createdByName}` : ""))}
      </dl>
      <section aria-labelledby="referrals-h" className="space-y-2">
        <h2 id="referrals-h">{t("referrals")}</h2>
        {c.referrals.length === 0 ? (
          <p>{t("noReferrals")}</p>
        ) : (
          <ul className="list-disc ps-5" data-testid="referrals">
            {c.referrals.map((r) => (
              <li key={r.id}>
                {t(`bodies.${r.body}`)} — {format.dateTime(r.referredAt, dateOnly)}
                {r.note && <> — {r.note}</>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="summary-h" className="space-y-2">
        <h2 id="summary-h">{t("publicSummary")}</h2>
        <p className="whitespace-pre-line">{c.publicSummary ?? t("noSummary")}</p>
        {c.publicSummaryClearedAt && (
          <p className="text-sm text-slate-700">
            {t("clearedOn", { date: format.dateTime(c.publicSummaryClearedAt, { dateStyle: "medium", timeStyle: "short" }) })}
            {c.clearedByName && ` — ${c.clearedByName}`}
          </p>
        )}
      </section>
    </div>
  );
}
