import { cookies, headers } from "next/headers";
import { route } from "@/lib/server/route";
import { now } from "@/lib/core/clock";
import { AppError } from "@/lib/core/errors";
import { getActor } from "@/lib/auth/session";
import { LOCALE_COOKIE, requestLocale } from "@/lib/i18n/config";
import { mailTranslator } from "@/lib/i18n/mail-locale";
import { parseFactsYear } from "@/lib/statistics/facts-rules";
import { getFactsAndFiguresCached } from "@/lib/statistics/get-facts-and-figures";
import { factRows } from "@/lib/statistics/facts-rows";
import { renderFactsPdf } from "@/lib/statistics/facts-pdf";
import { factCell, factLabel } from "@/components/statistics/fact-text";

// Issue 18, item 2: /facts-and-figures/2025.pdf (next.config.js rewrites it here), in the language
// the page would be in (lib/i18n/config.ts requestLocale).
export const GET = route(async (_request: Request, { params }: { params: Promise<{ year: string }> }) => {
  const year = parseFactsYear((await params).year, now());
  if (year === null) throw new AppError("NOT_FOUND", "No figures for that year");
  const [facts, jar, h, actor] = await Promise.all([getFactsAndFiguresCached({ year, now: now() }), cookies(), headers(), getActor()]);
  const locale = requestLocale({ cookie: jar.get(LOCALE_COOKIE)?.value, account: actor?.locale, acceptLanguage: h.get("accept-language") });
  const { t } = mailTranslator(locale, "factsFigures");
  const types = mailTranslator(locale, "stateProfile.types").t;
  const groups = mailTranslator(locale, "states.groups").t;
  const format = { number: (v: number, o?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, o).format(v) };
  const yearText = (y: number) => format.number(y, { useGrouping: false });
  const bytes = await renderFactsPdf({
    rows: factRows(facts),
    locale,
    text: {
      title: t("heading", { year: yearText(year) }),
      intro: t("intro", { year: yearText(year), previous: yearText(year - 1) }),
      section: (s) => t(`sections.${s}`),
      line: (row) =>
        t("pdfLine", {
          label: factLabel(row, { t, types, groups, locale }),
          year: yearText(year),
          value: factCell(row, "current", { t, format }),
          previousYear: yearText(year - 1),
          previous: factCell(row, "previous", { t, format }),
        }),
    },
  });
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `inline; filename="facts-and-figures-${year}.pdf"`,
      "cache-control": "private, no-store",
      "content-language": locale,
    },
  });
});
