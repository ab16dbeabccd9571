import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { now } from "@/lib/core/clock";
import { parseFactsYear } from "@/lib/statistics/facts-rules";
import { FactsAndFiguresPage } from "@/components/statistics/facts-and-figures-page";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ year: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Pick<Props, "params">) {
  const year = parseFactsYear((await params).year, now());
  return { title: (await getTranslations("factsFigures"))("heading", { year: year === null ? "" : String(year) }) };
}

/** Issue 18, item 2: the figures of one ended year; any other "year" is not a page. The year picker's ?year= moves to its page. */
export default async function FactsAndFiguresYear({ params, searchParams }: Props) {
  const at = now();
  const year = parseFactsYear((await params).year, at);
  if (year === null) notFound();
  const picked = parseFactsYear([(await searchParams).year].flat()[0], at);
  if (picked !== null) redirect(`/facts-and-figures/${picked}`);
  return <FactsAndFiguresPage year={year} now={at} />;
}
