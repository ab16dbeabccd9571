import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { getStateDashboard } from "@/lib/states/get-state-dashboard";
import { localized } from "@/lib/i18n/localized";
import { StatList } from "@/components/ui/stat-list";
import { now } from "@/lib/core/clock";
import { getStateFatigue } from "@/lib/questionnaires/fatigue";
import { StateFatigue } from "@/components/questionnaires/state-fatigue";

export default async function StateWorkspace() {
  const actor = await requirePermission("workspace:state", "/portal/state");
  const [t, locale, d] = await Promise.all([getTranslations("workspace.state"), getLocale(), getStateDashboard({ actor })]);
  const fatigue = await getStateFatigue({ actor, stateId: actor.stateId!, now: now() });
  const stateName = localized(d.state, "name", locale);
  return (
    <div className="space-y-6">
      <h1>
        {t("heading")} — <span data-testid="state-name">{stateName}</span>
      </h1>
      <p className="text-slate-700">{t("intro", { state: stateName })}</p>
      <p>
        <Link href="/portal/state/communications">{t("openInbox")}</Link>
        {/* Only the mission's administrators name the focal point (R2, issue 12, item 5). */}
        {can(actor, "state:manage-focal-point") && (
          <>
            {" · "}
            <Link href="/portal/state/focal-point">{t("focalPoint")}</Link>
          </>
        )}
      </p>
      <StatList
        items={[
          { label: t("received"), value: d.received },
          { label: t("awaitingReply"), value: d.awaitingReply },
          { label: t("visitRequests"), value: d.visitRequests },
        ]}
      />
      <StateFatigue fatigue={fatigue} />
      <section aria-labelledby="focal-point" className="space-y-1">
        <h2 id="focal-point">{t("focalPoint")}</h2>
        {d.focalPoint ? (
          <p>
            {d.focalPoint.name} · {d.focalPoint.email}
            {d.focalPoint.phone ? ` · ${d.focalPoint.phone}` : ""}
          </p>
        ) : (
          <p>{t("noFocalPoint")}</p>
        )}
      </section>
    </div>
  );
}
