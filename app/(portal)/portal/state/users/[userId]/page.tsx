import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { getMissionUser } from "@/lib/users/find-mission-users";
import { loadOr404 } from "@/lib/core/load-or-404";
import { MissionMemberActions } from "@/components/access/mission-member-actions";

// Issue 12, item 5: one user of the mission. Another mission's user is not found (404).
export default async function MissionUserPage({ params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  const actor = await requirePermission("mission:manage-users", `/portal/state/users/${userId}`);
  const user = await loadOr404(() => getMissionUser({ actor, userId }));
  if (!user) notFound();
  const [t, format] = await Promise.all([getTranslations("missionUsers"), getFormatter()]);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/portal/state/users">{t("back")}</Link>
      </p>
      <h1>{user.name}</h1>
      <dl className="grid max-w-3xl gap-2 text-sm sm:grid-cols-[12rem_1fr]">
        <dt className="font-medium">{t("email")}</dt>
        <dd>{user.email}</dd>
        <dt className="font-medium">{t("status")}</dt>
        <dd data-testid="member-status">
          {user.active ? t("active") : t("inactive")}
          {user.missionAdmin ? ` · ${t("missionAdmin")}` : ""}
        </dd>
        <dt className="font-medium">{t("lastSignIn")}</dt>
        <dd>{user.lastSignInAt ? format.dateTime(user.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) : t("never")}</dd>
      </dl>
      <section aria-labelledby="member-actions" className="space-y-2">
        <h2 id="member-actions">{t("actions")}</h2>
        {user.id === actor.userId ? (
          <p>{t("self")}</p>
        ) : (
          <>
            <p className="max-w-3xl text-sm text-slate-700">{t("resetFactorHelp")}</p>
            <MissionMemberActions user={user} />
          </>
        )}
      </section>
    </div>
  );
}
