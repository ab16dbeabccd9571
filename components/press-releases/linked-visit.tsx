import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";

type Names = { nameEn: string; nameFr: string; nameEs: string; nameAr: string; nameZh: string; nameRu: string };

/**
 * The country visit a press release is about: the visited State and, when `dates` are given, the
 * agreed dates (calendar days). `href` links the description (the workspace's visit page, or the
 * public one); `publicHref` adds a link to the visit's public page.
 */
export async function LinkedVisit({
  state,
  dates,
  href,
  publicHref,
}: {
  state: Names;
  dates: { startDate: Date; endDate: Date } | null;
  href?: string | null;
  publicHref?: string | null;
}) {
  const [t, format, locale] = await Promise.all([getTranslations("pressReleases"), getFormatter(), getLocale()]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  const name = localized(state, "name", locale);
  const label = dates
    ? t("visitLabel", { state: name, start: day(dates.startDate), end: day(dates.endDate) })
    : t("visitTo", { state: name });
  return (
    <span data-testid="linked-visit">
      {href ? <Link href={href}>{label}</Link> : label}
      {publicHref && (
        <>
          {" "}
          · <Link href={publicHref}>{t("visitPublicPage")}</Link>
        </>
      )}
    </span>
  );
}
