import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { pageSchema } from "@/lib/core/pagination";
import { findPublicCommitteeStatements } from "@/lib/committee/find-public-statements";
import { Pagination } from "@/components/ui/pagination";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("committeeStatements"))("heading") };
}

export default async function PublicCommitteeStatements({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const page = pageSchema.parse((await searchParams).page);
  const [t, format, list] = await Promise.all([
    getTranslations("committeeStatements"),
    getFormatter(),
    findPublicCommitteeStatements({ page }),
  ]);
  return (
    <div className="space-y-4">
      <h1>{t("heading")}</h1>
      <p className="max-w-3xl text-slate-700">{t("publicIntro")}</p>
      <p>{t("count", { count: list.total })}</p>
      {list.rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {list.rows.map((s) => (
            <li key={s.id} className="py-3" data-testid="public-committee-statement">
              <p className="text-sm text-slate-700">{s.publishedAt && format.dateTime(s.publishedAt, { dateStyle: "medium" })}</p>
              <Link href={`/committee/statements/${s.id}`} className="font-medium">
                {s.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pages={list.pages} basePath="/committee/statements" />
    </div>
  );
}
