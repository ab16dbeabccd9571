import { localized } from "@/lib/i18n/localized";
import type { FactRow, FactUnit } from "@/lib/statistics/facts-rows";

// The words of a figure, shared by the page and the PDF: its label in the reader's language (a type,
// a State, a mandate or a regional group by its own name) and its value (a count, a share, days).

type Translate = (key: string, values?: Record<string, string | number>) => string;
type Format = {
  number: (value: number, options?: { style?: "percent"; maximumFractionDigits?: number }) => string;
};

export function factLabel(
  row: FactRow,
  { t, types, groups, locale }: { t: Translate; types: Translate; groups: Translate; locale: string },
): string {
  const s = row.subject;
  if (s?.kind === "state") return localized(s.names, "name", locale);
  if (s?.kind === "mandate") return localized(s.names, "title", locale);
  if (s?.kind === "region") return groups(s.code);
  if (s?.kind === "type") return row.figure === "sentByType" ? types(s.code) : t(`figures.${row.figure}`, { type: types(s.code) });
  return t(`figures.${row.figure}`);
}

export function factValue(value: number | null, unit: FactUnit, { t, format }: { t: Translate; format: Format }): string {
  if (value === null) return t("notApplicable");
  if (unit === "share") return format.number(value, { style: "percent", maximumFractionDigits: 0 });
  if (unit === "days") return t("days", { days: format.number(value, { maximumFractionDigits: 1 }) });
  return format.number(value);
}

/** A row's value for one year, with what a share is over ("80 %, of 5 letters whose reply period has ended"). */
export function factCell(row: FactRow, which: "current" | "previous", { t, format }: { t: Translate; format: Format }): string {
  const value = factValue(row[which], row.unit, { t, format });
  if (!row.base) return value;
  return t("ofPeriodEnded", { value, count: row.base[which] });
}
