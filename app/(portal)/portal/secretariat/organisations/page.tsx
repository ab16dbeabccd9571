import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { localized } from "@/lib/i18n/localized";
import { findOrganisations } from "@/lib/organisations/find-organisations";
import { DataTable, type Column } from "@/components/ui/data-table";

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
  type Organisation = (typeof d.awaitingDecision)[number];
  const table = (rows: Organisation[], testId: string, when: (r: Organisation) => string, whenLabel: string) => {
    const columns: Column<Organisation>[] = [
      { key: "name", header: t("name"), rowHeader: true, cell: (o) => <Link href={`${PATH}/${o.id}`}>{o.name}</Link> },
      { key: "country", header: t("country"), cell: (o) => localized(o.country, "name", locale) },
      {
        key: "contact",
        header: t("contact"),
        cell: (o) => (
          <>
            {o.contactName} · {o.contactEmail}
          </>
        ),
      },
      { key: "when", header: whenLabel, cell: when },
    ];
    return <DataTable columns={columns} rows={rows} rowKey={(o) => o.id} testId={testId} empty={t("queueEmpty")} />;
  };
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
