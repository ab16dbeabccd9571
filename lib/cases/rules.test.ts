import { describe, expect, it } from "vitest";
import { MANDATES } from "../../prisma/seed/data/mandates";
import { THEMES } from "../../prisma/seed/data/themes";
import { CASE_TOPICS } from "./topics";
import {
  CASE_STATUSES,
  effectiveStatus,
  formatReceipt,
  letterParts,
  nextStatus,
  submitterStatus,
  suggestedMandateSlugs,
  themeSlugsOf,
  type CaseEvent,
  type CaseForLetter,
  type CaseStatusValue,
} from "./rules";

const EVENTS: CaseEvent[] = [
  "edit-draft",
  "submit",
  "add-update",
  "assign",
  "ask",
  "open-draft",
  "mark-acted-upon",
  "decline",
  "merge",
  "close",
];

// Every status × event, written out: where each goes, "-" where it is refused.
const TABLE: Record<CaseStatusValue, Record<CaseEvent, CaseStatusValue | "-">> = {
  DRAFT: {
    "edit-draft": "DRAFT",
    submit: "RECEIVED",
    "add-update": "-",
    assign: "-",
    ask: "-",
    "open-draft": "-",
    "mark-acted-upon": "-",
    decline: "-",
    merge: "-",
    close: "-",
  },
  RECEIVED: {
    "edit-draft": "-",
    submit: "-",
    "add-update": "RECEIVED",
    assign: "UNDER_CONSIDERATION",
    ask: "UNDER_CONSIDERATION",
    "open-draft": "UNDER_CONSIDERATION",
    "mark-acted-upon": "ACTED_UPON",
    decline: "CLOSED",
    merge: "CLOSED",
    close: "CLOSED",
  },
  UNDER_CONSIDERATION: {
    "edit-draft": "-",
    submit: "-",
    "add-update": "UNDER_CONSIDERATION",
    assign: "UNDER_CONSIDERATION",
    ask: "UNDER_CONSIDERATION",
    "open-draft": "UNDER_CONSIDERATION",
    "mark-acted-upon": "ACTED_UPON",
    decline: "CLOSED",
    merge: "CLOSED",
    close: "CLOSED",
  },
  ACTED_UPON: {
    "edit-draft": "-",
    submit: "-",
    "add-update": "ACTED_UPON",
    assign: "ACTED_UPON",
    ask: "ACTED_UPON",
    "open-draft": "ACTED_UPON",
    "mark-acted-upon": "-",
    decline: "-",
    merge: "-",
    close: "CLOSED",
  },
  CLOSED: {
    "edit-draft": "-",
    submit: "-",
    "add-update": "-",
    assign: "-",
    ask: "-",
    "open-draft": "-",
    "mark-acted-upon": "-",
    decline: "-",
    merge: "-",
    close: "-",
  },
};

describe("status transitions (issue 17)", () => {
  for (const status of CASE_STATUSES) {
    for (const event of EVENTS) {
      const expected = TABLE[status][event];
      it(`${status} + ${event} → ${expected}`, () => {
        expect(nextStatus(status, event) ?? "-").toBe(expected);
      });
    }
  }
});

describe("effective status", () => {
  it("a dispatched letter makes an open submission acted upon, and changes nothing else", () => {
    expect(effectiveStatus("RECEIVED", true)).toBe("ACTED_UPON");
    expect(effectiveStatus("UNDER_CONSIDERATION", true)).toBe("ACTED_UPON");
    expect(effectiveStatus("UNDER_CONSIDERATION", false)).toBe("UNDER_CONSIDERATION");
    expect(effectiveStatus("CLOSED", true)).toBe("CLOSED");
    expect(effectiveStatus("DRAFT", true)).toBe("DRAFT");
  });
  it("the source sees four statuses and its draft", () => {
    expect(CASE_STATUSES.map(submitterStatus)).toEqual(["draft", "received", "under-consideration", "acted-upon", "closed"]);
  });
});

describe("suggested mandates and themes", () => {
  it("come from the topics, then the country mandates, each once", () => {
    expect(suggestedMandateSlugs(["detention", "torture"], ["belarus"])).toEqual(["arbitrary-detention", "torture", "belarus"]);
    expect(suggestedMandateSlugs(["defenders", "reprisals"])).toEqual(["hr-defenders"]);
    expect(suggestedMandateSlugs([], [])).toEqual([]);
    expect(suggestedMandateSlugs(["not-a-topic"])).toEqual([]);
    expect(themeSlugsOf(["migrants", "displacement"])).toEqual(["migration", "sdg-10"]);
  });
  it("name only mandates and themes that exist", () => {
    const mandates = new Set(MANDATES.map((m) => m.slug));
    const themes = new Set(THEMES.map((t) => t.slug));
    for (const topic of CASE_TOPICS) {
      for (const m of topic.mandates) expect(mandates.has(m), `${topic.slug}: ${m}`).toBe(true);
      for (const t of topic.themes) expect(themes.has(t), `${topic.slug}: ${t}`).toBe(true);
    }
  });
});

describe("receipt numbers", () => {
  it("carry the year and a five-digit sequence", () => {
    expect(formatReceipt(2026, 42)).toBe("CASE-2026-00042");
    expect(formatReceipt(2027, 123456)).toBe("CASE-2027-123456");
  });
});

describe("the letter prefilled from a submission", () => {
  const base: CaseForLetter = {
    title: "Eviction of a fishing village",
    affected: "GROUP",
    affectedCount: 300,
    victims: "VICTIM-NAMES",
    consentToName: false,
    whatHappened: "Bulldozers destroyed the houses without notice.",
    location: "PLACE-NAME",
    occurredOn: new Date("2026-03-02T00:00:00Z"),
    ongoing: true,
    domesticRemedies: "REMEDIES-TEXT",
    otherActorName: null,
    confidentialParts: [],
    topics: ["housing"],
  };
  it("puts the people affected in the confidential annex without their consent", () => {
    const p = letterParts(base);
    expect(p.body).not.toContain("VICTIM-NAMES");
    expect(p.confidentialAnnex).toContain("VICTIM-NAMES");
    expect(p.body).toContain("a group or community (300)");
    expect(p.body).toContain("PLACE-NAME");
    expect(p.body).toContain("2026-03-02");
    expect(p.body).toContain("continuing");
    expect(p.body).toContain("REMEDIES-TEXT");
    expect(p.subject).toBe(base.title);
  });
  it("names them in the letter when they consented and did not ask for confidentiality", () => {
    const p = letterParts({ ...base, consentToName: true });
    expect(p.body).toContain("VICTIM-NAMES");
    expect(p.confidentialAnnex).not.toContain("VICTIM-NAMES");
    expect(letterParts({ ...base, consentToName: true, confidentialParts: ["victims"] }).body).not.toContain("VICTIM-NAMES");
  });
  it("moves the place and the domestic remedies to the annex when asked", () => {
    const p = letterParts({ ...base, confidentialParts: ["location", "domesticRemedies"] });
    expect(p.body).not.toContain("PLACE-NAME");
    expect(p.body).not.toContain("REMEDIES-TEXT");
    expect(p.confidentialAnnex).toContain("PLACE-NAME");
    expect(p.confidentialAnnex).toContain("REMEDIES-TEXT");
  });
});
