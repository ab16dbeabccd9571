// Sample good stories (R13): implemented recommendations, mostly published, a few awaiting
// moderation; some submitted by the civil-society demo account.
import type { GoodStoryStatus } from "../../lib/generated/prisma/enums";
import type { SampleContext } from "./context";
import { Rng } from "./random";
import { DAY, minDate, YEAR } from "./time";

type Story = { mandate: string; themes: string[]; title: string; recommendation: string; whatChanged: string };

const STORIES: Story[] = [
  {
    mandate: "hr-defenders",
    themes: ["human-rights-defenders", "sdg-16"],
    title: "Law recognising and protecting human rights defenders adopted",
    recommendation:
      "Adopt a specific law recognising the legitimate role of human rights defenders and establishing a protection mechanism.",
    whatChanged:
      "Parliament adopted a law creating a protection mechanism with civil society representatives on its board; 140 defenders received protection measures in its first year.",
  },
  {
    mandate: "torture",
    themes: ["sdg-16"],
    title: "Independent monitoring of places of detention established",
    recommendation: "Establish a national preventive mechanism with unannounced access to all places of deprivation of liberty.",
    whatChanged:
      "The national preventive mechanism was set up and carried out 60 unannounced visits, leading to the closure of two overcrowded facilities.",
  },
  {
    mandate: "indigenous-peoples",
    themes: ["sdg-15", "sdg-10"],
    title: "Collective land titles granted to Indigenous communities",
    recommendation: "Recognise and demarcate the lands traditionally occupied by Indigenous Peoples.",
    whatChanged: "Collective titles were issued to eleven communities after a participatory mapping process.",
  },
  {
    mandate: "water-sanitation",
    themes: ["sdg-6", "sdg-11"],
    title: "Safe drinking water extended to informal settlements",
    recommendation: "Ensure access to safe drinking water regardless of tenure status.",
    whatChanged: "The municipal utility connected 25,000 households in informal settlements and introduced a social tariff.",
  },
  {
    mandate: "disability",
    themes: ["sdg-4", "sdg-10"],
    title: "Inclusive education reform for children with disabilities",
    recommendation: "Move from segregated to inclusive education and provide reasonable accommodation in mainstream schools.",
    whatChanged:
      "A new education act guarantees reasonable accommodation; enrolment of children with disabilities in mainstream schools rose by a third.",
  },
  {
    mandate: "freedom-of-expression",
    themes: ["sdg-16"],
    title: "Criminal defamation repealed",
    recommendation: "Decriminalise defamation and ensure that civil remedies are proportionate.",
    whatChanged: "The criminal code provisions on defamation were repealed and pending cases against journalists were closed.",
  },
  {
    mandate: "business-human-rights",
    themes: ["sdg-8", "sdg-12"],
    title: "National action plan on business and human rights adopted",
    recommendation: "Adopt a national action plan on business and human rights through an inclusive process.",
    whatChanged:
      "The plan was adopted after consultations in five regions and includes mandatory human rights due diligence for State-owned enterprises.",
  },
  {
    mandate: "climate-change",
    themes: ["climate-change", "sdg-13"],
    title: "Climate adaptation plan drawn up with affected communities",
    recommendation: "Ensure meaningful participation of affected communities in climate adaptation planning.",
    whatChanged:
      "Coastal communities took part in drafting the adaptation plan, which now includes a relocation protocol based on free and informed consent.",
  },
  {
    mandate: "migrants",
    themes: ["migration", "sdg-10"],
    title: "Firewall between public services and immigration enforcement",
    recommendation: "Establish firewalls so that migrants can access health care and education without fear of immigration enforcement.",
    whatChanged: "A ministerial decree prohibits hospitals and schools from sharing data with immigration authorities.",
  },
  {
    mandate: "violence-against-women",
    themes: ["gender", "sdg-5"],
    title: "Specialised courts on violence against women",
    recommendation: "Establish specialised courts and prosecutors for cases of violence against women.",
    whatChanged:
      "Specialised courts now operate in every province; the average duration of proceedings fell from three years to ten months.",
  },
  {
    mandate: "assembly-association",
    themes: ["sdg-16"],
    title: "Registration of associations simplified",
    recommendation: "Replace the authorisation regime for associations with a simple notification procedure.",
    whatChanged: "Associations can now register online by notification within five working days.",
  },
  {
    mandate: "older-persons",
    themes: ["sdg-1", "sdg-10"],
    title: "Universal social pension for older persons introduced",
    recommendation: "Introduce a non-contributory pension to guarantee income security in old age.",
    whatChanged: "A universal social pension now reaches 92% of people over 65.",
  },
];

export async function seedStories(ctx: SampleContext): Promise<number> {
  const { db, ref, now, seed, log } = ctx;
  const rng = new Rng(seed, "stories");
  const members = ref.states.filter((s) => s.member);
  const rows = [];
  const themes = [];
  for (const [i, s] of STORIES.entries()) {
    const status: GoodStoryStatus = i % 4 === 3 ? "SUBMITTED" : "PUBLISHED";
    const byCivil = i % 5 === 0 || i === 3;
    const createdAt = new Date(now.getTime() - (status === "SUBMITTED" ? rng.int(2, 30) * DAY : rng.between(0.2, 4) * YEAR));
    const publishedAt = status === "PUBLISHED" ? minDate(new Date(createdAt.getTime() + rng.int(5, 40) * DAY), now) : null;
    const id = rng.uuid();
    const state = i === 0 ? ref.stateByIso3.get("NOR")! : i === 5 ? ref.stateByIso3.get("BRA")! : rng.pick(members);
    rows.push({
      id,
      title: `[Sample] ${s.title}`,
      recommendation: s.recommendation,
      whatChanged: s.whatChanged,
      evidenceLinks: `https://example.org/sample-evidence/${i + 1}`,
      mandateId: ref.mandateBySlug.get(s.mandate)?.id ?? null,
      stateId: state.id,
      status,
      moderationNote: status === "PUBLISHED" ? "Checked against the follow-up information received." : null,
      submittedById: byCivil ? ref.users.civil : null,
      submitterEmail: byCivil ? null : `contributor${i + 1}@example.org`,
      publishedAt,
      sample: true,
      createdAt,
      updatedAt: publishedAt ?? createdAt,
    });
    for (const slug of s.themes) {
      const theme = ref.themeBySlug.get(slug);
      if (theme) themes.push({ goodStoryId: id, themeId: theme.id });
    }
  }
  await db.goodStory.createMany({ data: rows });
  await db.goodStoryTheme.createMany({ data: themes });
  log(`Good stories: ${rows.length}`);
  return rows.length;
}
