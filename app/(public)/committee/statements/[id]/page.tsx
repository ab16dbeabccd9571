import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getPublicCommitteeStatement } from "@/lib/committee/find-public-statements";
import { loadOr404 } from "@/lib/core/load-or-404";
import { renderMarkdown } from "@/lib/core/markdown";

export const dynamic = "force-dynamic";

/** A published joint statement, with the members who signed it. A draft is not found. */
export default async function PublicCommitteeStatement({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const s = await loadOr404(() => getPublicCommitteeStatement({ statementId: id }));
  if (!s) notFound();
  const [t, format] = await Promise.all([getTranslations("committeeStatements"), getFormatter()]);
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <h1>{s.title}</h1>
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
          {s.publishedAt && (
            <>
              <dt className="font-medium">{t("publishedAt")}</dt>
              <dd>{format.dateTime(s.publishedAt, { dateStyle: "long" })}</dd>
            </>
          )}
          <dt className="font-medium">{t("year")}</dt>
          <dd>
            <Link href={`/committee/members?year=${s.year}`}>{s.year}</Link>
          </dd>
          <dt className="font-medium">{t("signatories")}</dt>
          <dd data-testid="signatories">{s.signatories.map((h) => h.name).join(", ")}</dd>
        </dl>
      </header>
      <div className="space-y-3" data-testid="statement-body" dangerouslySetInnerHTML={{ __html: renderMarkdown(s.body) }} />
      <p>
        <Link href="/committee/statements">{t("readAll")}</Link>
      </p>
    </article>
  );
}
