import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReprisalCaseRow } from "@/lib/reprisals/find-cases";
import { localized } from "@/lib/i18n/localized";
import { ConfidentialityBadge, ReprisalStatusBadge } from "./badges";

/** Cases in a workspace: State, dates, status — no names (those are read by opening a case, which is audited). */
export async function CaseTable({ rows, basePath }: { rows: ReprisalCaseRow[]; basePath: string }) {
  const [t, format, locale] = await Promise.all([getTranslations("reprisals"), getFormatter(), getLocale()]);
  if (rows.length === 0) return <p>{t("noCases")}</p>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{t("casesCaption")}</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="py-2 pr-3">
            {t("case")}
          </th>
          <th scope="col" className="py-2 pr-3">
            {t("state")}
          </th>
          <th scope="col" className="py-2 pr-3">
            {t("recordedOn")}
          </th>
          <th scope="col" className="py-2 pr-3">
            {t("status")}
          </th>
          <th scope="col" className="py-2 pr-3">
            {t("confidentiality")}
          </th>
          <th scope="col" className="py-2 pr-3">
            {t("referralsCount")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className="border-b border-slate-200" data-testid="case-row">
            <td className="py-2 pr-3">
              <Link href={`${basePath}/${r.id}`}>{t("caseLabel", { id: r.id.slice(0, 8) })}</Link>
              {r.sample && <span className="ml-1 text-xs text-slate-600">({t("sample")})</span>}
            </td>
            <td className="py-2 pr-3">{localized(r.state, "name", locale)}</td>
            <td className="py-2 pr-3">{format.dateTime(r.createdAt, { dateStyle: "medium" })}</td>
            <td className="py-2 pr-3">
              <ReprisalStatusBadge status={r.status} />
            </td>
            <td className="py-2 pr-3">
              <ConfidentialityBadge value={r.confidentiality} />
            </td>
            <td className="py-2 pr-3">{format.number(r._count.referrals)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
