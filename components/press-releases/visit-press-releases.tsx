import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { findPublishedPressReleasesOfVisit } from "@/lib/press-releases/find-visit-press-releases";

/** The "Press releases" section of a visit's public page: its published press releases, if any. */
export async function VisitPressReleases({ visitRequestId, now }: { visitRequestId: string; now: Date }) {
  const [rows, t, format] = await Promise.all([
    findPublishedPressReleasesOfVisit({ visitRequestId, now }),
    getTranslations("pressReleases"),
    getFormatter(),
  ]);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="press-releases-h" className="space-y-2">
      <h2 id="press-releases-h">{t("heading")}</h2>
      <ul className="space-y-1" data-testid="visit-press-releases">
        {rows.map((pr) => (
          <li key={pr.id}>
            <Link href={`/press-releases/${pr.id}`}>{pr.title}</Link>
            {pr.publishedAt && <span className="text-sm text-slate-700"> · {format.dateTime(pr.publishedAt, { dateStyle: "long" })}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
