import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

/** Previous/next links that keep the other query parameters. */
export async function Pagination({
  page,
  pages,
  basePath,
  params = {},
}: {
  page: number;
  pages: number;
  basePath: string;
  params?: Record<string, string>;
}) {
  if (pages <= 1) return null;
  const t = await getTranslations("pagination");
  const href = (p: number) => `${basePath}?${new URLSearchParams({ ...params, page: String(p) })}`;
  return (
    <nav aria-label={t("label")} className="flex items-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          {t("previous")}
        </Link>
      ) : (
        <span className="text-slate-500">{t("previous")}</span>
      )}
      <span>{t("page", { page, pages })}</span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next">
          {t("next")}
        </Link>
      ) : (
        <span className="text-slate-500">{t("next")}</span>
      )}
    </nav>
  );
}
