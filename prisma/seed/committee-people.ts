// The Coordination Committee's space (issue 18, item 5): an induction programme with materials, this
// year's Consultative Group, a few former holders' engagements, external resources declared for some
// mandates over two years, and the record of the first vacancy. Seeded once with the sample data.
import type { SampleContext } from "./context";
import { Rng } from "./random";
import { addDays, dateOnly } from "./time";
import { genevaYear } from "../../lib/core/geneva";
import { computeVacancies } from "../../lib/committee-people/vacancy-rules";
import { REGIONAL_GROUPS } from "../../lib/committee-people/regional-groups";

const CONSULTATIVE_GROUP = ["Amara Okafor", "Mei Lin Tan", "Katarzyna Nowak", "Lucía Fernández", "Henrik Solberg"];
const SOURCES = [
  "Government of Norway",
  "European Union",
  "Ford Foundation",
  "University of Geneva",
  "Open Society Foundations",
  "Government of Brazil",
];
const PURPOSES = [
  "Research assistant for the thematic report",
  "Expert consultation ahead of the Council session",
  "Travel of civil society participants to a regional consultation",
  "Translation of the annual report into local languages",
];
const ACTIVITIES = [
  "Spoke at the induction session for new mandate holders",
  "Gave evidence at a regional consultation on the mandate's follow-up",
  "Taught a summer course on the Special Procedures",
  "Advised the Coordination Committee on the working methods review",
];

export async function seedCommitteePeople(ctx: SampleContext): Promise<void> {
  const { db, ref, now, seed, log } = ctx;
  const rng = new Rng(seed, "committee-people");
  const year = genevaYear(now);

  const sessions = [
    { title: "Induction of newly appointed mandate holders", offset: -120, days: 3, location: "Palais des Nations, Geneva" },
    { title: "Communications and urgent appeals: a practical module", offset: -60, days: 1, location: "Online" },
    { title: "Induction of mandate holders appointed at the next session", offset: 45, days: 3, location: "Palais Wilson, Geneva" },
  ];
  for (const s of sessions) {
    const startsOn = dateOnly(addDays(now, s.offset));
    const session = await db.inductionSession.create({
      data: {
        id: rng.uuid(),
        title: s.title,
        startsOn,
        endsOn: s.days > 1 ? addDays(startsOn, s.days - 1) : null,
        location: s.location,
        outline:
          "The Code of Conduct and the Manual of Operations; communications and country visits; working with the secretariat, States and civil society, with outgoing mandate holders sharing their experience.",
      },
      select: { id: true },
    });
    await db.inductionMaterial.createMany({
      data: [
        {
          id: rng.uuid(),
          sessionId: session.id,
          title: "Programme and speakers",
          url: `https://sp-portal.example/induction/${session.id}/programme.pdf`,
        },
        {
          id: rng.uuid(),
          sessionId: session.id,
          title: "Manual of Operations (annotated)",
          url: `https://sp-portal.example/induction/${session.id}/manual.pdf`,
        },
      ],
    });
  }

  await db.consultativeGroupMember.createMany({
    data: CONSULTATIVE_GROUP.map((name, i) => ({ id: rng.uuid(), year, name, regionalGroup: REGIONAL_GROUPS[i]! })),
  });

  const ended = await db.mandateTenure.findMany({
    where: { endDate: { lt: dateOnly(now) } },
    orderBy: [{ endDate: "desc" }, { id: "asc" }],
    take: 4,
    select: { mandateHolderId: true, mandateId: true, endDate: true },
  });
  for (const [i, t] of ended.entries()) {
    await db.formerHolderEngagement.create({
      data: {
        id: rng.uuid(),
        mandateHolderId: t.mandateHolderId,
        mandateId: t.mandateId,
        activity: ACTIVITIES[i % ACTIVITIES.length]!,
        occurredOn: dateOnly(addDays(now, -rng.int(20, 300))),
      },
    });
  }

  const mandates = [
    ref.mandateBySlug.get(ref.cosignerMandateSlug)!,
    ...rng.sample(
      ref.mandates.filter((m) => m.slug !== ref.holderMandateSlug),
      5,
    ),
  ];
  const resources = [];
  for (const m of mandates)
    for (const y of [year - 1, year])
      for (let k = rng.int(1, 2); k > 0; k--) {
        const inKind = rng.chance(0.25);
        resources.push({
          id: rng.uuid(),
          mandateId: m.id,
          year: y,
          source: rng.pick(SOURCES),
          amountUsd: inKind ? null : rng.int(5, 120) * 1000,
          inKind: inKind ? "Secondment of a legal officer for three months" : null,
          purpose: rng.pick(PURPOSES),
          declaredByRole: rng.chance(0.5) ? ("MANDATE_HOLDER" as const) : ("SECRETARIAT" as const),
        });
      }
  await db.externalResource.createMany({ data: resources });

  const tenures = await db.mandateTenure.findMany({
    where: { mandate: { active: true } },
    select: { id: true, mandateId: true, mandateHolderId: true, startDate: true, endDate: true },
  });
  const first = computeVacancies(tenures, now)[0];
  if (first)
    await db.vacancyRecord.create({ data: { id: rng.uuid(), tenureId: first.tenureId, appointmentSession: first.expectedSession.number } });
  log(`Committee: ${sessions.length} induction sessions, ${ended.length} engagements, ${resources.length} external resources`);
}
