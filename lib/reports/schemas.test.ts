import { describe, expect, it } from "vitest";
import { reportSchema, scheduleSchema, summarySchema, documentSchema } from "./schemas";

const base = { symbol: "A/HRC/61/45", title: "Report on human rights defenders", kind: "THEMATIC" };
const errorsOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe("report schemas (R19)", () => {
  it("takes Council and General Assembly symbols, and refuses others", () => {
    for (const symbol of ["A/HRC/61/45", "A/HRC/61/45/Add.2", "A/81/123"])
      expect(reportSchema.safeParse({ ...base, symbol }).success, symbol).toBe(true);
    for (const symbol of ["HRC/61/45", "A/HRC/61", "A/HRC/61/45/Add.x", "E/CN.4/2005/1"])
      expect(errorsOf(reportSchema.safeParse({ ...base, symbol })), symbol).toEqual({ symbol: "reports.errors.symbolInvalid" });
  });

  it("reads calendar days and names a bad one", () => {
    const ok = reportSchema.parse({ ...base, submittedAt: "2026-02-28" });
    expect(ok.submittedAt?.toISOString()).toBe("2026-02-28T00:00:00.000Z");
    expect(ok.publishedAt).toBeNull();
    expect(ok.themeIds).toEqual([]);
    expect(errorsOf(reportSchema.safeParse({ ...base, submittedAt: "2026-02-30" }))).toEqual({ submittedAt: "reports.errors.dateInvalid" });
  });

  it("schedules with a body, a session number and a due date", () => {
    const id = "00000000-0000-4000-8000-000000000001";
    const s = scheduleSchema.parse({ reportId: id, body: "GA", councilSession: "81", dueAt: "2026-06-15" });
    expect(s).toEqual({ reportId: id, body: "GA", councilSession: 81, dueAt: new Date("2026-06-15T00:00:00Z") });
    expect(errorsOf(scheduleSchema.safeParse({ reportId: id, body: "UNGA", councilSession: "0", dueAt: "" }))).toEqual({
      body: "reports.errors.bodyRequired",
      councilSession: "reports.errors.sessionInvalid",
      dueAt: "reports.errors.dateRequired",
    });
    expect(errorsOf(scheduleSchema.safeParse({ reportId: id, body: "HRC", councilSession: "61", dueAt: "2026-13-01" }))).toEqual({
      dueAt: "reports.errors.dateInvalid",
    });
  });

  it("keeps the summary to about a page, published only when asked", () => {
    const id = "00000000-0000-4000-8000-000000000001";
    expect(summarySchema.parse({ reportId: id, summary: "Main issues: x".repeat(3) }).publish).toBe(false);
    expect(summarySchema.parse({ reportId: id, summary: "Main issues: x".repeat(3), publish: "true" }).publish).toBe(true);
    expect(errorsOf(summarySchema.safeParse({ reportId: id, summary: "x".repeat(5001) }))).toEqual({
      summary: "reports.errors.summaryTooLong",
    });
  });

  it("takes a document in one of the six official languages only", () => {
    const id = "00000000-0000-4000-8000-000000000001";
    for (const language of ["ar", "zh", "en", "fr", "ru", "es"])
      expect(documentSchema.safeParse({ reportId: id, language }).success).toBe(true);
    expect(errorsOf(documentSchema.safeParse({ reportId: id, language: "de" }))).toEqual({ language: "reports.errors.languageRequired" });
  });
});
