import { describe, expect, it } from "vitest";
import { storyDecisionMailText } from "./decision-mail-text";

const base = {
  title: "Water for all",
  note: null,
  storyUrl: "https://sp.example/stories/1",
  statusUrl: "https://sp.example/stories/status",
};

describe("storyDecisionMailText", () => {
  it("links to the published story", () => {
    const m = storyDecisionMailText({ ...base, decision: "publish" });
    expect(m.subject).toBe("Your good story is published — Water for all");
    expect(m.text).toContain("https://sp.example/stories/1");
  });
  it("asks for more with the note and the status page", () => {
    const m = storyDecisionMailText({ ...base, decision: "request-information", note: "Which year?" });
    expect(m.text).toContain("https://sp.example/stories/status");
    expect(m.text).toContain("Note from the secretariat:\nWhich year?");
  });
  it("gives the reason of a rejection and no link to a public page", () => {
    const m = storyDecisionMailText({ ...base, decision: "reject", note: "Outside the scope of the special procedures." });
    expect(m.text).toContain("Outside the scope");
    expect(m.text).not.toContain("/stories/1");
  });
});
