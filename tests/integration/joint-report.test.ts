import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CommunicationType } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { seedDatabase } from "@/prisma/seed/index";
import { closeIntegrationDatabase } from "../support/integration";

// The joint communications report on a seeded PostgreSQL, at the Geneva-midnight edges of its windows.
// The letters are dated 2010, years before anything the seed makes, so the report of the March 2011
// session ("2011-03": sent 1 June – 30 November 2010, replies 1 August 2010 – 31 January 2011) holds
// only them. Geneva midnight is 22:00Z in summer (CEST) and 23:00Z in winter (CET).
const JUNE_1 = new Date("2010-05-31T22:00:00Z");
const AUGUST_1 = new Date("2010-07-31T22:00:00Z");
const DECEMBER_1 = new Date("2010-11-30T23:00:00Z");
const FEBRUARY_1 = new Date("2011-01-31T23:00:00Z");
const before = (at: Date) => new Date(at.getTime() - 1000);

let db: TestDatabase;
let prisma: PrismaClient;
const actors: Record<string, Actor> = {};
let getJointReport: typeof import("@/lib/joint-report/get-joint-report").getJointReport;

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_jointreport" });
  Object.assign(process.env, { DATABASE_URL: db.connectionString, SP_TEST_CLOCK: "1" });
  prisma = createPrismaClient(db.connectionString, 4);
  await seedDatabase(prisma, { communications: 40 });
  const { loadActor } = await import("@/lib/auth/load-actor");
  for (const [key, email] of Object.entries({
    secretariat: "secretariat@sp-portal.example",
    holder: "holder@sp-portal.example",
    state: "state@sp-portal.example",
  })) {
    actors[key] = (await loadActor((await prisma.user.findUniqueOrThrow({ where: { email } })).id))!;
  }
  ({ getJointReport } = await import("@/lib/joint-report/get-joint-report"));
  await createLetters();
});
afterAll(() => closeIntegrationDatabase({ db, prisma }));

let number = 9000;
const ids: Record<string, string> = {};
const refs: Record<string, string> = {};
/** A letter as dispatch leaves it, with its replies at the given instants. */
async function letter(key: string, opts: { to: "NOR" | "BRA" | "OTH"; type?: CommunicationType; sentAt: Date; replies?: Date[] }) {
  const n = ++number;
  const type = opts.type ?? "AL";
  const state = opts.to === "OTH" ? null : await prisma.state.findUniqueOrThrow({ where: { iso3: opts.to } });
  const other = state
    ? null
    : await prisma.otherActor.create({ data: { name: `Joint Report Company ${n}`, kind: "BUSINESS", email: null } });
  const c = await prisma.communication.create({
    data: {
      type,
      status: "SENT",
      reference: `${type} ${opts.to} ${n}/2010`,
      referenceCode: opts.to,
      referenceYear: 2010,
      referenceNumber: n,
      addresseeKind: state ? "STATE" : "OTHER_ACTOR",
      addresseeStateId: state?.id ?? null,
      addresseeOtherActorId: other?.id ?? null,
      subject: `Joint report letter ${key}`,
      summary: "A summary long enough.",
      body: "Body ".repeat(40),
      sentAt: opts.sentAt,
      replyDueAt: new Date(opts.sentAt.getTime() + 60 * 86_400_000),
      publicFrom: new Date(opts.sentAt.getTime() + 60 * 86_400_000),
      mandates: { create: { mandateId: actors.holder!.mandateIds[0]!, status: "LEAD" } },
      replies: { create: (opts.replies ?? []).map((receivedAt) => ({ receivedAt, language: "en", body: "The Government replies." })) },
    },
    select: { id: true, reference: true },
  });
  ids[key] = c.id;
  refs[key] = c.reference!;
}

async function outbox(key: string, kind: string, createdAt: Date) {
  await prisma.outboxMessage.create({
    data: {
      communicationId: ids[key]!,
      kind,
      createdAt,
      notBefore: createdAt,
      toAddresses: ["mission.nor@missions.example"],
      ccAddresses: [],
      subject: kind,
      textBody: kind,
    },
  });
}

async function createLetters() {
  // Sent before the window: replies at the replies window's edges, or none.
  await letter("repliedAtOpening", { to: "NOR", sentAt: before(JUNE_1), replies: [AUGUST_1] });
  await letter("repliedAtClose", { to: "NOR", sentAt: new Date("2010-03-10T10:00:00Z"), replies: [FEBRUARY_1] });
  await letter("silentNor", { to: "NOR", sentAt: new Date("2010-04-10T10:00:00Z") });
  await letter("repliedEarly", { to: "BRA", sentAt: new Date("2010-04-10T10:00:00Z"), replies: [before(AUGUST_1)] });
  await letter("silentBra", { to: "BRA", sentAt: new Date("2010-05-10T10:00:00Z") });
  await letter("silentOther", { to: "OTH", sentAt: new Date("2010-05-12T10:00:00Z") });
  // Sent in the window, at its edges, and just after it.
  await letter("first", { to: "NOR", sentAt: JUNE_1, replies: [new Date("2010-06-20T10:00:00Z")] });
  await letter("middle", { to: "OTH", sentAt: new Date("2010-09-01T10:00:00Z") });
  await letter("last", { to: "BRA", type: "UA", sentAt: before(DECEMBER_1), replies: [before(FEBRUARY_1)] });
  await letter("after", { to: "NOR", type: "OL", sentAt: DECEMBER_1 });
  // R16: reminders and follow-up letters, by when they were queued; other mail is not one.
  await outbox("silentNor", "communication.reminder", JUNE_1);
  await outbox("silentNor", "communication.follow-up", before(DECEMBER_1));
  await outbox("silentNor", "communication.follow-up", DECEMBER_1);
  await outbox("silentBra", "communication.follow-up", before(JUNE_1));
  await outbox("middle", "communication", new Date("2010-09-01T10:00:00Z"));
}

describe("the report of the March 2011 session", () => {
  it("lists the communications sent in the window, to the Geneva second, and whether each was answered", async () => {
    const report = await getJointReport({ actor: actors.secretariat!, periodId: "2011-03" });
    expect(report.period).toMatchObject({ sentFrom: JUNE_1, sentTo: DECEMBER_1, repliesFrom: AUGUST_1, repliesTo: FEBRUARY_1 });
    expect(report.sent.map((c) => c.reference)).toEqual([refs.first, refs.middle, refs.last]);
    const byRef = new Map(report.sent.map((c) => [c.reference, c]));
    expect(byRef.get(refs.first!)?.repliedAt).toEqual(new Date("2010-06-20T10:00:00Z")); // before the replies window: still answered
    expect(byRef.get(refs.middle!)?.repliedAt).toBeNull();
    expect(byRef.get(refs.last!)?.repliedAt).toEqual(before(FEBRUARY_1));
    expect(byRef.get(refs.first!)?.mandates).toHaveLength(1);
    expect(byRef.get(refs.first!)?.addresseeState?.nameEn).toBe("Norway");
    expect(report.totals).toEqual({
      sent: 3,
      byType: { AL: 2, UA: 1, OL: 0 },
      toStates: 2,
      toOtherActors: 1,
      answered: 2,
      replyRate: 2 / 3,
      earlierReplies: 1,
      followUps: 2,
      outstanding: 4,
    });
  });

  it("lists the replies received in the replies window to earlier communications", async () => {
    const report = await getJointReport({ actor: actors.secretariat!, periodId: "2011-03" });
    expect(report.earlierReplies.map((r) => [r.communication.reference, r.receivedAt])).toEqual([[refs.repliedAtOpening, AUGUST_1]]);
  });

  it("shows the reminders and follow-up letters queued in the sent window (R16)", async () => {
    const report = await getJointReport({ actor: actors.secretariat!, periodId: "2011-03" });
    expect(report.followUps.map((m) => [m.kind, m.communication.reference, m.createdAt])).toEqual([
      ["reminder", refs.silentNor, JUNE_1],
      ["follow-up", refs.silentNor, before(DECEMBER_1)],
    ]);
  });

  it("counts the outstanding communications per State (R7)", async () => {
    const report = await getJointReport({ actor: actors.secretariat!, periodId: "2011-03" });
    expect(report.outstanding.perState.map((s) => [s.state.iso3, s.count, s.oldestSentAt])).toEqual([
      ["NOR", 2, new Date("2010-03-10T10:00:00Z")],
      ["BRA", 1, new Date("2010-05-10T10:00:00Z")],
    ]);
    expect(report.outstanding).toMatchObject({ otherActors: 1, total: 4 });
  });
});

describe("the next report, of the June 2011 session", () => {
  it("takes up where the previous one ended", async () => {
    const report = await getJointReport({ actor: actors.secretariat!, periodId: "2011-06" });
    expect(report.sent.map((c) => c.reference)).toEqual([refs.after]);
    // A reply at the previous replies window's close belongs to this one, and clears the letter.
    expect(report.earlierReplies.map((r) => r.communication.reference)).toEqual([refs.repliedAtClose]);
    expect(report.followUps.map((m) => [m.kind, m.createdAt])).toEqual([["follow-up", DECEMBER_1]]);
    expect(report.outstanding.perState.map((s) => [s.state.iso3, s.count])).toEqual([
      ["BRA", 1],
      ["NOR", 1],
    ]);
    expect(report.outstanding).toMatchObject({ otherActors: 2, total: 4 });
    expect(report.totals).toMatchObject({ sent: 1, byType: { AL: 0, UA: 0, OL: 1 }, answered: 0, replyRate: 0 });
  });
});

describe("access", () => {
  it("is for the secretariat only, and knows only real periods", async () => {
    for (const refused of [actors.holder!, actors.state!]) {
      await expect(getJointReport({ actor: refused, periodId: "2011-03" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(getJointReport({ actor: null, periodId: "2011-03" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(getJointReport({ actor: actors.secretariat!, periodId: "2011-04" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("reports on the seed's own letters, sample or not", async () => {
    const { recentPeriods } = await import("@/lib/joint-report/periods");
    let samples = 0;
    for (const period of recentPeriods(new Date(), 3)) {
      const report = await getJointReport({ actor: actors.secretariat!, periodId: period.id });
      const inWindow = { status: "SENT" as const, sentAt: { gte: period.sentFrom, lt: period.sentTo } };
      expect(report.totals.sent).toBe(await prisma.communication.count({ where: inWindow }));
      samples += await prisma.communication.count({ where: { ...inWindow, sample: true } });
    }
    expect(samples, "the seed's sample letters are in the recent reports").toBeGreaterThan(0);
  });
});
