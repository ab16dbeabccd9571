import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { pageSchema } from "@/lib/core/pagination";
import { findInductionProgramme } from "@/lib/committee-people/find-induction-programme";
import { Pagination } from "@/components/ui/pagination";
import { CommitteeNav } from "@/components/committee-people/committee-nav";
import { InductionTable } from "@/components/committee-people/induction-table";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("committeePeople"))("inductionHeading") };
}

/** CC3: the induction programme's outline is public; its materials show only to holders and the secretariat. */
export default async function InductionPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const page = pageSchema.parse((await searchParams).page);
  const actor = await getActor();
  const [t, programme] = await Promise.all([getTranslations("committeePeople"), findInductionProgramme({ actor, page })]);
  return (
    <div className="space-y-4">
      <CommitteeNav current="/committee/induction" />
      <h1>{t("inductionHeading")}</h1>
      <p className="max-w-3xl text-slate-700">{t("inductionIntro")}</p>
      {!can(actor, "induction:view-materials") && <p className="text-sm">{t("materialsForHolders")}</p>}
      <InductionTable sessions={programme.rows} />
      <Pagination page={page} pages={programme.pages} basePath="/committee/induction" />
    </div>
  );
}
