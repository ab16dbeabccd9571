import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { getSecretariatDashboard } from "@/lib/statistics/get-secretariat-dashboard";
import { StatList } from "@/components/ui/stat-list";

export default async function SecretariatWorkspace() {
  const actor = await requirePermission("workspace:secretariat", "/portal/secretariat");
  const [t, d] = await Promise.all([getTranslations("workspace.secretariat"), getSecretariatDashboard({ actor })]);
  return (
    <div className="space-y-6">
      <h1>{t("heading")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <StatList
        items={[
          { label: t("reviewQueue"), value: d.inReview },
          { label: t("outboxHeld"), value: d.held },
          { label: t("openReprisals"), value: d.openReprisals },
          { label: t("goodStoriesPending"), value: d.storiesPending },
        ]}
      />
    </div>
  );
}
