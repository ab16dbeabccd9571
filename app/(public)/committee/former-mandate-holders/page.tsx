import { getTranslations } from "next-intl/server";
import { pageSchema } from "@/lib/core/pagination";
import { findEngagements } from "@/lib/committee-people/find-engagements";
import { Pagination } from "@/components/ui/pagination";
import { CommitteeNav } from "@/components/committee-people/committee-nav";
import { EngagementsTable } from "@/components/committee-people/engagements-table";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("committeePeople"))("formerHeading") };
}

/** CC4: the public register of former mandate holders' continued engagement. */
export default async function FormerHoldersPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const page = pageSchema.parse((await searchParams).page);
  const [t, list] = await Promise.all([getTranslations("committeePeople"), findEngagements({ page })]);
  return (
    <div className="space-y-4">
      <CommitteeNav current="/committee/former-mandate-holders" />
      <h1>{t("formerHeading")}</h1>
      <p className="max-w-3xl text-slate-700">{t("formerIntro")}</p>
      <EngagementsTable rows={list.rows} />
      <Pagination page={page} pages={list.pages} basePath="/committee/former-mandate-holders" />
    </div>
  );
}
