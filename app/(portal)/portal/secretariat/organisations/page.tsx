import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { localized } from "@/lib/i18n/localized";
import { findOrganisations } from "@/lib/organisations/find-organisations";

const PATH = "/portal/secretariat/organisations";

// Issue 17, item 3: the secretariat's queue of organisation accounts.
export default async function OrganisationQueue() {
  const actor = await requirePermission("organisation:decide", PATH);
  const [t, format, locale, d] = await Promise.all([
    getTranslations("organisations"),
    getFormatter(),
    getLocale(),
    findOrganisations({ actor }),
  ]);
  const date = (at: Date | null) => (at ? format.dateTime(at, { dateStyle: "medium", timeStyle: "short" }) : "");
  const table = (
    rows: typeof d.awaitingDecision,
    testId: string,
    when: (r: (typeof d.awaitingDecision)[number]) => string,
    whenLabel: string,
  ) =>
    rows.length === 0 ? (
      <p>{t("queueEmpty")}</p>
    ) : (
      <table className="w-full border-collapse text-sm" data-testid={testId}>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-2 pr-3">
              {t("name")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("country")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("contact")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {whenLabel}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.id} className="border-b border-slate-100 align-top">
              <th scope="row" className="py-2 pr-3 text-left font-normal">
                <Link href={`${PATH}/${o.id}`}>{o.name}</Link>
              </th>
              <td className="py-2 pr-3">{localized(o.country, "name", locale)}</td>
              <td className="py-2 pr-3">
                {o.contactName} · {o.contactEmail}
              </td>
              <td className="py-2 pr-3">{when(o)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  return (
    <div className="space-y-8">
      <h1>{t("queueHeading")}</h1>
      <p className="max-w-3xl text-slate-700">{t("queueIntro")}</p>
      <section aria-labelledby="awaiting-h" className="space-y-2">
        <h2 id="awaiting-h">{t("awaitingDecision", { count: d.awaitingDecision.length })}</h2>
        {table(d.awaitingDecision, "awaiting-decision", (o) => date(o.emailConfirmedAt), t("emailConfirmedOn"))}
      </section>
      <section aria-labelledby="unconfirmed-h" className="space-y-2">
        <h2 id="unconfirmed-h">{t("awaitingConfirmation")}</h2>
        <p className="max-w-3xl text-sm text-slate-700">{t("awaitingConfirmationIntro")}</p>
        {table(d.awaitingConfirmation, "awaiting-confirmation", (o) => date(o.createdAt), t("registeredOn"))}
      </section>
      <section aria-labelledby="decided-h" className="space-y-2">
        <h2 id="decided-h">{t("recentlyDecided")}</h2>
        {table(d.decided, "decided", (o) => `${t(`statuses.${o.status}`)} · ${date(o.decidedAt)}`, t("decision"))}
      </section>
    </div>
  );
}
