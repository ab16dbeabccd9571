import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { findStateUsers } from "@/lib/users/find-state-users";
import { pageSchema } from "@/lib/core/pagination";
import { localized } from "@/lib/i18n/localized";
import { Pagination } from "@/components/ui/pagination";
import { MissionAdminToggle } from "@/components/access/mission-admin-toggle";

// Issue 12, item 5: the secretariat (or an admin) appoints the first administrator of a mission.
export default async function MissionAdminsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePermission("mission:appoint-admin", "/portal/mission-admins");
  const page = pageSchema.parse((await searchParams).page);
  const [t, locale, list] = await Promise.all([getTranslations("missionAdmins"), getLocale(), findStateUsers({ actor, page })]);
  return (
    <div className="space-y-6">
      <h1>{t("heading")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      {list.users.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              {(["state", "name", "email", "missionAdmin"] as const).map((k) => (
                <th key={k} scope="col" className="py-2 pr-3">
                  {t(k)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {list.users.map((u) => (
              <tr key={u.id} className="border-b border-slate-100 align-top">
                <td className="py-2 pr-3">{u.state ? localized(u.state, "name", locale) : ""}</td>
                <th scope="row" className="py-2 pr-3 text-left font-normal">
                  {u.name}
                </th>
                <td className="py-2 pr-3">{u.email}</td>
                <td className="py-2 pr-3">
                  <p>{u.missionAdmin ? t("yes") : t("no")}</p>
                  <MissionAdminToggle userId={u.id} missionAdmin={u.missionAdmin} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={page} pages={list.pages} basePath="/portal/mission-admins" />
    </div>
  );
}
