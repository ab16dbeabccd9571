import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { PressReleaseRow } from "@/lib/press-releases/find-press-releases";
import { localized } from "@/lib/i18n/localized";
import { PressReleaseStatusBadge } from "./status-badge";
import { GENEVA_TIME_ZONE } from "@/lib/core/geneva";

/** The workspace list of press releases; `basePath` is the workspace's detail route. */
export async function PressReleaseTable({ rows, basePath }: { rows: PressReleaseRow[]; basePath: string }) {
  const [t, format, locale] = await Promise.all([getTranslations("pressReleases"), getFormatter(), getLocale()]);
  if (rows.length === 0) return <p>{t("empty")}</p>;
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <table className="w-full border-collapse text-sm">
      <thead>
        <tr className="border-b border-slate-300 text-left">
          <th scope="col" className="py-2 pr-3">
            {t("title")}
          </th>
          <th scope="col" className="py-2 pr-3">
            {t("linkedTo")}
          </th>
          <th scope="col" className="py-2 pr-3">
            {t("status")}
          </th>
          <th scope="col" className="py-2">
            {t("sharedAt")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className="border-b border-slate-100 align-top" data-testid="press-release-row">
            <th scope="row" className="py-2 pr-3 text-left font-normal">
              <Link href={`${basePath}/${r.id}`}>{r.title}</Link>
              {r.mandate && <p className="text-xs text-slate-600">{localized(r.mandate, "title", locale)}</p>}
            </th>
            <td className="py-2 pr-3">
              {r.communication ? (
                <>
                  <span className="font-mono whitespace-nowrap">{r.communication.reference}</span>
                  {r.communication.addresseeState && <> · {localized(r.communication.addresseeState, "name", locale)}</>}
                </>
              ) : r.visit ? (
                <>
                  {t("visitTo", { state: localized(r.visit.visitRequest.state, "name", locale) })}
                  <span className="block text-xs text-slate-600">
                    {day(r.visit.startDate)} – {day(r.visit.endDate)}
                  </span>
                </>
              ) : (
                "—"
              )}
            </td>
            <td className="py-2 pr-3">
              <PressReleaseStatusBadge status={r.status} />
            </td>
            <td className="py-2">
              {r.sharedWithStateAt
                ? format.dateTime(r.sharedWithStateAt, { dateStyle: "medium", timeStyle: "short", timeZone: GENEVA_TIME_ZONE })
                : "—"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
