import { describe, expect, it } from "vitest";
import { genevaInstantOf as genevaInstant } from "../core/geneva";
import { bookingDecision, cancellable, consecutiveSlots, overlaps, slotProblems } from "./rules";

const now = new Date("2026-06-10T08:00:00Z");

describe("office-hour slots (R17)", () => {
  it("reads the holder's Geneva wall-clock time, summer and winter", () => {
    expect(genevaInstant("2026-06-15", "10:30").toISOString()).toBe("2026-06-15T08:30:00.000Z");
    expect(genevaInstant("2026-12-15", "10:30").toISOString()).toBe("2026-12-15T09:30:00.000Z");
  });
  it("makes consecutive slots", () => {
    const slots = consecutiveSlots(new Date("2026-06-15T08:00:00Z"), 30, 3);
    expect(slots.map((s) => [s.startsAt.toISOString(), s.endsAt.toISOString()])).toEqual([
      ["2026-06-15T08:00:00.000Z", "2026-06-15T08:30:00.000Z"],
      ["2026-06-15T08:30:00.000Z", "2026-06-15T09:00:00.000Z"],
      ["2026-06-15T09:00:00.000Z", "2026-06-15T09:30:00.000Z"],
    ]);
  });
  it("refuses a slot in the past or of an odd length", () => {
    expect(slotProblems({ startsAt: new Date(now.getTime() - 1), endsAt: new Date(now.getTime() + 30 * 60_000) }, now)).toEqual({
      date: ["officeHours.inPast"],
    });
    expect(slotProblems({ startsAt: new Date(now.getTime() + 60_000), endsAt: new Date(now.getTime() + 5 * 60_000) }, now)).toEqual({
      minutes: ["officeHours.durationInvalid"],
    });
    expect(slotProblems({ startsAt: new Date(now.getTime() + 60_000), endsAt: new Date(now.getTime() + 31 * 60_000) }, now)).toEqual({});
  });
  it("detects overlaps; back-to-back slots do not overlap", () => {
    const a = { startsAt: new Date("2026-06-15T08:00:00Z"), endsAt: new Date("2026-06-15T08:30:00Z") };
    expect(overlaps(a, { startsAt: new Date("2026-06-15T08:30:00Z"), endsAt: new Date("2026-06-15T09:00:00Z") })).toBe(false);
    expect(overlaps(a, { startsAt: new Date("2026-06-15T08:29:00Z"), endsAt: new Date("2026-06-15T09:00:00Z") })).toBe(true);
  });
});

describe("bookingDecision: one State per slot (R17)", () => {
  const future = new Date(now.getTime() + 3_600_000);
  it.each([
    ["a free future slot", { startsAt: future, bookedByStateId: null }, "allowed"],
    ["a slot another State booked", { startsAt: future, bookedByStateId: "brazil" }, "taken"],
    ["a slot this State already booked", { startsAt: future, bookedByStateId: "norway" }, "own"],
    ["a free slot that has started", { startsAt: now, bookedByStateId: null }, "past"],
  ] as const)("%s → %s", (_l, slot, kind) => {
    expect(bookingDecision(slot, "norway", now).kind).toBe(kind);
  });
  it("two States in turn: the first gets the slot, the second finds it taken", () => {
    const slot = { startsAt: future, bookedByStateId: null as string | null };
    expect(bookingDecision(slot, "norway", now).kind).toBe("allowed");
    slot.bookedByStateId = "norway";
    expect(bookingDecision(slot, "brazil", now).kind).toBe("taken");
  });
  it("a booking is cancellable until the slot starts", () => {
    expect(cancellable({ startsAt: future }, now)).toBe(true);
    expect(cancellable({ startsAt: now }, now)).toBe(false);
  });
});
