import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { findMissionUsers } from "@/lib/users/find-mission-users";
import { localized } from "@/lib/i18n/localized";
import { AddMissionUserForm } from "@/components/access/add-mission-user-form";

// Issue 12, item 5: a mission administrator's page for its own mission's accounts.
export default async function MissionUsersPage() {
  const actor = await requirePermission("mission:manage-users", "/portal/state/users");
  const [t, format, locale, d] = await Promise.all([
    getTranslations("missionUsers"),
    getFormatter(),
    getLocale(),
    findMissionUsers({ actor }),
  ]);
  return (
    <div className="space-y-8">
      <h1>{t("heading")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro", { state: localized(d.state, "name", locale) })}</p>
      <p>
        <Link href="/portal/state/focal-point">{t("focalPointLink")}</Link>
      </p>
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr className="border-b border-slate-300 text-left">
            {(["name", "email", "status", "lastSignIn"] as const).map((k) => (
              <th key={k} scope="col" className="py-2 pr-3">
                {t(k)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {d.users.map((u) => (
            <tr key={u.id} className="border-b border-slate-100 align-top">
              <th scope="row" className="py-2 pr-3 text-left font-normal">
                <Link href={`/portal/state/users/${u.id}`}>{u.name}</Link>
                {u.id === actor.userId ? ` ${t("you")}` : ""}
              </th>
              <td className="py-2 pr-3">{u.email}</td>
              <td className="py-2 pr-3">
                {u.active ? t("active") : t("inactive")}
                {u.missionAdmin ? ` · ${t("missionAdmin")}` : ""}
              </td>
              <td className="py-2 pr-3">
                {u.lastSignInAt ? format.dateTime(u.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) : t("never")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="add-member" className="space-y-3">
        <h2 id="add-member">{t("add")}</h2>
        <p className="max-w-3xl text-sm text-slate-700">{t("addIntro")}</p>
        <AddMissionUserForm />
      </section>
    </div>
  );
}
