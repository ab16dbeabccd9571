import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { seedDatabase } from "@/prisma/seed/index";
import { actorByEmail, closeIntegrationDatabase, demoActors, setNow } from "../support/integration";

// R15 against a real, seeded PostgreSQL: who brings which category, who sees a case (parties and the
// Coordination Committee only), handling, and the yearly counts per category.
let db: TestDatabase;
let prisma: PrismaClient;
const actors: Record<string, Actor> = {};

const actorFor = (email: string) => actorByEmail(prisma, email);
const NOW = new Date("2026-06-15T10:00:00Z");

/** Seats a holder on the Committee of `year` (or unseats it): the secretariat's yearly record. */
async function seat(mandateHolderId: string, year: number, seated: boolean) {
  await prisma.committeeMembership.deleteMany({ where: { mandateHolderId, year } });
  if (seated) await prisma.committeeMembership.create({ data: { mandateHolderId, year, role: "MEMBER" } });
}

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_advisory" });
  Object.assign(process.env, { DATABASE_URL: db.connectionString, SP_TEST_CLOCK: "1" });
  prisma = createPrismaClient(db.connectionString, 4);
  await setNow(NOW);
  await seedDatabase(prisma, { communications: 40, now: NOW });
  Object.assign(actors, await demoActors(prisma));
  // Make the rule's two sides explicit whatever the seed drew: this year the holder has no seat on the
  // Committee (it sat on last year's), the co-signer has one.
  await seat(actors.holder!.mandateHolderId!, 2026, false);
  await seat(actors.holder!.mandateHolderId!, 2025, true);
  await seat(actors.cosigner!.mandateHolderId!, 2026, true);
  actors.holder = await actorFor("holder@sp-portal.example");
  actors.cosigner = await actorFor("cosigner@sp-portal.example");
}, 300_000);

afterAll(() => closeIntegrationDatabase({ db, prisma }));

describe("Internal Advisory Mechanism (R15)", () => {
  it("takes each category from the role R15 gives it, the parties from the actor", async () => {
    const { submitAdvisoryCase } = await import("@/lib/advisory/submit-case");
    const a = await submitAdvisoryCase({
      actor: actors.holder!,
      input: {
        category: "CONTEMPLATED_ACTIVITY",
        title: "Speaking at a funded event",
        description: "May I accept travel costs from a foundation?",
      },
    });
    const b = await submitAdvisoryCase({
      actor: actors.norway!,
      input: {
        category: "STATE_REFERRAL",
        title: "Statement of a mandate holder",
        description: "We consider that a statement went beyond the mandate.",
      },
    });
    const rows = await prisma.advisoryCase.findMany({
      where: { id: { in: [a.id, b.id] } },
      select: { id: true, mandateHolderId: true, stateId: true, submittedById: true },
    });
    expect(rows.find((r) => r.id === a.id)).toMatchObject({
      mandateHolderId: actors.holder!.mandateHolderId,
      stateId: null,
      submittedById: actors.holder!.userId,
    });
    expect(rows.find((r) => r.id === b.id)).toMatchObject({ mandateHolderId: null, stateId: actors.norway!.stateId });
    await expect(
      submitAdvisoryCase({
        actor: actors.norway!,
        input: { category: "CONTEMPLATED_ACTIVITY", title: "Not for States", description: "A State cannot ask about an activity." },
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { category: ["advisory.categoryNotAllowed"] } });
    await expect(
      submitAdvisoryCase({
        actor: actors.civil!,
        input: { category: "SYSTEMIC_ISSUE", title: "Not for civil society", description: "Civil society has no access here." },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("shows a case to its parties and the Committee only", async () => {
    const { submitAdvisoryCase } = await import("@/lib/advisory/submit-case");
    const { findAdvisoryCases, getAdvisoryCase } = await import("@/lib/advisory/find-cases");
    const c = await submitAdvisoryCase({
      actor: actors.norway!,
      input: {
        category: "STATE_REFERRAL",
        title: "Visit programme concerns",
        description: "Meetings were held without notice to the authorities.",
      },
    });
    expect((await getAdvisoryCase({ actor: actors.norway!, caseId: c.id })).canHandle).toBe(false);
    expect((await getAdvisoryCase({ actor: actors.cosigner!, caseId: c.id })).canHandle).toBe(true);
    expect((await getAdvisoryCase({ actor: actors.secretariat!, caseId: c.id })).canHandle).toBe(true);
    for (const key of ["holder", "brazil"] as const) {
      await expect(getAdvisoryCase({ actor: actors[key]!, caseId: c.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect((await findAdvisoryCases({ actor: actors[key]! })).rows.map((r) => r.id)).not.toContain(c.id);
    }
    for (const key of ["civil", "admin"] as const)
      await expect(findAdvisoryCases({ actor: actors[key]! })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const all = await prisma.advisoryCase.count();
    expect((await findAdvisoryCases({ actor: actors.cosigner! })).total).toBe(all);
    expect((await findAdvisoryCases({ actor: actors.norway! })).total).toBe(
      await prisma.advisoryCase.count({ where: { OR: [{ stateId: actors.norway!.stateId }, { submittedById: actors.norway!.userId }] } }),
    );
  });

  it("lets the Committee record a recommendation and close with an outcome, and counts per year and category", async () => {
    const { submitAdvisoryCase } = await import("@/lib/advisory/submit-case");
    const { handleAdvisoryCase } = await import("@/lib/advisory/handle-case");
    const { advisoryYearlyCounts } = await import("@/lib/advisory/find-cases");
    const year = 2026;
    const count = async () =>
      (await advisoryYearlyCounts({ actor: actors.secretariat! }))
        .find((y) => y.year === year)
        ?.categories.find((c) => c.category === "SYSTEMIC_ISSUE") ?? { opened: 0, closed: 0 };
    const before = await count();
    const c = await submitAdvisoryCase({
      actor: actors.secretariat!,
      input: {
        category: "SYSTEMIC_ISSUE",
        title: "Co-signature delays",
        description: "Invitations to co-sign wait for weeks without an answer.",
      },
    });
    await expect(
      handleAdvisoryCase({ actor: actors.holder!, input: { caseId: c.id, status: "CLOSED", recommendation: null, outcome: "x" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await handleAdvisoryCase({
      actor: actors.cosigner!,
      input: { caseId: c.id, status: "UNDER_CONSIDERATION", recommendation: "Set a default reply period.", outcome: null },
    });
    await handleAdvisoryCase({
      actor: actors.secretariat!,
      input: { caseId: c.id, status: "CLOSED", recommendation: "Set a default reply period.", outcome: "Guidance issued." },
    });
    const row = await prisma.advisoryCase.findUniqueOrThrow({
      where: { id: c.id },
      select: { status: true, closedAt: true, recommendation: true, outcome: true },
    });
    expect(row).toMatchObject({ status: "CLOSED", recommendation: "Set a default reply period.", outcome: "Guidance issued." });
    expect(row.closedAt).not.toBeNull();
    expect(await count()).toEqual({ category: "SYSTEMIC_ISSUE", opened: before.opened + 1, closed: before.closed + 1 });
    await expect(advisoryYearlyCounts({ actor: actors.norway! })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const audits = await prisma.auditEntry.count({ where: { entityId: c.id, action: { in: ["advisory.submit", "advisory.handle"] } } });
    expect(audits).toBe(3);
  });

  it("reads the Committee of the year in force: a seat of another year gives nothing, the notification follows the seats", async () => {
    const { submitAdvisoryCase } = await import("@/lib/advisory/submit-case");
    const { getAdvisoryCase } = await import("@/lib/advisory/find-cases");
    expect(actors.cosigner!.coordinationCommittee).toBe(true);
    expect(actors.holder!.coordinationCommittee).toBe(false); // seated in 2025 only
    const c = await submitAdvisoryCase({
      actor: actors.norway!,
      input: { category: "STATE_REFERRAL", title: "Seats of the year", description: "Which Committee handles this referral?" },
    });
    const told = await prisma.notification.findMany({ where: { recordId: c.id }, select: { userId: true } });
    expect(told.map((n) => n.userId)).toContain(actors.cosigner!.userId);
    expect(told.map((n) => n.userId)).not.toContain(actors.holder!.userId);
    const seated = await prisma.user.count({
      where: { role: "MANDATE_HOLDER", active: true, mandateHolder: { committeeMemberships: { some: { year: 2026 } } } },
    });
    expect(told.length).toBe(seated + (await prisma.user.count({ where: { role: "SECRETARIAT", active: true } })));

    // On 1 January (Geneva) the 2027 Committee sits: the co-signer has no seat there and handles nothing.
    try {
      await setNow(new Date("2026-12-31T23:30:00Z")); // 00:30 in Geneva
      const cosigner = await actorFor("cosigner@sp-portal.example");
      expect(cosigner.coordinationCommittee).toBe(false);
      await expect(getAdvisoryCase({ actor: cosigner, caseId: c.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await seat(actors.cosigner!.mandateHolderId!, 2027, true);
      expect((await getAdvisoryCase({ actor: await actorFor("cosigner@sp-portal.example"), caseId: c.id })).canHandle).toBe(true);
    } finally {
      await setNow(NOW);
    }
  });
});
