import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, mergeSettings, settingsSchema } from "./settings-defaults";

describe("settings", () => {
  it("defaults follow the source documents", () => {
    expect(DEFAULT_SETTINGS["communications.replyPeriodDays"]).toBe(60);
    expect(DEFAULT_SETTINGS["questionnaires.minWindowWeeks"]).toBe(8);
    expect(DEFAULT_SETTINGS["questionnaires.maxQuestions"]).toBe(10);
    expect(DEFAULT_SETTINGS["communications.nonCooperationThreshold"]).toBe(3);
    expect(DEFAULT_SETTINGS["communications.publishRepliesOnReceipt"]).toBe(true); // R5: replies public on receipt
    expect(DEFAULT_SETTINGS["concern.mandateThreshold"]).toBe(4); // R21: "four or more mandates"
    expect(DEFAULT_SETTINGS["concern.windowMonths"]).toBe(12);
    expect(settingsSchema.safeParse(DEFAULT_SETTINGS).success).toBe(true);
  });
  it("stored values override defaults; invalid or unknown ones are ignored", () => {
    const s = mergeSettings([
      { key: "communications.replyPeriodDays", value: 90 },
      { key: "questionnaires.maxQuestions", value: -4 },
      { key: "unknown.key", value: 1 },
    ]);
    expect(s["communications.replyPeriodDays"]).toBe(90);
    expect(s["questionnaires.maxQuestions"]).toBe(10);
    expect(s).not.toHaveProperty("unknown.key");
  });
  it("reads publication on receipt from a form's checkbox (absent when unticked) and from stored JSON", () => {
    const form = (v: unknown) => settingsSchema.shape["communications.publishRepliesOnReceipt"].parse(v);
    expect([form("on"), form(undefined), form(true), form(false)]).toEqual([true, false, true, false]);
    expect(mergeSettings([{ key: "communications.publishRepliesOnReceipt", value: false }])["communications.publishRepliesOnReceipt"]).toBe(
      false,
    );
  });
  it("rejects a reply period shorter than a month", () => {
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, "communications.replyPeriodDays": "10" }).success).toBe(false);
  });
});
