import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { now } from "@/lib/core/clock";
import { latestCompleteYear, parseFactsYear } from "@/lib/statistics/facts-rules";
import { FactsAndFiguresPage } from "@/components/statistics/facts-and-figures-page";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("factsFigures"))("metaTitle") };
}

/** Issue 18, item 2: the latest complete year; the year picker's ?year= goes to that year's own page. */
export default async function FactsAndFiguresIndex({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const at = now();
  const asked = [(await searchParams).year].flat()[0];
  const year = parseFactsYear(asked, at);
  if (year !== null) redirect(`/facts-and-figures/${year}`);
  return <FactsAndFiguresPage year={latestCompleteYear(at)} now={at} />;
}
