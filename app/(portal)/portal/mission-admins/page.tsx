import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { findStateUsers } from "@/lib/users/find-state-users";
import { pageSchema } from "@/lib/core/pagination";
import { localized } from "@/lib/i18n/localized";
import { Pagination } from "@/components/ui/pagination";
import { DataTable, type Column } from "@/components/ui/data-table";
import { MissionAdminToggle } from "@/components/access/mission-admin-toggle";
import { MissionLanguageForm } from "@/components/states/mission-language-form";
import { findMissionLanguages } from "@/lib/states/find-mission-languages";
import { MAIL_LOCALE_NAMES, isMailLocale } from "@/lib/i18n/mail-languages";

// Issue 12, item 5: the secretariat (or an admin) appoints the first administrator of a mission.
export default async function MissionAdminsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePermission("mission:appoint-admin", "/portal/mission-admins");
  const page = pageSchema.parse((await searchParams).page);
  const [t, tc, locale, list, languages] = await Promise.all([
    getTranslations("missionAdmins"),
    getTranslations("communications"),
    getLocale(),
    findStateUsers({ actor, page }),
    findMissionLanguages({ actor }),
  ]);
  const stateName = (s: (typeof languages)[number]) => localized(s, "name", locale);
  // The missions that do not write in English, so the secretariat sees what it set.
  const notEnglish = languages.filter((s) => s.locale !== "en" && isMailLocale(s.locale));
  const columns: Column<(typeof list.users)[number]>[] = [
    { key: "state", header: t("state"), cell: (u) => (u.state ? localized(u.state, "name", locale) : "") },
    { key: "name", header: t("name"), rowHeader: true, cell: (u) => u.name },
    { key: "email", header: t("email"), cell: (u) => u.email },
    {
      key: "missionAdmin",
      header: t("missionAdmin"),
      cell: (u) => (
        <>
          <p>{u.missionAdmin ? t("yes") : t("no")}</p>
          <MissionAdminToggle userId={u.id} missionAdmin={u.missionAdmin} />
        </>
      ),
    },
  ];
  return (
    <div className="space-y-6">
      <h1>{t("heading")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      <DataTable columns={columns} rows={list.users} rowKey={(u) => u.id} empty={t("empty")} />
      <Pagination page={page} pages={list.pages} basePath="/portal/mission-admins" />
      <h2>{tc("missionLanguage")}</h2>
      {notEnglish.length > 0 && (
        <ul className="list-disc pl-6">
          {notEnglish.map((s) => (
            <li key={s.id}>
              {stateName(s)}: {isMailLocale(s.locale) ? MAIL_LOCALE_NAMES[s.locale] : s.locale}
            </li>
          ))}
        </ul>
      )}
      <MissionLanguageForm locale="en" states={languages.map((s) => ({ value: s.id, label: stateName(s) }))} />
    </div>
  );
}
