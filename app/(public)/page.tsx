import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { now } from "@/lib/core/clock";
import { getHomeFigures } from "@/lib/statistics/get-home-figures";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [t, facts, format, figures] = await Promise.all([
    getTranslations("home"),
    getTranslations("factsFigures"),
    getFormatter(),
    getHomeFigures({ now: now() }),
  ]);
  const items = [
    { label: t("statesCount"), value: figures.states },
    {
      label: `${t("mandatesCount")} (${figures.thematic} ${t("thematicCount")}, ${figures.country} ${t("countryCount")})`,
      value: figures.thematic + figures.country,
    },
    { label: t("communicationsPublished"), value: figures.communications },
    { label: t("repliesPublished"), value: figures.replies },
  ];
  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h1>{t("heading")}</h1>
        <p className="max-w-3xl text-slate-700">{t("intro")}</p>
        <p className="max-w-3xl rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">{t("sampleNotice")}</p>
      </section>
      <section aria-labelledby="figures">
        <h2 id="figures">{t("figures")}</h2>
        <dl className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {items.map((item) => (
            <div key={item.label} className="rounded border border-slate-200 bg-un-sky p-4">
              <dt className="text-sm text-slate-700">{item.label}</dt>
              <dd className="text-3xl font-semibold text-un-blue-dark" data-testid="figure">
                {format.number(item.value)}
              </dd>
            </div>
          ))}
        </dl>
        <p className="mt-3">
          <Link href="/facts-and-figures">{facts("homeLink")}</Link>
        </p>
      </section>
      <section aria-labelledby="browse">
        <h2 id="browse">{t("browse")}</h2>
        <ul className="mt-2 list-disc space-y-1 ps-6">
          <li>
            <Link href="/communications">{t("browseCommunications")}</Link>
          </li>
          <li>
            <Link href="/communications/outstanding">{t("browseOutstanding")}</Link>
          </li>
          <li>
            <Link href="/mandates">{t("browseMandates")}</Link>
          </li>
          <li>
            <Link href="/states">{t("browseStates")}</Link>
          </li>
          <li>
            <Link href="/visits">{t("browseVisits")}</Link>
          </li>
          <li>
            <Link href="/standing-invitations">{t("browseStandingInvitations")}</Link>
          </li>
          <li>
            <Link href="/facts-and-figures">{facts("metaTitle")}</Link>
          </li>
          <li>
            <Link href="/calls-for-input">{t("browseCalls")}</Link>
          </li>
          <li>
            <Link href="/stories">{t("browseStories")}</Link>
          </li>
          <li>
            <Link href="/reprisals">{t("browseReprisals")}</Link>
          </li>
          <li>
            <Link href="/themes">{t("browseThemes")}</Link>
          </li>
          <li>
            <Link href="/press-releases">{t("browsePressReleases")}</Link>
          </li>
        </ul>
      </section>
    </div>
  );
}
