import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { StateConcernView } from "@/lib/statistics/find-concern";
import { localized } from "@/lib/i18n/localized";

/** R21 on a State's public page: distinct mandates that raised concerns in the window, published data only. */
export async function ConcernSection({ concern }: { concern: StateConcernView }) {
  const [t, format, locale] = await Promise.all([getTranslations("cooperation"), getFormatter(), getLocale()]);
  return (
    <section aria-labelledby="concern-h" className="space-y-3" data-testid="concern">
      <h2 id="concern-h">{t("concernHeading")}</h2>
      <p className="max-w-3xl text-slate-700">
        {t("concernIntro", { months: concern.windowMonths, from: format.dateTime(concern.from, { dateStyle: "long" }) })}
      </p>
      <p className="text-lg font-semibold" data-testid="concern-count">
        {t("concernCount", { count: concern.count })}
      </p>
      {concern.flagged ? (
        <p className="rounded border border-amber-500 bg-amber-50 p-3 font-medium" data-testid="concern-flag">
          {t("concernFlagged", { threshold: concern.threshold })}
        </p>
      ) : (
        <p className="text-sm text-slate-600">{t("concernNotFlagged", { threshold: concern.threshold })}</p>
      )}
      {concern.mandates.length > 0 && (
        <ul className="list-disc space-y-1 ps-6">
          {concern.mandates.map((m) => (
            <li key={m.slug}>
              <Link href={`/mandates/${m.slug}`}>{localized(m, "title", locale)}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
