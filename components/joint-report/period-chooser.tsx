import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { ReportPeriod } from "@/lib/joint-report/periods";

/** Links to the reports around now; the one shown is marked as the current page. */
export async function PeriodChooser({
  periods,
  selectedId,
  currentId,
  basePath,
}: {
  periods: ReportPeriod[];
  selectedId: string;
  currentId: string;
  basePath: string;
}) {
  const t = await getTranslations("jointReport");
  return (
    <nav aria-label={t("periods")}>
      <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
        {periods.map((p) => {
          const label = t("session", { session: p.session, year: String(p.year) });
          return (
            <li key={p.id}>
              {p.id === selectedId ? (
                <span aria-current="page" className="font-semibold">
                  {label}
                </span>
              ) : (
                <Link href={`${basePath}?${new URLSearchParams({ period: p.id })}`}>{label}</Link>
              )}
              {p.id === currentId ? <span className="text-slate-600"> ({t("current")})</span> : null}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
