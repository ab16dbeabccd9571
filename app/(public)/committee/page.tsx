import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { genevaYear } from "@/lib/core/geneva";
import { findCommitteeOfYear } from "@/lib/committee/find-committee";
import { findPublicCommitteeStatements } from "@/lib/committee/find-public-statements";
import { CommitteeMembersTable } from "@/components/committee/committee-members-table";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("committee"))("publicHeading") };
}

/** The Committee's space: what it is, who sits on it this year, and its sections. */
export default async function CommitteePage() {
  const year = genevaYear();
  const [t, tp, ts, format, seats, latest] = await Promise.all([
    getTranslations("committee"),
    getTranslations("committeePeople"),
    getTranslations("committeeStatements"),
    getFormatter(),
    findCommitteeOfYear({ year }),
    findPublicCommitteeStatements({ take: 3 }),
  ]);
  const sections = [
    { href: "/committee/statements", label: t("statementsLink"), help: t("statementsLinkHelp") },
    { href: "/committee/guidance", label: t("guidanceLink"), help: t("guidanceLinkHelp") },
    { href: "/committee/members", label: t("membersLink"), help: t("membersLinkHelp") },
    { href: "/committee/induction", label: tp("inductionHeading"), help: null },
    { href: "/committee/vacancies", label: tp("vacanciesHeading"), help: null },
    { href: "/committee/former-mandate-holders", label: tp("formerHeading"), help: null },
    { href: "/committee/external-resources", label: tp("resourcesHeading"), help: null },
  ];
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1>{t("publicHeading")}</h1>
        <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      </header>
      <section aria-labelledby="members-h" className="space-y-3">
        <h2 id="members-h">{t("membersOfYear", { year })}</h2>
        <CommitteeMembersTable year={year} seats={seats} />
      </section>
      <section aria-labelledby="sections-h" className="space-y-3">
        <h2 id="sections-h">{t("sections")}</h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {sections.map((s) => (
            <li key={s.href} className="rounded border border-slate-300 p-4">
              <Link href={s.href} className="block font-medium underline">
                {s.label}
              </Link>
              {s.help && <p className="mt-1 text-sm text-slate-700">{s.help}</p>}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="latest-h" className="space-y-3">
        <h2 id="latest-h">{t("latestStatements")}</h2>
        {latest.rows.length === 0 ? (
          <p>{ts("empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {latest.rows.map((s) => (
              <li key={s.id} className="py-2">
                <p className="text-sm text-slate-700">{s.publishedAt && format.dateTime(s.publishedAt, { dateStyle: "medium" })}</p>
                <Link href={`/committee/statements/${s.id}`}>{s.title}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
