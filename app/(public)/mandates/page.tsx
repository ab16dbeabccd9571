import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { findActiveMandates, type ActiveMandate } from "@/lib/mandates/find-mandates";
import { localized } from "@/lib/i18n/localized";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("mandates"))("heading") };
}

export default async function MandatesPage() {
  const [t, locale, mandates] = await Promise.all([getTranslations("mandates"), getLocale(), findActiveMandates()]);
  const groups = [
    { id: "thematic", heading: t("thematic"), items: mandates.filter((m) => m.kind === "THEMATIC") },
    { id: "country", heading: t("country"), items: mandates.filter((m) => m.kind === "COUNTRY") },
  ];
  const row = (m: ActiveMandate) => (
    <li key={m.id} className="rounded border border-slate-200 p-3">
      <p className="font-medium">
        <Link href={`/mandates/${m.slug}`}>{localized(m, "title", locale)}</Link>
      </p>
      <p className="text-sm text-slate-600">
        {t(`body.${m.body}`)} · {t("established", { year: m.established })}
        {m.tenures.length > 0 && (
          <>
            {" "}
            · {t("holders")}: {m.tenures.map((h) => h.mandateHolder.name).join(", ")}
          </>
        )}
      </p>
    </li>
  );
  return (
    <div className="space-y-6">
      <h1>{t("heading")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      {groups.map((g) => (
        <section key={g.id} aria-labelledby={g.id} className="space-y-2">
          <h2 id={g.id}>
            {g.heading} ({g.items.length})
          </h2>
          {g.items.length === 0 ? <p>{t("none")}</p> : <ul className="grid gap-2 md:grid-cols-2">{g.items.map(row)}</ul>}
        </section>
      ))}
    </div>
  );
}
