// Organisation accounts (issue 17, item 3): the demo civil-society account belongs to an approved
// demo organisation, and one more organisation waits for the secretariat's decision, so that its
// queue shows something. Created when missing and never modified afterwards; the demo account is
// bound to its organisation only when it belongs to none (a database seeded before organisations).
import type { Db, DemoUserIds, Log, StateRef } from "./context";
import { stableUuid } from "./random";

export const DEMO_ORGANISATION = {
  id: stableUuid("organisation:example-human-rights-network"),
  name: "Example Human Rights Network",
  website: "https://network.example.org/",
} as const;

const PENDING_ORGANISATION = {
  id: stableUuid("organisation:sample-coalition"),
  name: "[Sample] Coalition for Land and Water Rights",
  website: "https://coalition.example.org/",
  contactName: "Sample Contact Person",
  contactEmail: "contact@coalition.example.org",
} as const;

export async function seedOrganisations(
  db: Db,
  { users, stateByIso3 }: { users: DemoUserIds; stateByIso3: Map<string, StateRef> },
  log: Log,
) {
  const civil = await db.user.findUniqueOrThrow({ where: { id: users.civil }, select: { name: true, email: true } });
  const have = new Set(
    (await db.organisation.findMany({ where: { id: { in: [DEMO_ORGANISATION.id, PENDING_ORGANISATION.id] } }, select: { id: true } })).map(
      (o) => o.id,
    ),
  );
  if (!have.has(DEMO_ORGANISATION.id)) {
    await db.organisation.create({
      data: {
        id: DEMO_ORGANISATION.id,
        name: DEMO_ORGANISATION.name,
        countryId: stateByIso3.get("CHE")!.id,
        website: DEMO_ORGANISATION.website,
        contactName: civil.name,
        contactEmail: civil.email,
        status: "APPROVED",
        emailConfirmedAt: new Date("2026-01-05T09:00:00Z"),
        decidedAt: new Date("2026-01-06T10:00:00Z"),
        decidedById: users.secretariat,
        sample: true,
        createdAt: new Date("2026-01-05T08:45:00Z"),
      },
    });
    log("Organisations: the demo organisation created");
  }
  if (!have.has(PENDING_ORGANISATION.id)) {
    await db.organisation.create({
      data: {
        ...PENDING_ORGANISATION,
        countryId: stateByIso3.get("KEN")!.id,
        status: "PENDING",
        emailConfirmedAt: new Date("2026-02-02T14:10:00Z"),
        sample: true,
        createdAt: new Date("2026-02-02T14:00:00Z"),
      },
    });
    // Its contact's account: nobody knows a password for it ("!" is no bcrypt hash).
    await db.user.createMany({
      data: [
        {
          id: stableUuid("user:contact@coalition.example.org"),
          email: PENDING_ORGANISATION.contactEmail,
          name: PENDING_ORGANISATION.contactName,
          passwordHash: "!",
          role: "CIVIL_SOCIETY",
          organisationId: PENDING_ORGANISATION.id,
          organisationAdmin: true,
        },
      ],
      skipDuplicates: true,
    });
  }
  await db.user.updateMany({
    where: { id: users.civil, organisationId: null },
    data: { organisationId: DEMO_ORGANISATION.id, organisationAdmin: true },
  });
}
