// What a case submission is about, in words a victim or a witness would use (issue 17: "mandate
// suggested from the themes"). Each topic names the thematic mandates that usually act on it and the
// cross-cutting themes (R14) a letter opened from the submission is tagged with. Country mandates are
// suggested from the State concerned (lib/cases/rules.ts, suggestedMandateSlugs).

export type CaseTopic = { slug: string; mandates: readonly string[]; themes: readonly string[] };

export const CASE_TOPICS = [
  { slug: "detention", mandates: ["arbitrary-detention", "torture"], themes: ["sdg-16"] },
  { slug: "torture", mandates: ["torture"], themes: ["sdg-16"] },
  { slug: "killing", mandates: ["executions"], themes: ["sdg-16"] },
  { slug: "disappearance", mandates: ["enforced-disappearances"], themes: ["sdg-16"] },
  { slug: "defenders", mandates: ["hr-defenders"], themes: ["human-rights-defenders", "sdg-16"] },
  { slug: "expression", mandates: ["freedom-of-expression"], themes: ["sdg-16"] },
  { slug: "assembly", mandates: ["assembly-association"], themes: ["sdg-16"] },
  { slug: "religion", mandates: ["freedom-of-religion"], themes: [] },
  { slug: "justice", mandates: ["independence-judges-lawyers"], themes: ["sdg-16"] },
  { slug: "privacy", mandates: ["privacy"], themes: ["new-technologies"] },
  { slug: "women", mandates: ["violence-against-women", "discrimination-women-girls"], themes: ["gender", "sdg-5"] },
  { slug: "children", mandates: ["sale-of-children"], themes: [] },
  { slug: "trafficking", mandates: ["trafficking", "slavery"], themes: ["sdg-8"] },
  { slug: "migrants", mandates: ["migrants"], themes: ["migration", "sdg-10"] },
  { slug: "displacement", mandates: ["idps"], themes: ["migration"] },
  { slug: "indigenous", mandates: ["indigenous-peoples"], themes: ["sdg-10"] },
  { slug: "minorities", mandates: ["minority-issues"], themes: ["sdg-10"] },
  { slug: "racism", mandates: ["racism", "african-descent"], themes: ["sdg-10"] },
  { slug: "disability", mandates: ["disability"], themes: ["sdg-10"] },
  { slug: "sogi", mandates: ["sogi"], themes: ["gender"] },
  { slug: "housing", mandates: ["housing"], themes: ["sdg-11"] },
  { slug: "health", mandates: ["health"], themes: ["sdg-3"] },
  { slug: "food-water", mandates: ["food", "water-sanitation"], themes: ["sdg-2", "sdg-6"] },
  { slug: "education", mandates: ["education"], themes: ["sdg-4"] },
  { slug: "poverty", mandates: ["extreme-poverty"], themes: ["sdg-1"] },
  { slug: "environment", mandates: ["environment", "toxics", "climate-change"], themes: ["climate-change", "sdg-13"] },
  { slug: "business", mandates: ["business-human-rights"], themes: ["sdg-8", "sdg-12"] },
  { slug: "counter-terrorism", mandates: ["counter-terrorism"], themes: ["sdg-16"] },
  { slug: "reprisals", mandates: ["hr-defenders"], themes: ["reprisals"] },
] as const satisfies readonly CaseTopic[];

export type CaseTopicSlug = (typeof CASE_TOPICS)[number]["slug"];

export const CASE_TOPIC_SLUGS: readonly CaseTopicSlug[] = CASE_TOPICS.map((t) => t.slug);

export function isCaseTopic(value: string): value is CaseTopicSlug {
  return (CASE_TOPIC_SLUGS as readonly string[]).includes(value);
}
