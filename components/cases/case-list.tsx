import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { CaseRow } from "@/lib/cases/find-cases";

/** The queue (secretariat) or the assigned submissions (holder): urgent first, then the longest waiting. */
export async function CaseList({ rows, basePath, caption }: { rows: CaseRow[]; basePath: string; caption: string }) {
  const [t, format, locale] = await Promise.all([getTranslations("cases"), getFormatter(), getLocale()]);
  if (rows.length === 0) return <p>{t("queueEmpty")}</p>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="py-2 pr-3">
            {t("receipt")}
          </th>
          <th scope="col" className="py-2 pr-3">
            {t("title")}
          </th>
          <th scope="col" className="py-2 pr-3">
            {t("responsible")}
          </th>
          <th scope="col" className="py-2 pr-3">
            {t("mandatesLabel")}
          </th>
          <th scope="col" className="py-2 pr-3">
            {t("receivedOn")}
          </th>
          <th scope="col" className="py-2 pr-3">
            {t("statusLabel")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.id} className="border-b border-slate-200 align-top" data-testid="case-row">
            <td className="py-2 pr-3 whitespace-nowrap">
              {c.urgent && <span className="mr-1 rounded bg-red-100 px-1 text-xs font-semibold text-red-900">{t("urgentBadge")}</span>}
              {c.receiptNumber}
            </td>
            <td className="py-2 pr-3">
              <Link href={`${basePath}/${c.id}`}>{c.title}</Link>
              {c.sample && <span className="ml-1 text-xs text-slate-600">({t("sample")})</span>}
            </td>
            <td className="py-2 pr-3">{c.state ? localized(c.state, "name", locale) : (c.otherActorName ?? "—")}</td>
            <td className="py-2 pr-3">
              <ul>
                {c.mandates.map((m) => (
                  <li key={m.mandate.slug}>
                    {localized(m.mandate, "title", locale)}{" "}
                    <span className="text-xs text-slate-600">({m.assignedAt ? t("assignedMark") : t("suggestedMark")})</span>
                  </li>
                ))}
              </ul>
            </td>
            <td className="py-2 pr-3 whitespace-nowrap">{c.submittedAt ? format.dateTime(c.submittedAt, { dateStyle: "medium" }) : "—"}</td>
            <td className="py-2 pr-3">{t(`statuses.${c.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
