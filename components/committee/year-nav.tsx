import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";

/** Links to the other years for which a Committee is recorded; the year shown is marked as current. */
export async function YearNav({ years, current, basePath }: { years: number[]; current: number; basePath: string }) {
  if (years.length === 0) return null;
  const t = await getTranslations("committee");
  return (
    <nav aria-label={t("yearsNav")}>
      <ul className="flex flex-wrap gap-3">
        {years.map((y) => (
          <li key={y}>
            {y === current ? (
              <span aria-current="page" className="font-semibold">
                {y}
              </span>
            ) : (
              <Link href={`${basePath}?year=${y}`}>{y}</Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
