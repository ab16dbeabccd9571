import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { findRoleGrants } from "@/lib/users/find-role-grants";
import { RoleGrantDecision } from "@/components/access/role-grant-decision";
import { DataTable, type Column } from "@/components/ui/data-table";

// Issue 12, item 6: privileged role grants wait here for a second, different member's approval.
export default async function RoleRequestsPage() {
  const actor = await requirePermission("role-grant:decide", "/portal/role-requests");
  const [t, tr, format, d] = await Promise.all([
    getTranslations("roleGrants"),
    getTranslations("roles"),
    getFormatter(),
    findRoleGrants({ actor }),
  ]);
  const when = (at: Date) => format.dateTime(at, { dateStyle: "medium", timeStyle: "short" });
  const columns: Column<(typeof d.pending)[number]>[] = [
    {
      key: "account",
      header: t("account"),
      rowHeader: true,
      cell: (r) => (
        <>
          {r.targetUser.name}
          <br />
          {r.targetUser.email}
        </>
      ),
    },
    { key: "role", header: t("role"), cell: (r) => tr(r.role) },
    { key: "previous", header: t("previous"), cell: (r) => (r.newAccount || !r.previousRole ? t("newAccount") : tr(r.previousRole)) },
    { key: "requestedBy", header: t("requestedBy"), cell: (r) => r.requestedBy.name },
    { key: "requestedAt", header: t("requestedAt"), cell: (r) => when(r.createdAt) },
    {
      key: "decision",
      header: t("decision"),
      cell: (r) =>
        r.mayDecide ? <RoleGrantDecision requestId={r.id} /> : <p>{r.requestedById === actor.userId ? t("ownRequest") : t("aboutYou")}</p>,
    },
  ];
  return (
    <div className="space-y-8">
      <h1>{t("heading")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      <section aria-labelledby="pending-grants" className="space-y-3">
        <h2 id="pending-grants">{t("pendingHeading")}</h2>
        <DataTable
          columns={columns}
          rows={d.pending}
          rowKey={(r) => r.id}
          rowAttributes={() => ({ "data-testid": "pending-grant" })}
          empty={t("none")}
        />
      </section>
      <section aria-labelledby="decided-grants" className="space-y-3">
        <h2 id="decided-grants">{t("decidedHeading")}</h2>
        {d.decided.length === 0 ? (
          <p>{t("noneDecided")}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {d.decided.map((r) => (
              <li key={r.id}>
                {r.targetUser.email} — {tr(r.role)} —{" "}
                {r.status === "APPROVED"
                  ? t("approved", { name: r.decidedBy?.name ?? "" })
                  : t("refused", { name: r.decidedBy?.name ?? "" })}
                {r.decidedAt ? ` (${when(r.decidedAt)})` : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
