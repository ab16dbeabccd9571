import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import { seedDatabase } from "@/prisma/seed/index";
import { closeIntegrationDatabase, DEMO_EMAILS, demoActors } from "../support/integration";

// Issue 13, item 8 — least knowledge, on a real PostgreSQL with the demo data:
// - the home page's public figures count public records only (a letter inside its reply period is
//   not public, nor its replies);
// - the addressee State sees the letter as sent: the signing mandates, not another mandate's
//   "Declined" and comment, nor the secretariat's review comment or internal dates.
let db: TestDatabase;
let prisma: PrismaClient;
let actors: Record<keyof typeof DEMO_EMAILS, Actor>;
const NOW = new Date();
const DAY = 86_400_000;
const DECLINE_MARKER = "Zqdeclinecomment5521";
const REVIEW_MARKER = "Zqreviewcomment7734";
let letterId = "";

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_leastknow" });
  Object.assign(process.env, { DATABASE_URL: db.connectionString });
  prisma = createPrismaClient(db.connectionString, 4);
  await seedDatabase(prisma, { communications: 120, now: NOW });
  actors = await demoActors(prisma);
  const sentAt = new Date(NOW.getTime() - 5 * DAY);
  const letter = await prisma.communication.create({
    data: {
      type: "AL",
      status: "SENT",
      reference: "AL NOR 901/2026",
      addresseeKind: "STATE",
      addresseeStateId: actors.norway.stateId!,
      subject: "Zqleast letter",
      summary: "Summary.",
      body: "Letter.",
      confidentialAnnex: "Annex.",
      reviewComment: REVIEW_MARKER,
      submittedAt: new Date(sentAt.getTime() - 2 * DAY),
      approvedAt: new Date(sentAt.getTime() - DAY),
      sentAt,
      replyDueAt: new Date(sentAt.getTime() + 60 * DAY),
      publicFrom: new Date(sentAt.getTime() + 60 * DAY),
      mandates: {
        create: [
          { mandateId: actors.holder.mandateIds[0]!, status: "LEAD" },
          { mandateId: actors.cosigner.mandateIds[0]!, status: "DECLINED", respondedAt: sentAt, comment: DECLINE_MARKER },
        ],
      },
    },
  });
  letterId = letter.id;
}, 300_000);

afterAll(() => closeIntegrationDatabase({ db, prisma }));

describe("public figures count public records only", () => {
  it("a letter inside its reply period, and its replies, are not counted", async () => {
    const { getHomeFigures } = await import("@/lib/statistics/get-home-figures");
    const { publicCommunicationScope } = await import("@/lib/communications/scope");
    const before = await getHomeFigures({ now: NOW });
    const published = publicCommunicationScope(NOW);
    expect(before.communications).toBe(await prisma.communication.count({ where: published }));
    expect(before.replies).toBe(await prisma.communicationReply.count({ where: { communication: published } }));
    // The demo data has sent letters still inside their reply period: they must not be in the figure.
    const sent = await prisma.communication.count({ where: { status: "SENT", sentAt: { lte: NOW } } });
    expect(sent).toBeGreaterThan(before.communications);

    await prisma.communicationReply.create({ data: { communicationId: letterId, receivedAt: NOW, language: "en", body: "Zqreply" } });
    const after = await getHomeFigures({ now: NOW });
    expect(after).toEqual(before);
    // Once its reply period is over, the letter and its reply are public, and counted.
    const later = new Date(NOW.getTime() + 61 * DAY);
    const then = await getHomeFigures({ now: later });
    expect(then.communications).toBe(await prisma.communication.count({ where: publicCommunicationScope(later) }));
    expect(then.replies).toBe(await prisma.communicationReply.count({ where: { communication: publicCommunicationScope(later) } }));
  });
});

describe("the addressee State sees the letter as sent", () => {
  it("without the signature workflow, review comment or internal dates", async () => {
    const { getCommunication } = await import("@/lib/communications/get-communication");
    const c = await getCommunication({ actor: actors.norway, communicationId: letterId });
    expect(c.mandates.map((m) => m.status)).toEqual(["LEAD"]);
    expect(c.mandates.every((m) => m.comment === null && m.respondedAt === null)).toBe(true);
    expect(c).toMatchObject({ reviewComment: null, submittedAt: null, approvedAt: null });
    const text = JSON.stringify(c);
    for (const marker of [DECLINE_MARKER, REVIEW_MARKER, "DECLINED", actors.cosigner.mandateIds[0]!]) expect(text).not.toContain(marker);
  });

  it("while the secretariat and the mandates' holders see the workflow", async () => {
    const { getCommunication } = await import("@/lib/communications/get-communication");
    for (const actor of [actors.secretariat, actors.holder, actors.cosigner]) {
      const c = await getCommunication({ actor, communicationId: letterId });
      expect(c.mandates.map((m) => m.status).sort()).toEqual(["DECLINED", "LEAD"]);
      expect(c.mandates.find((m) => m.status === "DECLINED")?.comment).toBe(DECLINE_MARKER);
      expect(c.reviewComment).toBe(REVIEW_MARKER);
    }
  });

  it("another State does not find the letter at all", async () => {
    const { getCommunication } = await import("@/lib/communications/get-communication");
    await expect(getCommunication({ actor: actors.brazil, communicationId: letterId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
