import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { seedDatabase } from "@/prisma/seed/index";
import { closeIntegrationDatabase } from "../support/integration";

// R16 on a seeded PostgreSQL: reminders and follow-up letters go through the outbox, so R1 (Geneva
// business hours) and R2 (focal point copied) apply. Each test reads only the mail of its own letters:
// a run at a later date also sends follow-ups to the letters of earlier tests, as it should.
const DAY = 86_400_000;
const WEDNESDAY = new Date("2026-03-18T10:00:00Z"); // 11:00 in Geneva
const SATURDAY = new Date("2026-06-13T09:00:00Z"); // 11:00 in Geneva
const MONDAY_OPENING = new Date("2026-06-15T07:00:00Z"); // 09:00 CEST
const plus = (at: Date, days: number) => new Date(at.getTime() + days * DAY);
const KINDS = ["communication.reminder", "communication.follow-up"];

let db: TestDatabase;
let prisma: PrismaClient;
const actors: Record<string, Actor> = {};
let lib: {
  runFollowUp: typeof import("@/lib/follow-up/run-follow-up").runFollowUp;
  findFollowUp: typeof import("@/lib/follow-up/find-follow-up").findFollowUp;
  findFollowUpHistory: typeof import("@/lib/follow-up/find-follow-up-history").findFollowUpHistory;
};

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_followup" });
  Object.assign(process.env, { DATABASE_URL: db.connectionString, SP_TEST_CLOCK: "1" });
  prisma = createPrismaClient(db.connectionString, 4);
  await seedDatabase(prisma, { communications: 40 });
  const { loadActor } = await import("@/lib/auth/load-actor");
  for (const [key, email] of Object.entries({ secretariat: "secretariat@sp-portal.example", holder: "holder@sp-portal.example" })) {
    actors[key] = (await loadActor((await prisma.user.findUniqueOrThrow({ where: { email } })).id))!;
  }
  const nor = await prisma.state.findUniqueOrThrow({ where: { iso3: "NOR" } });
  await prisma.stateFocalPoint.updateMany({ where: { stateId: nor.id }, data: { active: false } });
  await prisma.stateFocalPoint.create({ data: { stateId: nor.id, name: "Kari Nordmann", email: "focal.point@norway.example" } });
  lib = {
    ...(await import("@/lib/follow-up/run-follow-up")),
    ...(await import("@/lib/follow-up/find-follow-up")),
    ...(await import("@/lib/follow-up/find-follow-up-history")),
  };
});
afterAll(() => closeIntegrationDatabase({ db, prisma }));

let number = 0;
/** A letter dispatched 60 days before `replyDueAt` (created directly, as dispatch would leave it). */
async function sentLetter(opts: { replyDueAt: Date; copies?: string[]; otherActorEmail?: string | null; replied?: boolean }) {
  const n = ++number;
  const nor = await prisma.state.findUniqueOrThrow({ where: { iso3: "NOR" } });
  const copies = await prisma.state.findMany({ where: { iso3: { in: opts.copies ?? [] } }, select: { id: true } });
  const actor =
    opts.otherActorEmail !== undefined
      ? await prisma.otherActor.create({ data: { name: `Follow-up Test Company ${n}`, kind: "BUSINESS", email: opts.otherActorEmail } })
      : null;
  const code = actor ? "OTH" : "NOR";
  const sentAt = plus(opts.replyDueAt, -60);
  const c = await prisma.communication.create({
    data: {
      type: "AL",
      status: "SENT",
      reference: `AL ${code} ${n}/2090`,
      referenceCode: code,
      referenceYear: 2090,
      referenceNumber: n,
      addresseeKind: actor ? "OTHER_ACTOR" : "STATE",
      addresseeStateId: actor ? null : nor.id,
      addresseeOtherActorId: actor?.id ?? null,
      subject: `Follow-up letter ${n}`,
      summary: "A summary long enough.",
      body: "Body ".repeat(40),
      sentAt,
      replyDueAt: opts.replyDueAt,
      publicFrom: opts.replyDueAt,
      mandates: { create: { mandateId: actors.holder!.mandateIds[0]!, status: "LEAD" } },
      copies: { create: copies.map((s) => ({ stateId: s.id })) },
    },
    select: { id: true, reference: true },
  });
  if (opts.replied) {
    await prisma.communicationReply.create({
      data: { communicationId: c.id, receivedAt: plus(sentAt, 5), language: "en", body: "The Government replies." },
    });
  }
  return c;
}

const mailOf = (communicationId: string) =>
  prisma.outboxMessage.findMany({ where: { communicationId, kind: { in: KINDS } }, orderBy: { createdAt: "asc" } });

describe("reminders (R16)", () => {
  it("sends one reminder 10 days before the deadline, to the mission, its focal point and the copied State (R2)", async () => {
    const letter = await sentLetter({ replyDueAt: plus(WEDNESDAY, 10), copies: ["BRA"] });
    await lib.runFollowUp({ now: plus(WEDNESDAY, -5) }); // 15 days before: too early
    expect(await mailOf(letter.id)).toHaveLength(0);

    const first = await lib.runFollowUp({ now: WEDNESDAY });
    expect(first.reminders).toBeGreaterThanOrEqual(1);
    const [mail, ...more] = await mailOf(letter.id);
    expect(more).toHaveLength(0);
    expect(mail).toMatchObject({
      kind: "communication.reminder",
      status: "PENDING",
      urgent: false,
      subject: `Reminder: ${letter.reference} — Follow-up letter ${number}`,
    });
    expect(mail!.toAddresses).toEqual(["mission.nor@missions.example"]);
    expect(mail!.ccAddresses).toEqual(expect.arrayContaining(["focal.point@norway.example", "mission.bra@missions.example"]));
    expect(mail!.textBody).toContain(letter.reference!);
    expect(mail!.textBody).toContain("(Geneva time)");
    expect(mail!.textBody).toContain(`/portal/state/communications/${letter.id}`);

    expect(await lib.runFollowUp({ now: WEDNESDAY })).toEqual({ reminders: 0, followUps: 0, skipped: 0, failed: 0 });
    await lib.runFollowUp({ now: plus(WEDNESDAY, 5) });
    expect(await mailOf(letter.id)).toHaveLength(1);

    const audit = await prisma.auditEntry.findMany({ where: { entityId: letter.id, action: "communication.reminder" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: null,
      entityType: "Communication",
      after: expect.objectContaining({ outboxMessageId: mail!.id }),
    });
  });

  it("queues one reminder when two runs meet at the same instant", async () => {
    const now = plus(WEDNESDAY, 7);
    const letter = await sentLetter({ replyDueAt: plus(now, 10) });
    const [a, b] = await Promise.all([lib.runFollowUp({ now }), lib.runFollowUp({ now })]);
    expect(await mailOf(letter.id)).toHaveLength(1);
    expect(a.reminders + b.reminders).toBe(1);
    expect(a.failed + b.failed).toBe(0);
  });

  it("sends nothing once a reply has come, neither a reminder nor a follow-up letter", async () => {
    const letter = await sentLetter({ replyDueAt: plus(WEDNESDAY, 10), replied: true });
    await lib.runFollowUp({ now: WEDNESDAY });
    await lib.runFollowUp({ now: plus(WEDNESDAY, 20) });
    expect(await mailOf(letter.id)).toHaveLength(0);
  });

  it("sends nothing to an other actor without an email, nor for the seed's sample letters", async () => {
    const silent = await sentLetter({ replyDueAt: plus(WEDNESDAY, 10), otherActorEmail: null });
    const mailed = await sentLetter({ replyDueAt: plus(WEDNESDAY, 10), otherActorEmail: "legal@company.example" });
    await lib.runFollowUp({ now: WEDNESDAY });
    expect(await mailOf(silent.id)).toHaveLength(0);
    expect((await mailOf(mailed.id)).map((m) => m.toAddresses)).toEqual([["legal@company.example"]]);
    const unansweredSamples = await prisma.communication.count({
      where: { sample: true, status: "SENT", replies: { none: {} }, replyDueAt: { lt: WEDNESDAY } },
    });
    expect(unansweredSamples, "the seed has unanswered sample letters, which must be left alone").toBeGreaterThan(0);
    expect(await prisma.outboxMessage.count({ where: { kind: { in: KINDS }, communication: { sample: true } } })).toBe(0);
  });
});

describe("follow-up letters (R16)", () => {
  it("sends one 8 days after the deadline, a second only 30 days later, and no third", async () => {
    const first = new Date("2026-04-15T10:00:00Z"); // a Wednesday
    const letter = await sentLetter({ replyDueAt: plus(first, -8) });
    await lib.runFollowUp({ now: plus(first, -2) }); // 6 days after the deadline
    expect((await mailOf(letter.id)).filter((m) => m.kind === "communication.follow-up")).toHaveLength(0);

    await lib.runFollowUp({ now: first, actor: actors.secretariat });
    await lib.runFollowUp({ now: plus(first, 29) });
    let followUps = (await mailOf(letter.id)).filter((m) => m.kind === "communication.follow-up");
    expect(followUps).toHaveLength(1);
    expect(followUps[0]!.subject).toBe(`Follow-up: ${letter.reference} — Follow-up letter ${number}`);
    expect(followUps[0]!.ccAddresses).toContain("focal.point@norway.example");

    await lib.runFollowUp({ now: plus(first, 30) });
    await lib.runFollowUp({ now: plus(first, 60) });
    await lib.runFollowUp({ now: plus(first, 200) });
    followUps = (await mailOf(letter.id)).filter((m) => m.kind === "communication.follow-up");
    expect(followUps.map((m) => m.createdAt)).toEqual([first, plus(first, 30)]);

    const audit = await prisma.auditEntry.findMany({
      where: { entityId: letter.id, action: "communication.follow-up" },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => a.actorId)).toEqual([actors.secretariat!.userId, null]);
    expect(audit.map((a) => (a.after as { followUpNumber: number }).followUpNumber)).toEqual([1, 2]);

    const history = await lib.findFollowUpHistory({ communicationId: letter.id });
    expect(history.filter((h) => h.kind === "follow-up").map((h) => h.createdAt)).toEqual([first, plus(first, 30)]);
    expect(await lib.findFollowUpHistory({ communicationId: "not-a-uuid" })).toEqual([]);
  });

  it("holds a reminder queued on a Saturday until Monday's opening (R1)", async () => {
    const letter = await sentLetter({ replyDueAt: plus(SATURDAY, 10) });
    await lib.runFollowUp({ now: SATURDAY });
    const [mail] = await mailOf(letter.id);
    expect(mail).toMatchObject({ status: "HELD", heldReason: "outside-business-hours", notBefore: MONDAY_OPENING });
  });

  it("handles at most `limit` letters per run; the next run takes the rest", async () => {
    const now = new Date("2026-09-16T10:00:00Z"); // a Wednesday
    await lib.runFollowUp({ now }); // whatever earlier tests left due
    const letters = [await sentLetter({ replyDueAt: plus(now, 3) }), await sentLetter({ replyDueAt: plus(now, 4) })];
    expect(await lib.runFollowUp({ now, limit: 1 })).toMatchObject({ reminders: 1 });
    expect(await mailOf(letters[0]!.id)).toHaveLength(1);
    expect(await lib.runFollowUp({ now, limit: 1 })).toMatchObject({ reminders: 1 });
    expect(await mailOf(letters[1]!.id)).toHaveLength(1);
  });
});

describe("the secretariat's view", () => {
  it("lists what was queued, newest first, and what is due now; runs only with communication:dispatch", async () => {
    const letter = await sentLetter({ replyDueAt: new Date(Date.now() + 10 * DAY) });
    const before = await lib.findFollowUp({ actor: actors.secretariat!, page: 1 });
    expect(before.due.reminders).toBeGreaterThanOrEqual(1);

    await expect(lib.runFollowUp({ now: new Date(), actor: actors.holder })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(lib.findFollowUp({ actor: actors.holder!, page: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const now = new Date();
    await lib.runFollowUp({ now, actor: actors.secretariat });

    const after = await lib.findFollowUp({ actor: actors.secretariat!, page: 1 });
    expect(after.due).toEqual({ reminders: 0, followUps: 0 });
    expect(after.total).toBe(before.total + before.due.reminders + before.due.followUps);
    expect(after.rows[0]!.createdAt).toEqual(now);
    expect(after.rows.find((r) => r.communication.id === letter.id)).toMatchObject({
      kind: "reminder",
      communication: { reference: letter.reference },
    });
    const times = after.rows.map((r) => r.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});
