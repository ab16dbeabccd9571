import { getTranslations } from "next-intl/server";
import { genevaYear } from "@/lib/core/geneva";
import { committeeYearParam } from "@/lib/committee/schemas";
import { committeeYears, findCommitteeOfYear } from "@/lib/committee/find-committee";
import { CommitteeMembersTable } from "@/components/committee/committee-members-table";
import { YearNav } from "@/components/committee/year-nav";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("committee"))("membersHeading") };
}

/** Members and Chair per year: the year asked for (this year by default) and links to the others. */
export default async function CommitteeMembers({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const year = committeeYearParam.parse((await searchParams).year) ?? genevaYear();
  const [t, seats, years] = await Promise.all([getTranslations("committee"), findCommitteeOfYear({ year }), committeeYears()]);
  const chair = seats.find((s) => s.role === "CHAIR");
  return (
    <div className="space-y-4">
      <h1>{t("membersHeading")}</h1>
      <YearNav years={years} current={year} basePath="/committee/members" />
      <h2>{t("membersOfYear", { year })}</h2>
      {chair && <p data-testid="committee-chair">{t("chairOfYear", { year, name: chair.name })}</p>}
      <CommitteeMembersTable year={year} seats={seats} />
    </div>
  );
}
