import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";

type Row = {
  id: string;
  status: string;
  requestedAt: Date | null;
  mandate: { titleEn: string; titleFr: string; titleEs: string };
  state: { iso3: string; nameEn: string; nameFr: string; nameEs: string };
  visit: { startDate: Date; endDate: Date; delayDays?: number | null } | null;
};

/** Visit requests as a table: State, mandate, status, request date, visit dates (calendar dates, UTC). */
export async function VisitRequestTable({ rows, basePath, showDelay = false }: { rows: Row[]; basePath: string; showDelay?: boolean }) {
  const [t, format, locale] = await Promise.all([getTranslations("visits"), getFormatter(), getLocale()]);
  if (rows.length === 0) return <p>{t("empty")}</p>;
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <table className="w-full border-collapse text-sm" data-testid="visit-requests">
      <caption className="sr-only">{t("listCaption")}</caption>
      <thead>
        <tr className="border-b border-slate-300 text-left">
          <th scope="col" className="py-1 pr-3">
            {t("state")}
          </th>
          <th scope="col" className="py-1 pr-3">
            {t("mandate")}
          </th>
          <th scope="col" className="py-1 pr-3">
            {t("status")}
          </th>
          <th scope="col" className="py-1 pr-3">
            {t("requestedAt")}
          </th>
          <th scope="col" className="py-1 pr-3">
            {t("visitDates")}
          </th>
          {showDelay && (
            <th scope="col" className="py-1">
              {t("delay")}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className="border-b border-slate-100" data-testid="visit-row">
            <th scope="row" className="py-1 pr-3 text-left font-normal">
              <Link href={`${basePath}/${r.id}`}>{localized(r.state, "name", locale)}</Link>
            </th>
            <td className="py-1 pr-3">{localized(r.mandate, "title", locale)}</td>
            <td className="py-1 pr-3" data-testid="row-status">
              {t(`statuses.${r.status}` as never)}
            </td>
            <td className="py-1 pr-3">{r.requestedAt ? format.dateTime(r.requestedAt, { dateStyle: "medium" }) : "—"}</td>
            <td className="py-1 pr-3">{r.visit ? `${day(r.visit.startDate)} – ${day(r.visit.endDate)}` : "—"}</td>
            {showDelay && <td className="py-1">{r.visit?.delayDays != null ? t("days", { count: r.visit.delayDays }) : "—"}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
