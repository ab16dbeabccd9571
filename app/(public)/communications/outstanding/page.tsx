import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { findOutstandingPublic } from "@/lib/communications/find-outstanding-public";
import { pageSchema } from "@/lib/core/pagination";
import { localized } from "@/lib/i18n/localized";
import { Pagination } from "@/components/ui/pagination";
import { GENEVA_TIME_ZONE } from "@/lib/core/geneva";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("outstanding"))("heading") };
}

export default async function OutstandingPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const page = pageSchema.parse((await searchParams).page);
  const [t, tc, format, locale, d] = await Promise.all([
    getTranslations("outstanding"),
    getTranslations("communications"),
    getFormatter(),
    getLocale(),
    findOutstandingPublic({ page }),
  ]);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1>{t("heading")}</h1>
        <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      </header>
      <section aria-labelledby="flagged-h" className="space-y-2">
        <h2 id="flagged-h">{t("flaggedHeading")}</h2>
        <p className="max-w-3xl text-sm text-slate-700">{t("flaggedIntro", { threshold: d.threshold })}</p>
        {d.flagged.length === 0 ? (
          <p>{t("noneFlagged")}</p>
        ) : (
          <ul className="list-disc ps-6" data-testid="flagged-states">
            {d.flagged.map((f) => (
              <li key={f.state.iso3}>
                {localized(f.state, "name", locale)} — {t("streak", { count: f.streak })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="list-h" className="space-y-2">
        <h2 id="list-h">{t("count", { count: d.total })}</h2>
        <p className="text-sm text-slate-700">
          {t("sentBefore", { date: format.dateTime(d.cutoff, { dateStyle: "long", timeZone: GENEVA_TIME_ZONE }) })}
        </p>
        {d.rows.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {d.rows.map((c) => (
              <li key={c.id} className="py-2">
                <p className="text-sm text-slate-700">
                  <span className="font-mono">{c.reference}</span> · {tc(`types.${c.type}`)} ·{" "}
                  {c.sentAt && format.dateTime(c.sentAt, { dateStyle: "medium" })} ·{" "}
                  {c.addresseeState ? localized(c.addresseeState, "name", locale) : c.addresseeOtherActor?.name}
                </p>
                <Link href={`/communications/${c.id}`}>{c.subject}</Link>
              </li>
            ))}
          </ul>
        )}
        <Pagination page={page} pages={d.pages} basePath="/communications/outstanding" />
      </section>
    </div>
  );
}
