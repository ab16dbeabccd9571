// Sample case submissions (issue 17): a few in every status, one collective, one about a company,
// one urgent, some assigned to the demo holder's mandate (human rights defenders) and one to the
// co-signer's (freedom of expression) — so each demo account sees what its role sees. Their private
// links are public demo values (`/submit/case/demo-case-link-1` …), like the demo passwords.
import type { CaseAffected, CaseClosure, CaseStatus } from "../../lib/generated/prisma/enums";
import { hashStatusToken } from "../../lib/stories/token";
import { formatReceipt, suggestedMandateSlugs } from "../../lib/cases/rules";
import { genevaYear } from "../../lib/core/geneva";
import type { SampleContext } from "./context";
import { Rng } from "./random";
import { DAY, dateOnly } from "./time";

type SampleCase = {
  title: string;
  iso3: string;
  other?: string;
  affected: CaseAffected;
  count?: number;
  victims: string;
  whatHappened: string;
  location: string;
  remedies?: string;
  topics: string[];
  urgent?: boolean;
  consent?: boolean;
  daysAgo: number;
  status: CaseStatus;
  closure?: CaseClosure;
  closureNote?: string;
  assign: ("holder" | "cosigner" | string)[];
  question?: string;
  answer?: string;
  note?: string;
};

/** The demo links' tokens: `demo-case-link-<n>`, in the order below. */
export const DEMO_CASE_TOKEN = (n: number) => `demo-case-link-${n}`;

const CASES: SampleCase[] = [
  {
    title: "Community leader detained after a land protest",
    iso3: "BRA",
    affected: "ONE_PERSON",
    victims: "[Sample] Ana Ribeiro (fictional), 41, leader of a rural workers' association.",
    whatHappened:
      "She was arrested at her home at night two days after leading a peaceful protest against the occupation of community land, and is held without access to a lawyer.",
    location: "A municipality of the interior (sample)",
    topics: ["defenders", "detention"],
    urgent: true,
    daysAgo: 1,
    status: "RECEIVED",
    assign: [],
  },
  {
    title: "Fishing village evicted to make way for a port",
    iso3: "NOR",
    other: "Harbour Works Ltd (fictional company)",
    affected: "GROUP",
    count: 240,
    victims: "[Sample] The families of a coastal fishing village, about 240 people.",
    whatHappened:
      "Bulldozers hired by the company destroyed houses and boats without notice or compensation; the families now live in tents on the beach.",
    location: "A coastal village (sample)",
    remedies: "A complaint to the municipality received no answer after three months.",
    topics: ["housing", "business"],
    daysAgo: 12,
    status: "UNDER_CONSIDERATION",
    assign: ["housing", "business-human-rights"],
    question: "Could you tell us whether the families were consulted before the port project was approved?",
  },
  {
    title: "Defender threatened after meeting a UN expert",
    iso3: "COL",
    affected: "ONE_PERSON",
    victims: "[Sample] A woman human rights defender (name withheld).",
    whatHappened:
      "After she met a special rapporteur during a country visit, she received death threats by phone and her office was broken into; the police refused to register her complaint.",
    location: "A regional capital (sample)",
    remedies: "The complaint was refused by the local police station.",
    topics: ["defenders", "reprisals"],
    urgent: true,
    daysAgo: 20,
    status: "UNDER_CONSIDERATION",
    assign: ["holder"],
    question: "Has she asked for protection measures from the national protection programme?",
    answer: "Yes, the request was filed last week and is pending.",
    note: "Possible reprisal case: check with the reprisals focal point before any letter.",
  },
  {
    title: "Journalists' phones infected with spyware",
    iso3: "IND",
    affected: "SEVERAL_PEOPLE",
    count: 3,
    consent: true,
    victims: "[Sample] Three investigative journalists of an independent news site (fictional).",
    whatHappened:
      "A forensic analysis found spyware on the three journalists' phones while they investigated a public procurement scandal.",
    location: "The capital (sample)",
    topics: ["expression", "privacy"],
    daysAgo: 45,
    status: "ACTED_UPON",
    assign: ["cosigner", "privacy"],
  },
  {
    title: "Water supply cut in an informal settlement",
    iso3: "KEN",
    affected: "GROUP",
    count: 5000,
    victims: "[Sample] Residents of an informal settlement.",
    whatHappened: "The municipal water supply was cut for three weeks after residents protested against evictions.",
    location: "An informal settlement (sample)",
    topics: ["food-water", "housing"],
    daysAgo: 60,
    status: "CLOSED",
    closure: "DECLINED",
    closureNote:
      "The supply was restored and the source told us the situation is resolved; you may send a new submission if it happens again.",
    assign: [],
  },
  {
    title: "Women's shelter closed by the authorities",
    iso3: "PHL",
    affected: "GROUP",
    count: 35,
    victims: "[Sample] Women and children living in a shelter for survivors of violence.",
    whatHappened: "The shelter was closed by order of the local authorities without an alternative being offered to its residents.",
    location: "A provincial town (sample)",
    topics: ["women", "children"],
    daysAgo: 35,
    status: "RECEIVED",
    assign: [],
  },
];

export async function seedCases(ctx: SampleContext): Promise<number> {
  const { db, ref, now, seed, log } = ctx;
  const rng = new Rng(seed, "cases");
  const mandateSlug = (s: string) => (s === "holder" ? ref.holderMandateSlug : s === "cosigner" ? ref.cosignerMandateSlug : s);
  // Numbered in the order they were sent, per Geneva year, as the portal numbers them.
  const order = CASES.map((c, i) => ({ c, i, at: new Date(now.getTime() - c.daysAgo * DAY - rng.int(1, 8) * 3_600_000) })).sort(
    (a, b) => a.at.getTime() - b.at.getTime(),
  );
  const seqByYear = new Map<number, number>();
  const rows = [];
  const links = [];
  const questions = [];
  const updates = [];
  const notes = [];
  for (const { c, i, at } of order) {
    const id = rng.uuid();
    const year = genevaYear(at);
    const seq = (seqByYear.get(year) ?? 0) + 1;
    seqByYear.set(year, seq);
    const state = ref.stateByIso3.get(c.iso3)!;
    rows.push({
      id,
      receiptNumber: formatReceipt(year, seq),
      receiptYear: year,
      receiptSeq: seq,
      status: c.status,
      closure: c.closure ?? null,
      closureNote: c.closureNote ?? null,
      urgent: c.urgent ?? false,
      language: "en",
      title: `[Sample] ${c.title}`,
      affected: c.affected,
      affectedCount: c.count ?? null,
      victims: c.victims,
      consentToName: c.consent ?? false,
      responsible: c.other ? ("OTHER_ACTOR" as const) : ("STATE" as const),
      stateId: state.id,
      otherActorName: c.other ?? null,
      whatHappened: c.whatHappened,
      location: c.location,
      occurredOn: dateOnly(new Date(at.getTime() - rng.int(2, 20) * DAY)),
      ongoing: c.status !== "CLOSED",
      domesticRemedies: c.remedies ?? null,
      topics: c.topics,
      confidentialParts: c.consent ? [] : ["victims"],
      sourceName: `[Sample] Source ${i + 1}`,
      sourceOrganisation: i % 2 === 0 ? "[Sample] Local Rights Collective" : null,
      sourceEmail: `source${i + 1}@sample-ngo.example`,
      sourceRelation: i % 2 === 0 ? "organisation" : "relative",
      tokenHash: hashStatusToken(DEMO_CASE_TOKEN(i + 1)),
      sample: true,
      createdAt: at,
      updatedAt: at,
      submittedAt: at,
      closedAt: c.status === "CLOSED" ? new Date(at.getTime() + 5 * DAY) : null,
    });
    const country = ref.mandates.filter((m) => m.countryId === state.id).map((m) => m.slug);
    const assigned = new Set(c.assign.map(mandateSlug));
    const slugs = [...new Set([...suggestedMandateSlugs(c.topics, country), ...assigned])];
    for (const slug of slugs) {
      const mandate = ref.mandateBySlug.get(slug);
      if (!mandate) continue;
      const isAssigned = assigned.has(slug);
      links.push({
        caseId: id,
        mandateId: mandate.id,
        suggested: !isAssigned || suggestedMandateSlugs(c.topics, country).includes(slug),
        assignedAt: isAssigned ? new Date(at.getTime() + DAY) : null,
        assignedById: isAssigned ? ref.users.secretariat : null,
      });
    }
    if (c.question) {
      const questionId = rng.uuid();
      const askedAt = new Date(at.getTime() + 2 * DAY);
      questions.push({
        id: questionId,
        caseId: id,
        question: c.question,
        askedAt,
        askedById: ref.users.secretariat,
        answeredAt: c.answer ? new Date(askedAt.getTime() + DAY) : null,
      });
      if (c.answer) updates.push({ id: rng.uuid(), caseId: id, questionId, text: c.answer, createdAt: new Date(askedAt.getTime() + DAY) });
    }
    if (c.note)
      notes.push({ id: rng.uuid(), caseId: id, authorId: ref.users.secretariat, text: c.note, createdAt: new Date(at.getTime() + DAY) });
  }
  await db.caseSubmission.createMany({ data: rows });
  await db.caseSubmissionMandate.createMany({ data: links });
  await db.caseQuestion.createMany({ data: questions });
  await db.caseUpdate.createMany({ data: updates });
  await db.caseNote.createMany({ data: notes });
  log(`Case submissions: ${rows.length}`);
  return rows.length;
}
