import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { genevaDate, GENEVA_TIME_ZONE } from "@/lib/core/geneva";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { seedDatabase } from "@/prisma/seed/index";
import { actorByEmail, closeIntegrationDatabase } from "../support/integration";

// R17 against a real PostgreSQL: one State per slot even when States book at the same instant.
let db: TestDatabase;
let prisma: PrismaClient;
const actors: Record<string, Actor> = {};
const DAY = 24 * 3_600_000;

const actorFor = (email: string) => actorByEmail(prisma, email);
const lib = async () => ({
  ...(await import("@/lib/office-hours/publish-slots")),
  ...(await import("@/lib/office-hours/book-slot")),
  ...(await import("@/lib/office-hours/delete-slot")),
  ...(await import("@/lib/office-hours/find-slots")),
  ...(await import("@/lib/core/clock")),
});

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_office" });
  Object.assign(process.env, { DATABASE_URL: db.connectionString, SP_TEST_CLOCK: "1", SP_DB_POOL: "10" });
  prisma = createPrismaClient(db.connectionString, 4);
  await seedDatabase(prisma, { communications: 10 });
  for (const [key, email] of Object.entries({
    holder: "holder@sp-portal.example",
    cosigner: "cosigner@sp-portal.example",
    norway: "state@sp-portal.example",
    brazil: "state2@sp-portal.example",
    secretariat: "secretariat@sp-portal.example",
  }))
    actors[key] = await actorFor(email);
});
afterAll(() => closeIntegrationDatabase({ db, prisma }));

/** A Geneva date some days ahead, as yyyy-mm-dd. */
async function dayAhead(days: number) {
  const { now } = await lib();
  return genevaDate(new Date(now().getTime() + days * DAY));
}

describe("publishing slots", () => {
  it("publishes consecutive slots in Geneva time and refuses overlaps and past times", async () => {
    const { publishSlots } = await lib();
    const date = await dayAhead(40);
    expect(
      await publishSlots({
        actor: actors.holder!,
        input: { date, time: "10:00", minutes: 30, count: 4, location: "Palais des Nations, Room XII" },
      }),
    ).toEqual({ count: 4 });
    await expect(
      publishSlots({ actor: actors.holder!, input: { date, time: "11:45", minutes: 30, count: 1, location: "Room XII" } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { time: ["officeHours.overlap"] } });
    // Back to back is fine; another holder may use the same hour.
    await publishSlots({ actor: actors.holder!, input: { date, time: "12:00", minutes: 30, count: 1, location: "Room XII" } });
    await publishSlots({ actor: actors.cosigner!, input: { date, time: "10:00", minutes: 30, count: 1, location: "Room XII" } });
    await expect(
      publishSlots({
        actor: actors.holder!,
        input: { date: await dayAhead(-1), time: "10:00", minutes: 30, count: 1, location: "Room XII" },
      }),
    ).rejects.toMatchObject({ fieldErrors: { date: ["officeHours.inPast"] } });
    await expect(
      publishSlots({ actor: actors.norway!, input: { date, time: "15:00", minutes: 30, count: 1, location: "Room XII" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const slots = await prisma.officeHourSlot.findMany({
      where: { mandateHolderId: actors.holder!.mandateHolderId!, location: "Palais des Nations, Room XII" },
      orderBy: { startsAt: "asc" },
    });
    const geneva = new Intl.DateTimeFormat("en-GB", { timeZone: GENEVA_TIME_ZONE, timeStyle: "short" });
    expect(slots.map((s) => geneva.format(s.startsAt))).toEqual(["10:00", "10:30", "11:00", "11:30"]);
    expect(await prisma.auditEntry.count({ where: { action: "office-hours.publish" } })).toBe(3);
  });
});

describe("booking (R17)", () => {
  it("of two States booking the same slot at the same instant, exactly one gets it — every time", async () => {
    const { publishSlots, bookSlot } = await lib();
    const date = await dayAhead(41);
    await publishSlots({ actor: actors.holder!, input: { date, time: "09:00", minutes: 15, count: 10, location: "Room race" } });
    const slots = await prisma.officeHourSlot.findMany({ where: { location: "Room race" }, select: { id: true } });
    expect(slots).toHaveLength(10);
    for (const slot of slots) {
      const results = await Promise.allSettled([
        bookSlot({ actor: actors.norway!, input: { slotId: slot.id, topic: "Visit request follow-up" } }),
        bookSlot({ actor: actors.brazil!, input: { slotId: slot.id, topic: null } }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(lost.reason).toMatchObject({ code: "CONFLICT", message: "officeHours.taken" });
      const winner = results[0]!.status === "fulfilled" ? actors.norway! : actors.brazil!;
      const row = await prisma.officeHourSlot.findUniqueOrThrow({ where: { id: slot.id } });
      expect(row).toMatchObject({ bookedByStateId: winner.stateId, bookedByUserId: winner.userId });
    }
    // One confirmation to the booking State and one to the holder per booking — none for the losers.
    const slotIds = slots.map((s) => s.id);
    expect(await prisma.auditEntry.count({ where: { action: "office-hours.book", entityId: { in: slotIds } } })).toBe(10);
    const mails = await prisma.outboxMessage.findMany({ where: { kind: "office-hours.booked" }, select: { toAddresses: true } });
    expect(mails.filter((m) => m.toAddresses.includes("holder@sp-portal.example")).length).toBeGreaterThanOrEqual(10);
  });

  it("many States racing for one slot: one wins", async () => {
    const { publishSlots, bookSlot } = await lib();
    await publishSlots({
      actor: actors.cosigner!,
      input: { date: await dayAhead(42), time: "16:00", minutes: 30, count: 1, location: "Room crowd" },
    });
    const slot = await prisma.officeHourSlot.findFirstOrThrow({ where: { location: "Room crowd" } });
    const states = await prisma.state.findMany({ where: { iso3: { in: ["FRA", "DEU", "JPN", "KEN", "CHL", "IND"] } } });
    const users = await Promise.all(
      states.map((s) =>
        prisma.user.create({
          data: {
            email: `mission.${s.iso3.toLowerCase()}@sp-portal.example`,
            name: `Mission ${s.iso3}`,
            passwordHash: "x",
            role: "STATE",
            stateId: s.id,
          },
        }),
      ),
    );
    const racers = await Promise.all(users.map((u) => actorFor(u.email)));
    const results = await Promise.allSettled(racers.map((actor) => bookSlot({ actor, input: { slotId: slot.id, topic: null } })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").every((r) => (r as PromiseRejectedResult).reason.code === "CONFLICT")).toBe(true);
  });

  it("a State cancels only its own booking; the slot is free again and both sides are told", async () => {
    const { publishSlots, bookSlot, cancelBooking, deleteSlot, findSlotsForState, findOwnSlots, now } = await lib();
    await publishSlots({
      actor: actors.holder!,
      input: { date: await dayAhead(43), time: "14:00", minutes: 30, count: 1, location: "Room cancel" },
    });
    const slot = await prisma.officeHourSlot.findFirstOrThrow({ where: { location: "Room cancel" } });
    await bookSlot({ actor: actors.norway!, input: { slotId: slot.id, topic: "Our national report" } });
    await expect(bookSlot({ actor: actors.norway!, input: { slotId: slot.id, topic: null } })).rejects.toMatchObject({
      message: "officeHours.alreadyYours",
    });

    // Brazil neither sees Norway's booking nor its topic, nor can it cancel it.
    const brazil = await findSlotsForState({ actor: actors.brazil!, now: now() });
    expect(brazil.available.map((s) => s.id)).not.toContain(slot.id);
    expect(JSON.stringify(brazil)).not.toContain("Our national report");
    await expect(cancelBooking({ actor: actors.brazil!, input: { slotId: slot.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The holder sees who booked it and why; the holder cannot delete a booked slot; another holder cannot touch it.
    const own = await findOwnSlots({ actor: actors.holder!, now: now() });
    expect(own.find((s) => s.id === slot.id)).toMatchObject({ bookingTopic: "Our national report", bookedByState: { nameEn: "Norway" } });
    await expect(deleteSlot({ actor: actors.holder!, input: { slotId: slot.id } })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(deleteSlot({ actor: actors.cosigner!, input: { slotId: slot.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });

    await cancelBooking({ actor: actors.norway!, input: { slotId: slot.id } });
    expect(await prisma.officeHourSlot.findUniqueOrThrow({ where: { id: slot.id } })).toMatchObject({
      bookedByStateId: null,
      bookingTopic: null,
      bookedAt: null,
    });
    const cancelled = await prisma.outboxMessage.findMany({ where: { kind: "office-hours.cancelled" } });
    expect(cancelled.map((m) => m.toAddresses[0]).sort()).toEqual(["holder@sp-portal.example", "state@sp-portal.example"]);
    expect(cancelled[0]!.textBody).toContain("(Geneva time)");
    // Now Brazil can have it; and the holder can withdraw a free slot.
    await bookSlot({ actor: actors.brazil!, input: { slotId: slot.id, topic: null } });
    await cancelBooking({ actor: actors.brazil!, input: { slotId: slot.id } });
    await deleteSlot({ actor: actors.holder!, input: { slotId: slot.id } });
    expect(await prisma.officeHourSlot.count({ where: { id: slot.id } })).toBe(0);
  });

  it("a slot that has started can be neither booked nor cancelled", async () => {
    const { publishSlots, bookSlot, setClockOffset } = await lib();
    await publishSlots({
      actor: actors.holder!,
      input: { date: await dayAhead(44), time: "10:00", minutes: 30, count: 1, location: "Room past" },
    });
    const slot = await prisma.officeHourSlot.findFirstOrThrow({ where: { location: "Room past" } });
    setClockOffset(50 * DAY);
    try {
      await expect(bookSlot({ actor: actors.norway!, input: { slotId: slot.id, topic: null } })).rejects.toMatchObject({
        code: "CONFLICT",
        message: "officeHours.past",
      });
    } finally {
      setClockOffset(0);
    }
  });
});
