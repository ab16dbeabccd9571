import { describe, expect, it } from "vitest";
import { guidanceChanged, publicAuthorName } from "./rules";
import { guidanceSchema } from "./schemas";

const base = { topic: "SOCIAL_MEDIA", title: "Social media", body: "Use the mandate's own accounts." };

describe("guidanceChanged", () => {
  it("the same text is no new version", () => expect(guidanceChanged(base, { ...base })).toBe(false));
  it.each([
    ["topic", "OTHER"],
    ["title", "Social media guidance"],
    ["body", "Use the mandate's own accounts only."],
  ])("a changed %s is", (field, value) => expect(guidanceChanged(base, { ...base, [field]: value })).toBe(true));
});

describe("publicAuthorName", () => {
  it("names a mandate holder", () =>
    expect(publicAuthorName({ role: "MANDATE_HOLDER", mandateHolder: { name: "A. Expert" } })).toBe("A. Expert"));
  it("does not name a secretariat officer", () => expect(publicAuthorName({ role: "SECRETARIAT", mandateHolder: null })).toBeNull());
});

describe("guidanceSchema", () => {
  const input = { topic: "SOCIAL_MEDIA", title: "Social media", body: "x".repeat(30) };
  it("a first version needs no summary", () => expect(guidanceSchema.safeParse(input).success).toBe(true));
  it("a new version says what changed", () => {
    const r = guidanceSchema.safeParse({
      ...input,
      documentId: "00000000-0000-4000-8000-000000000001",
      expectedVersion: "1",
      changeSummary: "",
    });
    expect(r.success).toBe(false);
    expect(r.error!.flatten().fieldErrors.changeSummary).toEqual(["guidance.summaryRequired"]);
  });
});
