// Sample reprisal cases (R8): fictional people, most strictly confidential, some with a cleared
// public summary; referrals and links to communications that concern reprisals.
import type { ReferralBody, ReprisalConfidentiality, ReprisalStatus } from "../../lib/generated/prisma/enums";
import type { SentCommunication } from "./communications";
import type { SampleContext, StateRef } from "./context";
import { FAMILY_NAMES, GIVEN_NAMES } from "./names";
import { Rng } from "./random";
import { dateOnly, DAY, minDate, YEAR } from "./time";

export const REPRISAL_CASES = 15;

const ROLES = [
  "woman human rights defender",
  "lawyer",
  "journalist",
  "community leader",
  "member of a victims' association",
  "trade unionist",
];
const CONTEXTS = [
  "Submitted information to the {mandate} ahead of a country visit.",
  "Met the {mandate} during the country visit.",
  "Took part in a regular session of the Human Rights Council and spoke at a side event in Geneva.",
  "Provided information that was used in a communication of the special procedures.",
  "Engaged with the Universal Periodic Review of the State.",
];
const ACTS = [
  ["Travel ban imposed at the airport when leaving for Geneva.", "was reportedly prevented from travelling to Geneva"],
  [
    "Summoned for questioning and threatened with prosecution for 'collaboration with foreign organisations'.",
    "was reportedly summoned for questioning and threatened with prosecution",
  ],
  ["Office raided by the police and computers and files confiscated.", "reportedly had their office searched and documents confiscated"],
  ["Subjected to an online smear campaign describing them as 'foreign agents'.", "was reportedly the target of a smear campaign"],
  ["Arrested and detained for five days without charge.", "was reportedly detained for several days without charge"],
  ["Relatives threatened by unidentified individuals.", "reportedly had relatives threatened"],
] as const;
const BODIES: ReferralBody[] = ["HIGH_COMMISSIONER", "COUNCIL_PRESIDENT", "ASSISTANT_SECRETARY_GENERAL"];

export async function seedReprisals(ctx: SampleContext, sent: SentCommunication[]): Promise<number> {
  const { db, ref, now, seed, log } = ctx;
  const rng = new Rng(seed, "reprisals");
  const flagged = sent.filter((c) => c.concernsReprisals && c.stateId);
  const byState = new Map<string, SentCommunication[]>();
  for (const c of flagged) byState.set(c.stateId!, [...(byState.get(c.stateId!) ?? []), c]);
  const stateById = new Map(ref.states.map((s) => [s.id, s]));
  const withComms = rng.sample([...byState.keys()].sort(), 12).map((id) => stateById.get(id)!);
  const states: StateRef[] = [...withComms];
  while (states.length < REPRISAL_CASES) states.push(rng.pick(ref.states.filter((s) => s.member)));

  const cases = [];
  const referrals = [];
  const links = [];
  for (let i = 0; i < REPRISAL_CASES; i++) {
    const state = states[i]!;
    const id = rng.uuid();
    const comms = rng.sample(byState.get(state.id) ?? [], rng.int(1, 2));
    const actsDate = dateOnly(
      comms[0] ? new Date(comms[0].sentAt.getTime() - rng.int(10, 60) * DAY) : new Date(now.getTime() - rng.between(0.2, 5) * YEAR),
    );
    const mandate = rng.pick(ref.mandates.filter((m) => m.kind === "THEMATIC"));
    const [acts, actsPublic] = rng.pick(ACTS);
    const people = Array.from({ length: rng.int(1, 3) }, () => `${rng.pick(GIVEN_NAMES)} ${rng.pick(FAMILY_NAMES)} (${rng.pick(ROLES)})`);
    const confidentiality: ReprisalConfidentiality = i < 6 ? "PUBLIC_SUMMARY_CLEARED" : i < 8 ? "CONFIDENTIAL" : "STRICTLY_CONFIDENTIAL";
    const status: ReprisalStatus = rng.pick(["OPEN", "FOLLOW_UP", "FOLLOW_UP", "CLOSED"] as const);
    const cleared =
      confidentiality === "PUBLIC_SUMMARY_CLEARED"
        ? new Date(Math.min(actsDate.getTime() + rng.int(30, 120) * DAY, now.getTime() - DAY))
        : null;
    const actsYear = actsDate.getUTCFullYear();
    cases.push({
      id,
      stateId: state.id,
      personsConcerned: `[Sample — fictional] ${people.join("; ")}`,
      cooperationContext: rng.pick(CONTEXTS).replace("{mandate}", mandate.titleEn),
      actsAlleged: acts,
      actsDate,
      actionsTaken: comms.length
        ? `Raised with the Government in communication${comms.length > 1 ? "s" : ""} ${comms.map((c) => c.reference).join(" and ")}.`
        : "Raised with the Permanent Mission in a meeting with the secretariat.",
      status,
      confidentiality,
      publicSummary: cleared
        ? `[Sample] A person who cooperated with the United Nations ${actsPublic} in ${actsYear}. The matter was raised with the Government of ${state.nameEn}.`
        : null,
      publicSummaryClearedAt: cleared,
      sgReportYear: actsYear < now.getUTCFullYear() && rng.chance(0.7) ? actsYear + 1 : null,
      sample: true,
      createdAt: minDate(new Date(actsDate.getTime() + rng.int(2, 20) * DAY), now),
      updatedAt: cleared ?? minDate(new Date(actsDate.getTime() + rng.int(20, 40) * DAY), now),
    });
    for (const body of rng.sample(BODIES, rng.int(0, 3))) {
      referrals.push({
        id: rng.uuid(),
        reprisalCaseId: id,
        body,
        referredAt: dateOnly(new Date(Math.min(actsDate.getTime() + rng.int(15, 90) * DAY, now.getTime() - DAY))),
        note: "[Sample] Case referred for follow-up.",
      });
    }
    for (const c of comms) links.push({ reprisalCaseId: id, communicationId: c.id });
  }
  await db.reprisalCase.createMany({ data: cases });
  if (referrals.length) await db.reprisalReferral.createMany({ data: referrals });
  if (links.length) await db.reprisalCaseCommunication.createMany({ data: links });
  log(`Reprisal cases: ${cases.length} (${referrals.length} referrals, ${links.length} linked communications)`);
  return cases.length;
}
