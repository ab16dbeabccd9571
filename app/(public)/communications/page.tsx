import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { findPublicCommunications } from "@/lib/communications/find-public-communications";
import { pageSchema } from "@/lib/core/pagination";
import { localized } from "@/lib/i18n/localized";
import { Pagination } from "@/components/ui/pagination";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("communications"))("publicHeading") };
}

export default async function PublicCommunications({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const page = pageSchema.parse((await searchParams).page);
  const [t, format, locale, list] = await Promise.all([getTranslations("communications"), getFormatter(), getLocale(), findPublicCommunications({ page })]);
  return (
    <div className="space-y-4">
      <h1>{t("publicHeading")}</h1>
      <p className="max-w-3xl text-slate-700">{t("publicIntro")}</p>
      <p>{t("count", { count: list.total })}</p>
      {list.rows.length === 0 ? <p>{t("empty")}</p> : (
        <ul className="divide-y divide-slate-200">
          {list.rows.map((c) => (
            <li key={c.id} className="py-3" data-testid="public-communication">
              <p className="text-sm text-slate-700">
                <span className="font-mono">{c.reference}</span> · {t(`types.${c.type}`)} · {c.sentAt && format.dateTime(c.sentAt, { dateStyle: "medium" })} ·{" "}
                {c.addresseeState ? localized(c.addresseeState, "name", locale) : c.addresseeOtherActor?.name}
                {c._count.replies > 0 && <> · {t("replies")}: {c._count.replies}</>}
              </p>
              <Link href={`/communications/${c.id}`} className="font-medium">{c.subject}</Link>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pages={list.pages} basePath="/communications" />
    </div>
  );
}
