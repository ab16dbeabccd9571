import { describe, expect, it } from "vitest";
import { committeeYearParam, membershipSchema, statementDraftSchema } from "./schemas";

const HOLDER = "00000000-0000-4000-8000-000000000001";

describe("committee schemas", () => {
  it("a seat names a year, a holder and a role", () => {
    expect(membershipSchema.parse({ year: "2026", mandateHolderId: HOLDER, role: "CHAIR" })).toEqual({
      year: 2026,
      mandateHolderId: HOLDER,
      role: "CHAIR",
    });
  });
  it("refuses a year before the Committee, an unknown role, no holder — each on its field", () => {
    const r = membershipSchema.safeParse({ year: "1999", mandateHolderId: "", role: "PRESIDENT" });
    expect(r.success).toBe(false);
    const fields = Object.keys(r.error!.flatten().fieldErrors).sort();
    expect(fields).toEqual(["mandateHolderId", "role", "year"]);
  });
  it("an odd year in the address means none", () => {
    expect(committeeYearParam.parse("abc")).toBeUndefined();
    expect(committeeYearParam.parse("2025")).toBe(2025);
  });
  it("a new statement has no id; its text is trimmed and bounded", () => {
    expect(statementDraftSchema.parse({ statementId: "", title: "  A joint statement ", body: "x".repeat(20) })).toEqual({
      title: "A joint statement",
      body: "x".repeat(20),
    });
    expect(statementDraftSchema.safeParse({ title: "Hi", body: "short" }).success).toBe(false);
  });
});
