import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";

/** One kind of item on a theme page: heading with the total, the latest items, and a link to all of them. */
export async function ThemeSection({
  id,
  heading,
  total,
  more,
  children,
  empty,
}: {
  id: string;
  heading: string;
  total: number;
  more?: { href: string; label: string };
  children: React.ReactNode;
  empty: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("themes"), getFormatter()]);
  return (
    <section aria-labelledby={`${id}-h`} className="space-y-2" data-testid={`theme-${id}`}>
      <h2 id={`${id}-h`}>
        {heading} <span className="text-base font-normal text-slate-700">({format.number(total)})</span>
      </h2>
      {empty ? <p>{t("none")}</p> : children}
      {more && total > 0 && (
        <p>
          <Link href={more.href}>{more.label}</Link>
        </p>
      )}
    </section>
  );
}
