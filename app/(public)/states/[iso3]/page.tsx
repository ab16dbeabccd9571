import { cache } from "react";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getStateProfile } from "@/lib/statistics/state-profile";
import { loadOr404 } from "@/lib/core/load-or-404";
import { genevaYear } from "@/lib/core/geneva";
import { localized } from "@/lib/i18n/localized";
import { communicationsFeedUrl } from "@/lib/open-data/links";
import { StateCommitments } from "@/components/statistics/state-commitments";
import { CooperationSection } from "./cooperation-section";
import { BothSidesSection } from "./both-sides-section";

export const dynamic = "force-dynamic";

// One query for the metadata and the page of the same request.
const loadState = cache((iso3: string) => loadOr404(() => getStateProfile({ iso3 })));

type Props = { params: Promise<{ iso3: string }> };

export async function generateMetadata({ params }: Props) {
  const state = await loadState((await params).iso3);
  if (!state) return {};
  const [t, locale] = await Promise.all([getTranslations("stateProfile"), getLocale()]);
  return {
    title: t("metaTitle", { name: localized(state, "name", locale) }),
    alternates: { types: { "application/atom+xml": communicationsFeedUrl({ state: state.iso3 }) } },
  };
}

export default async function StateProfilePage({ params }: Props) {
  const state = await loadState((await params).iso3);
  if (!state) notFound();
  const [t, ts, locale] = await Promise.all([getTranslations("stateProfile"), getTranslations("states"), getLocale()]);
  const year = genevaYear();
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/states">{t("backToList")}</Link>
        </p>
        <h1>{localized(state, "name", locale)}</h1>
        <p className="text-lg text-slate-700">{t("subheading")}</p>
        <p className="text-sm text-slate-600">
          <span className="font-mono">{state.iso3}</span> · {ts(`groups.${state.regionalGroup}`)} ·{" "}
          {state.status === "MEMBER" ? ts("member") : ts("observer")}
        </p>
        <p className="max-w-3xl text-slate-700">{t("intro")}</p>
        <p className="text-sm">
          <Link href={`/communications?addressee=state:${state.iso3}`}>{t("searchCommunications")}</Link>
          {" · "}
          <a href={communicationsFeedUrl({ state: state.iso3 })}>{t("feed")}</a>
        </p>
      </header>
      <StateCommitments state={state} year={year} />
      {/* Rendered with the page, not streamed: a streamed part may be cut inside its lists of figures
          (dt/dd), and the placeholder React leaves there is not valid HTML in a <dl>. */}
      <CooperationSection stateId={state.id} />
      <BothSidesSection stateId={state.id} />
    </article>
  );
}
