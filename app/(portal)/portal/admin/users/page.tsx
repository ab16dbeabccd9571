import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { findUserFormChoices, findUsers } from "@/lib/users/find-users";
import { pageSchema } from "@/lib/core/pagination";
import { localized } from "@/lib/i18n/localized";
import { Pagination } from "@/components/ui/pagination";
import { CreateUserForm } from "@/components/users/create-user-form";
import { UserActiveToggle } from "@/components/users/user-active-toggle";
import { ResendInvitation } from "@/components/users/resend-invitation";

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePermission("user:manage", "/portal/admin/users");
  const page = pageSchema.parse((await searchParams).page);
  const [t, tr, ti, format, locale, list, choices] = await Promise.all([
    getTranslations("users"),
    getTranslations("roles"),
    getTranslations("userInvitations"),
    getFormatter(),
    getLocale(),
    findUsers({ actor, page }),
    findUserFormChoices({ actor }),
  ]);
  return (
    <div className="space-y-8">
      <h1>{t("heading")}</h1>
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr className="border-b border-slate-300 text-left">
            {["name", "email", "role", "binding", "lastSignIn", "status"].map((k) => (
              <th key={k} scope="col" className="py-2 pr-3">
                {t(k as never)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {list.users.map((u) => (
            <tr key={u.id} className="border-b border-slate-100 align-top">
              <th scope="row" className="py-2 pr-3 text-left font-normal">
                {u.name}
              </th>
              <td className="py-2 pr-3">{u.email}</td>
              <td className="py-2 pr-3">{tr(u.role)}</td>
              <td className="py-2 pr-3">
                {u.state ? localized(u.state, "name", locale) : (u.mandateHolder?.name ?? u.organisation ?? "")}
              </td>
              <td className="py-2 pr-3">
                {u.lastSignInAt ? format.dateTime(u.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) : t("never")}
              </td>
              <td className="py-2">
                <p>{u.active ? t("active") : t("inactive")}</p>
                {u.active && u.invitationPending && <p>{ti("pending")}</p>}
                <UserActiveToggle userId={u.id} name={u.name} active={u.active} />
                {u.active && u.invitationPending && <ResendInvitation userId={u.id} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination page={page} pages={list.pages} basePath="/portal/admin/users" />
      <section aria-labelledby="add-user" className="space-y-3">
        <h2 id="add-user">{t("create")}</h2>
        <CreateUserForm
          states={choices.states.map((s) => ({ value: s.id, label: localized(s, "name", locale) }))}
          holders={choices.holders.map((h) => ({ value: h.id, label: h.name }))}
        />
      </section>
    </div>
  );
}
