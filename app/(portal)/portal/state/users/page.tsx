import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { findMissionUsers } from "@/lib/users/find-mission-users";
import { localized } from "@/lib/i18n/localized";
import { DataTable, type Column } from "@/components/ui/data-table";
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
  const columns: Column<(typeof d.users)[number]>[] = [
    {
      key: "name",
      header: t("name"),
      rowHeader: true,
      cell: (u) => (
        <>
          <Link href={`/portal/state/users/${u.id}`}>{u.name}</Link>
          {u.id === actor.userId ? ` ${t("you")}` : ""}
        </>
      ),
    },
    { key: "email", header: t("email"), cell: (u) => u.email },
    {
      key: "status",
      header: t("status"),
      cell: (u) => (
        <>
          {u.active ? t("active") : t("inactive")}
          {u.missionAdmin ? ` · ${t("missionAdmin")}` : ""}
        </>
      ),
    },
    {
      key: "lastSignIn",
      header: t("lastSignIn"),
      cell: (u) => (u.lastSignInAt ? format.dateTime(u.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) : t("never")),
    },
  ];
  return (
    <div className="space-y-8">
      <h1>{t("heading")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro", { state: localized(d.state, "name", locale) })}</p>
      <p>
        <Link href="/portal/state/focal-point">{t("focalPointLink")}</Link>
      </p>
      <DataTable columns={columns} rows={d.users} rowKey={(u) => u.id} />
      <section aria-labelledby="add-member" className="space-y-3">
        <h2 id="add-member">{t("add")}</h2>
        <p className="max-w-3xl text-sm text-slate-700">{t("addIntro")}</p>
        <AddMissionUserForm />
      </section>
    </div>
  );
}
