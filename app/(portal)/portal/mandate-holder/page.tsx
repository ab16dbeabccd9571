import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { getHolderDashboard } from "@/lib/mandates/get-holder-dashboard";
import { localized } from "@/lib/i18n/localized";
import { StatList } from "@/components/ui/stat-list";

export default async function MandateHolderWorkspace() {
  const actor = await requirePermission("workspace:mandate-holder", "/portal/mandate-holder");
  const [t, locale, d] = await Promise.all([getTranslations("workspace.mandateHolder"), getLocale(), getHolderDashboard({ actor })]);
  return (
    <div className="space-y-6">
      <h1>{t("heading")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <section aria-labelledby="my-mandates" className="space-y-2">
        <h2 id="my-mandates">{t("myMandates")}</h2>
        <ul className="list-disc ps-6" data-testid="my-mandates">
          {d.mandates.map((m) => (
            <li key={m.id}>{localized(m, "title", locale)}</li>
          ))}
        </ul>
      </section>
      <p>
        <Link href="/portal/mandate-holder/communications">{t("openCommunications")}</Link>
      </p>
      <StatList
        items={[
          { label: t("drafts"), value: d.drafts },
          { label: t("awaitingCosign"), value: d.invitations },
          { label: t("sent"), value: d.sent },
        ]}
      />
    </div>
  );
}
