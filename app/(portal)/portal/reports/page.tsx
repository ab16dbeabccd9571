import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { findReports, findReportSessions } from "@/lib/reports/find-reports";
import { sessionParam, sessionParamSchema } from "@/lib/reports/session-param";
import { pageSchema } from "@/lib/core/pagination";
import { ReportTable } from "@/components/reports/report-table";
import { Pagination } from "@/components/ui/pagination";

const PATH = "/portal/reports";

/** R19: a holder's reports of its mandates, the secretariat's of every mandate — per session, or the late ones. */
export default async function Reports({ searchParams }: { searchParams: Promise<{ page?: string; session?: string; late?: string }> }) {
  const actor = await requirePermission("report:manage", PATH);
  const sp = await searchParams;
  const page = pageSchema.parse(sp.page);
  const session = sessionParamSchema.parse(sp.session);
  const lateOnly = sp.late === "1";
  const [t, list, sessions] = await Promise.all([
    getTranslations("reports"),
    findReports({ actor, session, lateOnly, page }),
    findReportSessions({ actor }),
  ]);
  const params: Record<string, string> = { ...(session ? { session: sessionParam(session) } : {}), ...(lateOnly ? { late: "1" } : {}) };
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1>{t("heading")}</h1>
        <Link href={`${PATH}/new`} className="btn-primary no-underline">
          {t("new")}
        </Link>
      </div>
      <p className="max-w-3xl">{t("intro")}</p>
      <form method="get" action={PATH} className="flex flex-wrap items-end gap-4">
        <div className="space-y-1">
          <label htmlFor="session-filter" className="block text-sm font-medium">
            {t("session")}
          </label>
          <select
            id="session-filter"
            name="session"
            defaultValue={session ? sessionParam(session) : ""}
            className="rounded border border-slate-400 bg-white px-3 py-2"
          >
            <option value="">{t("allSessions")}</option>
            {sessions.map((s) => (
              <option key={sessionParam(s)} value={sessionParam(s)}>
                {t(`sessionShort.${s.body}`, { number: s.number })}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-center gap-2 pb-2">
          <input id="late-filter" type="checkbox" name="late" value="1" defaultChecked={lateOnly} className="size-4" />
          <label htmlFor="late-filter" className="text-sm">
            {t("lateOnly")}
          </label>
        </div>
        <button type="submit" className="btn-secondary">
          {t("filter")}
        </button>
      </form>
      <ReportTable rows={list.rows} />
      <Pagination page={page} pages={list.pages} basePath={PATH} params={params} />
    </div>
  );
}
