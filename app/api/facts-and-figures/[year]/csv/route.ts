import { route } from "@/lib/server/route";
import { now } from "@/lib/core/clock";
import { AppError } from "@/lib/core/errors";
import { parseFactsYear } from "@/lib/statistics/facts-rules";
import { getFactsAndFiguresCached } from "@/lib/statistics/get-facts-and-figures";
import { factsCsv } from "@/lib/statistics/facts-csv";
import { PUBLIC_CACHE } from "@/lib/open-data/links";

// Issue 18, item 2: /facts-and-figures/2025.csv (next.config.js rewrites it here).
export const GET = route(async (_request: Request, { params }: { params: Promise<{ year: string }> }) => {
  const year = parseFactsYear((await params).year, now());
  if (year === null) throw new AppError("NOT_FOUND", "No figures for that year");
  const facts = await getFactsAndFiguresCached({ year, now: now() });
  return new Response(factsCsv(facts), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="facts-and-figures-${year}.csv"`,
      "cache-control": PUBLIC_CACHE,
      "x-content-type-options": "nosniff",
    },
  });
});
