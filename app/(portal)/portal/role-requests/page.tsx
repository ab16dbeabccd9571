import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { findRoleGrants } from "@/lib/users/find-role-grants";
import { RoleGrantDecision } from "@/components/access/role-grant-decision";

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
  return (
    <div className="space-y-8">
      <h1>{t("heading")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      <section aria-labelledby="pending-grants" className="space-y-3">
        <h2 id="pending-grants">{t("pendingHeading")}</h2>
        {d.pending.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr className="border-b border-slate-300 text-left">
                {(["account", "role", "previous", "requestedBy", "requestedAt", "decision"] as const).map((k) => (
                  <th key={k} scope="col" className="py-2 pr-3">
                    {t(k)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {d.pending.map((r) => (
                <tr key={r.id} className="border-b border-slate-100 align-top" data-testid="pending-grant">
                  <th scope="row" className="py-2 pr-3 text-left font-normal">
                    {r.targetUser.name}
                    <br />
                    {r.targetUser.email}
                  </th>
                  <td className="py-2 pr-3">{tr(r.role)}</td>
                  <td className="py-2 pr-3">{r.newAccount || !r.previousRole ? t("newAccount") : tr(r.previousRole)}</td>
                  <td className="py-2 pr-3">{r.requestedBy.name}</td>
                  <td className="py-2 pr-3">{when(r.createdAt)}</td>
                  <td className="py-2 pr-3">
                    {r.mayDecide ? (
                      <RoleGrantDecision requestId={r.id} />
                    ) : (
                      <p>{r.requestedById === actor.userId ? t("ownRequest") : t("aboutYou")}</p>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
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
