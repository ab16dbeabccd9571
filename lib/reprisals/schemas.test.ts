import { describe, expect, it } from "vitest";
import { now } from "@/lib/core/clock";
import { genevaDate } from "@/lib/core/geneva";
import { referralSchema, reprisalCaseSchema } from "./schemas";

const DAY = 24 * 60 * 60 * 1000;
const CASE = {
  stateId: "6f1c2b1e-8a4d-4c1e-9f3a-2b7d5e6a9c01",
  personsConcerned: "A defender",
  cooperationContext: "Met the Special Rapporteur",
  actsAlleged: "Detained on return",
};
const REFERRAL = { caseId: "6f1c2b1e-8a4d-4c1e-9f3a-2b7d5e6a9c02", body: "HIGH_COMMISSIONER" };

function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("dates of the reprisals register", () => {
  const today = genevaDate(now());
  const tomorrow = genevaDate(new Date(now().getTime() + DAY));

  it("accepts the acts and a referral dated today in Geneva or earlier", () => {
    expect(reprisalCaseSchema.safeParse({ ...CASE, actsDate: today }).success).toBe(true);
    expect(reprisalCaseSchema.safeParse({ ...CASE, actsDate: "2019-03-01" }).success).toBe(true);
    expect(referralSchema.safeParse({ ...REFERRAL, referredAt: today }).success).toBe(true);
  });

  it("refuses a date still to come, beside its field", () => {
    expect(issues(reprisalCaseSchema.safeParse({ ...CASE, actsDate: tomorrow }))).toEqual(["actsDate: reprisals.dateInFuture"]);
    expect(issues(referralSchema.safeParse({ ...REFERRAL, referredAt: tomorrow }))).toEqual(["referredAt: reprisals.dateInFuture"]);
  });

  it("still says an impossible date is invalid", () => {
    expect(issues(referralSchema.safeParse({ ...REFERRAL, referredAt: "2026-02-30" }))).toEqual(["referredAt: reprisals.dateInvalid"]);
  });
});
