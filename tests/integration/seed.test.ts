// The seed against a real, freshly migrated database: reference data, demo accounts, sample
// communications (numbering, deadlines), determinism and idempotence.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import bcrypt from "bcryptjs";
import { createHash } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "../../lib/db/test-database";
import { createPrismaClient } from "../../lib/db/create-client";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { DEMO_ACCOUNTS, seedDatabase } from "../../prisma/seed/index";
import { MANDATES } from "../../prisma/seed/data/mandates";
import { committeeSeatsAt, onCommitteeAt } from "../../lib/auth/committee-seat";

const TOTAL = 120;
// Of the 120 sample communications, min(20, 120 / 10) = 12 are recent unsent ones (draft, in
// review, approved) without a reference; the other 108 were sent.
const UNSENT = 12;
const NOW = new Date("2026-11-23T12:00:00Z");
const OPTIONS = { communications: TOTAL, now: NOW, randomSeed: 20200310 };
const DAY = 86_400_000;

let db: TestDatabase;
let prisma: PrismaClient;
let firstCounts: Record<string, number>;

async function contentDigest(client: PrismaClient): Promise<string> {
  const comms = await client.communication.findMany({
    orderBy: { id: "asc" },
    select: {
      id: true,
      reference: true,
      subject: true,
      body: true,
      summary: true,
      confidentialAnnex: true,
      sentAt: true,
      status: true,
      addresseeState: { select: { iso3: true } },
    },
  });
  const replies = await client.communicationReply.findMany({
    orderBy: { id: "asc" },
    select: { id: true, body: true, receivedAt: true, language: true },
  });
  const visits = await client.visitRequest.findMany({
    orderBy: { id: "asc" },
    select: { id: true, status: true, requestedAt: true, purpose: true },
  });
  return createHash("sha256").update(JSON.stringify({ comms, replies, visits })).digest("hex");
}

describe("seedDatabase", () => {
  beforeAll(async () => {
    db = await createTestDatabase({ prefix: "sp_seed" });
    prisma = createPrismaClient(db.connectionString);
    const result = await seedDatabase(prisma, OPTIONS);
    expect(result.created).toBe(true);
    firstCounts = result.counts;
  }, 180_000);

  afterAll(async () => {
    await prisma?.$disconnect();
    await db?.drop();
  }, 60_000);

  it("creates the 193 member States and 2 observers with names in the six languages", async () => {
    expect(await prisma.state.count()).toBe(195);
    expect(await prisma.state.count({ where: { status: "MEMBER" } })).toBe(193);
    expect(await prisma.state.count({ where: { status: "OBSERVER" } })).toBe(2);
    const states = await prisma.state.findMany();
    for (const s of states) {
      expect(s.nameEn.length, s.iso3).toBeGreaterThan(0);
      expect(s.nameFr.length, s.iso3).toBeGreaterThan(0);
      expect(s.nameEs.length, s.iso3).toBeGreaterThan(0);
      for (const name of [s.nameAr, s.nameZh, s.nameRu]) expect(name, s.iso3).not.toBe(s.nameEn);
      expect(s.iso2).toMatch(/^[A-Z]{2}$/);
      expect(s.missionEmail).toBe(`mission.${s.iso3.toLowerCase()}@missions.example`);
    }
    const nor = states.find((s) => s.iso3 === "NOR")!;
    expect([nor.nameEn, nor.nameFr, nor.nameEs]).toEqual(["Norway", "Norvège", "Noruega"]);
    expect([nor.nameAr, nor.nameZh, nor.nameRu]).toEqual(["النرويج", "挪威", "Норвегия"]);
  });

  it("creates mandates, themes, settings and one current holder per mandate", async () => {
    expect(await prisma.mandate.count()).toBe(MANDATES.length);
    expect(await prisma.mandate.count({ where: { kind: "COUNTRY", countryId: null } })).toBe(0);
    const settings = Object.fromEntries((await prisma.setting.findMany()).map((s) => [s.key, s.value]));
    expect(settings["communications.replyPeriodDays"]).toBe(60);
    expect(settings["questionnaires.maxQuestions"]).toBe(10);
    // The canton's public holidays come from its calendar; the setting adds the UN Office's closures.
    expect(settings.businessHours).toMatchObject({ publicHolidays: "CH-GE", holidays: ["--12-26"] });
    const current = await prisma.mandateTenure.groupBy({ by: ["mandateId"], where: { endDate: null }, _count: true });
    expect(current).toHaveLength(MANDATES.length);
    // This year's Coordination Committee: six seats, one Chair, one Rapporteur; the demo co-signer sits
    // on it, the demo holder does not (README).
    const seats = await prisma.committeeMembership.findMany({ where: committeeSeatsAt(NOW), select: { role: true } });
    expect(seats.map((s) => s.role).sort()).toEqual(["CHAIR", "MEMBER", "MEMBER", "MEMBER", "MEMBER", "RAPPORTEUR"]);
    const committee = async (email: string) => (await prisma.user.count({ where: { email, mandateHolder: onCommitteeAt(NOW) } })) === 1;
    expect(await committee("cosigner@sp-portal.example")).toBe(true);
    expect(await committee("holder@sp-portal.example")).toBe(false);
    expect(await prisma.mandateTenure.count({ where: { endDate: { not: null } } })).toBeGreaterThan(0);
  });

  it("creates the demo accounts with their roles, bindings and passwords", async () => {
    expect(DEMO_ACCOUNTS).toHaveLength(8);
    for (const account of DEMO_ACCOUNTS) {
      const user = await prisma.user.findUnique({
        where: { email: account.email },
        include: { state: true, mandateHolder: { include: { tenures: { where: { endDate: null }, include: { mandate: true } } } } },
      });
      expect(user, account.email).not.toBeNull();
      expect(user!.role).toBe(account.role);
      expect(await bcrypt.compare(account.password, user!.passwordHash)).toBe(true);
      const mandateSlug = user!.mandateHolder?.tenures[0]?.mandate.slug ?? null;
      switch (account.email) {
        case "holder@sp-portal.example":
          expect(mandateSlug).toBe("hr-defenders");
          break;
        case "cosigner@sp-portal.example":
          expect(mandateSlug).toBe("freedom-of-expression");
          break;
        case "state@sp-portal.example":
          expect(user!.state?.iso3).toBe("NOR");
          break;
        case "state2@sp-portal.example":
          expect(user!.state?.iso3).toBe("BRA");
          break;
        case "civil@sp-portal.example": {
          expect(user!.organisation).toBe("Example Human Rights Network");
          // Issue 17, item 3: an approved organisation account, which it administers.
          const org = await prisma.organisation.findUniqueOrThrow({ where: { id: user!.organisationId! } });
          expect([org.name, org.status, user!.organisationAdmin]).toEqual(["Example Human Rights Network", "APPROVED", true]);
          break;
        }
        default:
          expect(user!.stateId).toBeNull();
          expect(user!.mandateHolderId).toBeNull();
      }
    }
  });

  it("creates the requested number of sample communications, sent and unsent", async () => {
    expect(await prisma.communication.count({ where: { sample: true } })).toBe(TOTAL);
    expect(await prisma.communication.count({ where: { sample: true, status: "SENT" } })).toBe(TOTAL - UNSENT);
    expect(
      await prisma.communication.count({ where: { sample: true, status: { in: ["DRAFT", "IN_REVIEW", "APPROVED"] }, reference: null } }),
    ).toBe(UNSENT);
    expect(await prisma.communication.count({ where: { NOT: { subject: { startsWith: "[Sample] " } } } })).toBe(0);
    // The joint communication in review to which the co-signer's mandate is invited.
    const invited = await prisma.communication.count({
      where: { status: "IN_REVIEW", mandates: { some: { status: "INVITED", mandate: { slug: "freedom-of-expression" } } } },
    });
    expect(invited).toBeGreaterThanOrEqual(1);
    expect(await prisma.communication.count({ where: { draftedBy: { email: "holder@sp-portal.example" } } })).toBeGreaterThanOrEqual(1);
  });

  it("numbers references consecutively per code and year, in sending order", async () => {
    const sent = await prisma.communication.findMany({ where: { status: "SENT" }, orderBy: [{ sentAt: "asc" }, { id: "asc" }] });
    const refs = sent.map((c) => c.reference);
    expect(new Set(refs).size).toBe(refs.length);
    const byKey = new Map<string, number[]>();
    for (const c of sent) {
      expect(c.reference).toBe(`${c.type} ${c.referenceCode} ${c.referenceNumber}/${c.referenceYear}`);
      expect(c.referenceCode).toEqual(c.addresseeKind === "STATE" ? expect.stringMatching(/^[A-Z]{3}$/) : "OTH");
      expect(c.referenceYear).toBe(c.sentAt!.getUTCFullYear());
      const key = `${c.referenceCode}|${c.referenceYear}`;
      byKey.set(key, [...(byKey.get(key) ?? []), c.referenceNumber!]);
    }
    for (const [key, numbers] of byKey) expect(numbers, key).toEqual(numbers.map((_, i) => i + 1));
  });

  it("sets the reply deadline 60 days after sending, and publication by the rule each letter was sent under (R5)", async () => {
    const { publicationInstant } = await import("../../lib/communications/rules");
    const sent = await prisma.communication.findMany({ where: { status: "SENT" }, include: { replies: { select: { receivedAt: true } } } });
    let publishedByReply = 0;
    for (const c of sent) {
      expect(c.sentAt!.getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect(c.replyDueAt!.getTime() - c.sentAt!.getTime()).toBe(60 * DAY);
      // The setting's default: a reply before the deadline published the letter with it.
      expect(c.publishRepliesOnReceipt).toBe(true);
      expect(c.publicFrom).toEqual(publicationInstant({ replyDueAt: c.replyDueAt!, publishRepliesOnReceipt: true, replies: c.replies }));
      if (c.publicFrom! < c.replyDueAt!) publishedByReply++;
    }
    expect(publishedByReply).toBeGreaterThan(0);
    const lateReplies = await prisma.communicationReply.count({ where: { receivedAt: { gt: NOW } } });
    expect(lateReplies).toBe(0);
  });

  it("sends non-urgent communications within Geneva business hours, holidays included (R1)", async () => {
    const { isOpen, parseBusinessHours } = await import("@/lib/platform/business-hours");
    const setting = await prisma.setting.findUniqueOrThrow({ where: { key: "businessHours" } });
    const bh = parseBusinessHours(setting.value);
    expect(bh.holidays).toEqual(["--12-26"]); // the stored setting, not the default
    const sent = await prisma.communication.findMany({ where: { status: "SENT", urgent: false } });
    expect(sent.length).toBeGreaterThan(0);
    const outside = sent.filter((c) => !isOpen(c.sentAt!, bh)).map((c) => `${c.reference} ${c.sentAt!.toISOString()}`);
    expect(outside).toEqual([]);
    expect(await prisma.communication.count({ where: { type: "UA", urgent: false } })).toBe(0);
  });

  it("gives each published report a PDF in one or more official languages, stored as uploads are (R19)", async () => {
    const reports = await prisma.report.findMany({
      select: {
        id: true,
        symbol: true,
        publishedAt: true,
        documents: { select: { language: true, storageKey: true, sha256: true, size: true } },
      },
    });
    const published = reports.filter((r) => r.publishedAt && r.publishedAt <= NOW);
    expect(published.length).toBeGreaterThan(5);
    for (const r of reports) {
      if (!published.includes(r)) expect(r.documents, r.symbol).toEqual([]);
      else
        expect(
          r.documents.map((d) => d.language),
          r.symbol,
        ).toContain("en");
    }
    const documents = published.flatMap((r) => r.documents);
    expect(new Set(documents.map((d) => d.language))).toEqual(new Set(["ar", "zh", "en", "fr", "ru", "es"]));
    const stored = await prisma.storedFile.findMany({ where: { key: { in: documents.map((d) => d.storageKey) } } });
    expect(stored).toHaveLength(documents.length);
    for (const d of documents) {
      const bytes = Buffer.from(stored.find((f) => f.key === d.storageKey)!.bytes);
      expect(bytes.subarray(0, 8).toString("latin1")).toBe("%PDF-1.4");
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(d.sha256);
      expect(bytes.length).toBe(d.size);
    }
  });

  it("produces identical content from the same options in another database", async () => {
    const other = await createTestDatabase({ prefix: "sp_seed_twin" });
    const twin = createPrismaClient(other.connectionString);
    try {
      await seedDatabase(twin, OPTIONS);
      expect(await contentDigest(twin)).toBe(await contentDigest(prisma));
    } finally {
      await twin.$disconnect();
      await other.drop();
    }
  }, 180_000);

  it("changes nothing when run again", async () => {
    const again = await seedDatabase(prisma, { ...OPTIONS, now: new Date(NOW.getTime() + 3 * DAY) });
    expect(again.created).toBe(false);
    expect(again.counts).toEqual(firstCounts);
    for (const [table, count] of Object.entries(firstCounts)) {
      // Rows made by people using the portal, not by the seed.
      if (
        ![
          "AuditEntry",
          "Attachment",
          "OutboxMessage",
          "PressRelease",
          "StateFocalPoint",
          "CommunicationRead",
          "RateLimitCounter",
          "UserSession",
          "UserInvitation",
          "RoleGrantRequest",
          "RecoveryCode",
          "TotpUsedStep",
          "Passkey",
          "WebAuthnChallenge",
          "StoredFile",
          "CaseSubmissionCommunication",
          "Notification",
          "NotificationPreference",
          "NotificationDigest",
          "ProactiveInformationRequest",
          "ProactiveInformationRequestMandate",
        ].includes(table)
      ) {
        expect(count, table).toBeGreaterThan(0);
      }
    }
  }, 120_000);
});
