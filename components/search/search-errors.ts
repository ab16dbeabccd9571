import { ACTOR_NAME_MAX, Q_MAX, rawValues, type RawParams, type SearchIssues, type SearchParamName } from "@/lib/search/schemas";

type Translate = (key: string, values?: Record<string, number>) => string;
const MAX: Partial<Record<SearchParamName, number>> = { q: Q_MAX, actorName: ACTOR_NAME_MAX };
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f]|\p{Cs}/gu;

/** The refused parameters of a search as messages beside their fields (search.errors.*). */
export function searchFieldErrors(issues: SearchIssues, t: Translate): Partial<Record<SearchParamName, string>> {
  const out: Partial<Record<SearchParamName, string>> = {};
  for (const [name, issue] of Object.entries(issues) as [SearchParamName, NonNullable<SearchIssues[SearchParamName]>][]) {
    out[name] = name === "page" ? t("errors.page") : t(`errors.${issue}`, { max: MAX[name] ?? 0 });
  }
  return out;
}

/** What the visitor typed in a refused text field, kept in the field (unprintable characters removed). */
export function keptText(raw: RawParams, issues: SearchIssues): { q?: string; actorName?: string } {
  const kept: { q?: string; actorName?: string } = {};
  for (const name of ["q", "actorName"] as const) {
    if (issues[name]) kept[name] = (rawValues(raw, name)[0] ?? "").replace(UNPRINTABLE, "");
  }
  return kept;
}
