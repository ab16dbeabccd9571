// The Coordination Committee's space (issue 18, item 5): the Committee of this year and of the year
// before, one published joint statement, and two guidance documents with two versions each. This
// year's Committee is seated with the holders (holders.ts), so the demo co-signer sits on it and the
// demo holder does not.
import type { CommitteeRole } from "../../lib/generated/prisma/enums";
import { genevaYear, genevaYearBounds } from "../../lib/core/geneva";
import type { SampleContext } from "./context";
import { stableUuid } from "./random";
import { DAY } from "./time";

const STATEMENT = {
  title: "Special Procedures call on States to protect civic space online",
  body: [
    "Geneva — The Coordination Committee of Special Procedures, on behalf of the independent experts of the Human Rights Council, today called on all States to protect civic space online.",
    "Internet shutdowns, the blocking of websites and the surveillance of human rights defenders restrict the freedoms of expression, peaceful assembly and association. Any restriction must be provided by law, necessary and proportionate.",
    "The Committee encourages States to engage with the Special Procedures, to answer their communications and to invite them to visit.",
  ].join("\n\n"),
};

const GUIDANCE = [
  {
    key: "social-media",
    topic: "SOCIAL_MEDIA" as const,
    title: "Good practices on the use of social media by mandate holders",
    v1: [
      "Mandate holders use social media to make their work known and to reach people whose rights are at stake.",
      "- Post from an account that clearly identifies the mandate.",
      "- Link to the full text of reports, communications and press releases.",
    ].join("\n\n"),
    v2: [
      "Mandate holders use social media to make their work known and to reach people whose rights are at stake.",
      "- Post from an account that clearly identifies the mandate.",
      "- Link to the full text of reports, communications and press releases.",
      "- Do not name a person at risk, or post anything that could identify a victim, without their informed consent.",
    ].join("\n\n"),
    summary: "Adds the rule on persons at risk and victims' consent.",
  },
  {
    key: "end-of-mission",
    topic: "END_OF_MISSION_STATEMENTS" as const,
    title: "End-of-mission statements",
    v1: [
      "An end-of-mission statement gives the preliminary observations of a country visit.",
      "Share it with the State before the debriefing, and hold the debriefing before any press activity.",
    ].join("\n\n"),
    v2: [
      "An end-of-mission statement gives the preliminary observations of a country visit.",
      "Share it with the State before the debriefing, and hold the debriefing before any press activity, public statement or debriefing with civil society.",
      "Keep it between 5,000 and 6,000 words.",
    ].join("\n\n"),
    summary: "Recommended length; order of the debriefings made explicit.",
  },
];

export async function seedCommittee(ctx: SampleContext): Promise<void> {
  const { db, now, ref } = ctx;
  const year = genevaYear(now);
  const previous = genevaYearBounds(year - 1);
  const cosignerId = ref.currentHolders.get(ref.cosignerMandateSlug)?.[0]?.id;
  const currentSeats = (
    await db.committeeMembership.findMany({
      where: { year },
      orderBy: { mandateHolderId: "asc" },
      select: { mandateHolderId: true, role: true },
    })
  ).map((s) => ({ year, id: s.mandateHolderId, role: s.role }));
  const current = currentSeats.map((s) => s.id);
  const others = current.filter((id) => id !== cosignerId);
  const earlier = (
    await db.mandateHolder.findMany({
      where: {
        committeeMemberships: { none: { year } },
        user: { is: null },
        tenures: { some: { startDate: { lt: previous.end }, OR: [{ endDate: null }, { endDate: { gte: previous.start } }] } },
      },
      orderBy: { id: "asc" },
      take: 3,
      select: { id: true },
    })
  ).map((h) => h.id);
  // This year's seats are written with the holders (./holders.ts); the year before's here.
  const seats: { year: number; id: string; role: CommitteeRole }[] = [
    ...[others[2], earlier[0], others[0], others[3], earlier[1], earlier[2]]
      .filter((id): id is string => !!id)
      .map((id, i) => ({ year: year - 1, id, role: (i === 0 ? "CHAIR" : i === 1 ? "RAPPORTEUR" : "MEMBER") as CommitteeRole })),
  ];
  await db.committeeMembership.createMany({
    data: seats.map((s) => ({ id: stableUuid(`committee:${s.year}:${s.id}`), year: s.year, mandateHolderId: s.id, role: s.role })),
    skipDuplicates: true,
  });

  // A statement of the Committee that sat when it was drafted, signed by its Chair and two members.
  const draftedAt = new Date(now.getTime() - 30 * DAY);
  const statementYear = genevaYear(draftedAt);
  const signers = [...currentSeats, ...seats].filter((s) => s.year === statementYear).slice(0, 3);
  const statementId = stableUuid("committee-statement:civic-space");
  await db.committeeStatement.createMany({
    data: [
      {
        id: statementId,
        year: statementYear,
        ...STATEMENT,
        status: "PUBLISHED",
        draftedById: ref.users.secretariat,
        createdAt: draftedAt,
        updatedAt: draftedAt,
        publishedAt: new Date(draftedAt.getTime() + 5 * DAY),
        publishedById: ref.users.secretariat,
      },
    ],
    skipDuplicates: true,
  });
  await db.committeeStatementSignature.createMany({
    data: signers.map((s, i) => ({ statementId, mandateHolderId: s.id, signedAt: new Date(draftedAt.getTime() + (i + 1) * DAY) })),
    skipDuplicates: true,
  });

  // Guidance: a first version by the secretariat, a second by the demo co-signer (a member this year).
  for (const [i, g] of GUIDANCE.entries()) {
    const id = stableUuid(`guidance:${g.key}`);
    const first = new Date(now.getTime() - (300 + i) * DAY);
    const second = new Date(now.getTime() - (40 + i) * DAY);
    await db.guidanceDocument.createMany({
      data: [{ id, topic: g.topic, latestVersion: 2, createdAt: first, updatedAt: second }],
      skipDuplicates: true,
    });
    await db.guidanceVersion.createMany({
      data: [
        {
          id: stableUuid(`guidance:${g.key}:1`),
          documentId: id,
          number: 1,
          title: g.title,
          body: g.v1,
          changeSummary: "",
          authorId: ref.users.secretariat,
          createdAt: first,
        },
        {
          id: stableUuid(`guidance:${g.key}:2`),
          documentId: id,
          number: 2,
          title: g.title,
          body: g.v2,
          changeSummary: g.summary,
          authorId: ref.users.cosigner,
          createdAt: second,
        },
      ],
      skipDuplicates: true,
    });
  }
}
