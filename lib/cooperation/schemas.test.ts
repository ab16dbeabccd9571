import { describe, expect, it } from "vitest";
import { z } from "zod";
import { proactiveOutcomeSchema, proactiveRequestSchema } from "./schemas";
import { assertNotFuture } from "./dates";

const STATE = "00000000-0000-4000-8000-00000000000a";
const M1 = "00000000-0000-4000-8000-0000000000a1";
const M2 = "00000000-0000-4000-8000-0000000000b1";
const ok = { stateId: STATE, mandateIds: M1, requestedOn: "2026-03-02", subject: "Figures on detention" };
const errors = (input: unknown) => {
  const r = proactiveRequestSchema.safeParse(input);
  return r.success ? {} : z.flattenError(r.error).fieldErrors;
};

describe("a proactive request's form (R21)", () => {
  it("takes one mandate or several, and an outcome that is left empty", () => {
    expect(proactiveRequestSchema.parse(ok)).toEqual({
      stateId: STATE,
      mandateIds: [M1],
      requestedOn: new Date(Date.UTC(2026, 2, 2)),
      subject: "Figures on detention",
      outcome: null,
      outcomeOn: null,
    });
    expect(proactiveRequestSchema.parse({ ...ok, mandateIds: [M1, M2], outcome: "" }).mandateIds).toEqual([M1, M2]);
  });

  it.each([
    [{ ...ok, stateId: "" }, "stateId", "cooperation.stateRequired"],
    [{ ...ok, mandateIds: undefined }, "mandateIds", "cooperation.mandatesRequired"],
    [{ ...ok, mandateIds: ["not-a-uuid"] }, "mandateIds", "cooperation.mandatesRequired"],
    [{ ...ok, requestedOn: "" }, "requestedOn", "cooperation.dateRequired"],
    [{ ...ok, requestedOn: "2026-02-30" }, "requestedOn", "cooperation.dateInvalid"],
    [{ ...ok, subject: " ab " }, "subject", "cooperation.subjectRequired"],
    [{ ...ok, outcome: "ANSWERED" }, "outcomeOn", "cooperation.outcomeDateRequired"],
    [{ ...ok, outcomeOn: "2026-03-05" }, "outcome", "cooperation.outcomeRequired"],
    [{ ...ok, outcome: "NO_ANSWER", outcomeOn: "2026-03-01" }, "outcomeOn", "cooperation.outcomeBeforeRequest"],
  ])("refuses %j beside %s", (input, field, message) => {
    expect(errors(input)[field as keyof ReturnType<typeof errors>]).toEqual([message]);
  });

  it("an outcome recorded later needs both the outcome and its date", () => {
    const requestId = "00000000-0000-4000-8000-0000000000c1";
    expect(proactiveOutcomeSchema.safeParse({ requestId, outcome: "PARTLY_ANSWERED", outcomeOn: "2026-04-01" }).success).toBe(true);
    expect(proactiveOutcomeSchema.safeParse({ requestId, outcome: "MAYBE", outcomeOn: "2026-04-01" }).success).toBe(false);
    expect(proactiveOutcomeSchema.safeParse({ requestId, outcome: "ANSWERED", outcomeOn: "" }).success).toBe(false);
  });
});

describe("dates that have come (R21)", () => {
  // 23:30 UTC on 9 March is already 10 March in Geneva.
  const now = new Date("2026-03-09T23:30:00Z");
  it("accepts today in Geneva, refuses tomorrow beside the field", () => {
    expect(() => assertNotFuture({ requestedOn: new Date(Date.UTC(2026, 2, 10)), outcomeOn: null }, now)).not.toThrow();
    expect(() => assertNotFuture({ requestedOn: new Date(Date.UTC(2026, 2, 11)) }, now)).toThrow(
      expect.objectContaining({ code: "INVALID_INPUT", fieldErrors: { requestedOn: ["cooperation.dateInFuture"] } }),
    );
  });
});
