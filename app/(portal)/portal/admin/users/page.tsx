import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { findUserFormChoices, findUsers } from "@/lib/users/find-users";
import { pageSchema } from "@/lib/core/pagination";
import { localized } from "@/lib/i18n/localized";
import { Pagination } from "@/components/ui/pagination";
import { DataTable, type Column } from "@/components/ui/data-table";
import { CreateUserForm } from "@/components/users/create-user-form";
import { UserActiveToggle } from "@/components/users/user-active-toggle";
import { RequestRoleForm } from "@/components/access/request-role-form";
import { PasswordSignInToggle } from "@/components/users/password-sign-in-toggle";
import { oidcEnabled } from "@/lib/auth/oidc-config";
import { ActionButton } from "@/components/communications/action-button";
import { resetSecondFactorAction } from "@/lib/users/second-factor-actions";
import { unlinkSsoAction } from "@/lib/users/actions";
import { ResendInvitation } from "@/components/users/resend-invitation";

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePermission("user:manage", "/portal/admin/users");
  const page = pageSchema.parse((await searchParams).page);
  const [t, tg, tr, t2, ti, format, locale, list, choices] = await Promise.all([
    getTranslations("users"),
    getTranslations("roleGrants"),
    getTranslations("roles"),
    getTranslations("secondFactor"),
    getTranslations("userInvitations"),
    getFormatter(),
    getLocale(),
    findUsers({ actor, page }),
    findUserFormChoices({ actor }),
  ]);
  const ssoEnabled = oidcEnabled();
  const columns: Column<(typeof list.users)[number]>[] = [
    { key: "name", header: t("name"), rowHeader: true, cell: (u) => u.name },
    { key: "email", header: t("email"), cell: (u) => u.email },
    { key: "role", header: t("role"), cell: (u) => tr(u.role) },
    {
      key: "binding",
      header: t("binding"),
      cell: (u) => (u.state ? localized(u.state, "name", locale) : (u.mandateHolder?.name ?? u.organisation ?? "")),
    },
    {
      key: "lastSignIn",
      header: t("lastSignIn"),
      cell: (u) => (u.lastSignInAt ? format.dateTime(u.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) : t("never")),
    },
    {
      key: "signInMethod",
      header: t("signInMethod"),
      cell: (u) => (
        <>
          <p>{u.passwordSignInDisabled ? t("ssoOnly") : ssoEnabled ? t("passwordOrSso") : t("passwordOnly")}</p>
          <PasswordSignInToggle userId={u.id} disabled={u.passwordSignInDisabled} ssoEnabled={ssoEnabled} />
          {u.ssoSubject !== null && (
            <div className="mt-2">
              <p>{t("ssoLinked")}</p>
              <ActionButton
                action={unlinkSsoAction}
                fields={{ userId: u.id }}
                label={t("ssoUnlink")}
                confirm={t("ssoUnlinkConfirm", { name: u.name })}
                confirmLabel={t("ssoUnlink")}
              />
            </div>
          )}
        </>
      ),
    },
    {
      key: "status",
      header: t("status"),
      cell: (u) => (
        <>
          <p>{u.active ? t("active") : t("inactive")}</p>
          {u.roleGrantRequests[0] && <p>{tg("awaitingRole", { role: tr(u.roleGrantRequests[0].role) })}</p>}
          {u.active && u.invitationPending && <p>{ti("pending")}</p>}
          <UserActiveToggle userId={u.id} name={u.name} active={u.active} />
          {u.active && u.invitationPending && <ResendInvitation userId={u.id} />}
          {u.id !== actor.userId && (
            <div className="mt-2">
              <ActionButton
                action={resetSecondFactorAction}
                fields={{ userId: u.id }}
                label={t2("reset")}
                confirm={t2("resetConfirm", { name: u.name })}
                confirmLabel={t2("reset")}
                cancelLabel={t2("cancel")}
                tone="secondary"
              />
            </div>
          )}
        </>
      ),
    },
  ];
  return (
    <div className="space-y-8">
      <h1>{t("heading")}</h1>
      <DataTable columns={columns} rows={list.users} rowKey={(u) => u.id} />
      <Pagination page={page} pages={list.pages} basePath="/portal/admin/users" />
      <section aria-labelledby="add-user" className="space-y-3">
        <h2 id="add-user">{t("create")}</h2>
        <CreateUserForm
          states={choices.states.map((s) => ({ value: s.id, label: localized(s, "name", locale) }))}
          holders={choices.holders.map((h) => ({ value: h.id, label: h.name }))}
        />
      </section>
      <section aria-labelledby="request-role" className="space-y-3">
        <h2 id="request-role">{tg("requestHeading")}</h2>
        <p className="max-w-3xl text-sm text-slate-700">{tg("requestIntro")}</p>
        <RequestRoleForm />
      </section>
    </div>
  );
}
