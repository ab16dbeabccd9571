// Sample cases of the Coordination Committee's Internal Advisory Mechanism (R15), in its three
// categories, with outcomes and recommendations for the closed ones.
import type { AdvisoryCategory, AdvisoryStatus } from "../../lib/generated/prisma/enums";
import type { SampleContext } from "./context";
import { Rng } from "./random";
import { DAY, YEAR } from "./time";

type Spec = { category: AdvisoryCategory; title: string; description: string; recommendation: string };

const SPECS: Spec[] = [
  {
    category: "CONTEMPLATED_ACTIVITY",
    title: "Participation in a privately funded conference",
    description:
      "A mandate holder asks whether accepting travel costs from a private foundation to speak at a conference is compatible with the Code of Conduct.",
    recommendation:
      "Participation is compatible provided the funding is disclosed and the mandate holder speaks in an independent capacity.",
  },
  {
    category: "CONTEMPLATED_ACTIVITY",
    title: "Joint press statement on an ongoing trial",
    description: "Several mandate holders contemplate a press statement on a criminal trial that is still pending.",
    recommendation: "Limit the statement to international standards on fair trial and avoid prejudging the outcome.",
  },
  {
    category: "CONTEMPLATED_ACTIVITY",
    title: "Academic affiliation during the tenure",
    description: "A mandate holder seeks advice on accepting a paid visiting professorship during the tenure.",
    recommendation: "The affiliation is acceptable if declared and if it does not create a conflict of interest with the mandate.",
  },
  {
    category: "CONTEMPLATED_ACTIVITY",
    title: "Social media campaign linked to a thematic report",
    description: "A mandate holder asks about a social media campaign run jointly with a civil society organisation.",
    recommendation: "Keep the campaign under the mandate's own accounts and avoid endorsing a particular organisation.",
  },
  {
    category: "STATE_REFERRAL",
    title: "Public statements of a mandate holder",
    description: "A Permanent Mission considers that statements made by a mandate holder in an interview went beyond the mandate.",
    recommendation: "The Committee recalled the independence of mandate holders and the guidance on public statements.",
  },
  {
    category: "STATE_REFERRAL",
    title: "Conduct of a country visit",
    description: "A State refers concerns about the programme of a country visit and meetings held without notice to the authorities.",
    recommendation: "The terms of reference for country visits were respected; the Committee encouraged continued dialogue.",
  },
  {
    category: "STATE_REFERRAL",
    title: "Press release issued before the reply deadline",
    description: "A State complains that a press release was issued before the end of the period for replying to a communication.",
    recommendation:
      "Early press releases require a recorded justification; the Committee asked the secretariat to share it with the State.",
  },
  {
    category: "SYSTEMIC_ISSUE",
    title: "Consistency of working methods on joint communications",
    description: "Mandate holders raise the time needed to agree on joint communications and the handling of co-signature invitations.",
    recommendation: "Set a default period for responding to co-signature invitations and track it in the portal.",
  },
  {
    category: "SYSTEMIC_ISSUE",
    title: "Use of social media by mandate holders",
    description: "Policy discussion on the use of personal social media accounts for mandate-related communication.",
    recommendation: "Update the internal guidance and offer a briefing to newly appointed mandate holders.",
  },
  {
    category: "SYSTEMIC_ISSUE",
    title: "Visit requests that remain unanswered",
    description: "Systemic issue of States that extended a standing invitation but leave visit requests unanswered.",
    recommendation: "Report annually on ineffective standing invitations and raise them in the dialogue with regional groups.",
  },
];

export async function seedAdvisory(ctx: SampleContext): Promise<number> {
  const { db, ref, now, seed, log } = ctx;
  const rng = new Rng(seed, "advisory");
  const holders = [...ref.currentHolders.values()].flat();
  const members = ref.states.filter((s) => s.member);
  const rows = SPECS.map((s, i) => {
    const status: AdvisoryStatus = i % 3 === 0 ? "OPEN" : i % 3 === 1 ? "CLOSED" : rng.pick(["UNDER_CONSIDERATION", "CLOSED"] as const);
    const openedAt = new Date(now.getTime() - (status === "OPEN" ? rng.int(3, 60) * DAY : rng.between(0.2, 3) * YEAR));
    const closed = status === "CLOSED";
    const state = s.category === "STATE_REFERRAL" ? (i === 4 ? ref.stateByIso3.get("NOR")! : rng.pick(members)) : null;
    return {
      id: rng.uuid(),
      category: s.category,
      title: `[Sample] ${s.title}`,
      description: s.description,
      status,
      submittedById: state?.iso3 === "NOR" ? ref.users.state : s.category === "SYSTEMIC_ISSUE" ? ref.users.secretariat : null,
      mandateHolderId:
        s.category === "CONTEMPLATED_ACTIVITY"
          ? i === 0
            ? ref.currentHolders.get(ref.holderMandateSlug)![0]!.id
            : rng.pick(holders).id
          : null,
      stateId: state?.id ?? null,
      recommendation: closed || status === "UNDER_CONSIDERATION" ? s.recommendation : null,
      outcome: closed ? "Advice given; the Committee considers the matter closed." : null,
      openedAt,
      closedAt: closed ? new Date(Math.min(openedAt.getTime() + rng.int(10, 60) * DAY, now.getTime() - DAY)) : null,
      sample: true,
    };
  });
  await db.advisoryCase.createMany({ data: rows });
  log(`Advisory cases: ${rows.length}`);
  return rows.length;
}
