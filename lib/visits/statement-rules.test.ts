import { describe, expect, it } from "vitest";
import {
  checkStatementLength,
  countWords,
  debriefingDecision,
  debriefingRecorded,
  publishDecision,
  shareDecision,
  statementEditable,
} from "./statement-rules";

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");

describe("word count (R4)", () => {
  it("counts words, not markup or punctuation", () => {
    expect(countWords("")).toBe(0);
    expect(countWords("  \n ")).toBe(0);
    expect(countWords("# Introduction\n\nI thank the Government — sincerely.")).toBe(6);
    expect(countWords("The State's end-of-mission statement, A/HRC/61/40 and 5,000 words")).toBe(8);
    expect(countWords("Les droits de l’homme — derechos humanos")).toBe(6);
    expect(countWords("* item one\n* item two\n> quoted")).toBe(5);
  });
  it("counts long texts exactly", () => {
    expect(countWords(words(5432))).toBe(5432);
    expect(countWords(words(300).replaceAll(" ", "\n\n"))).toBe(300);
  });
});

describe("the 5,000–6,000-word guideline warns outside its bounds (R4)", () => {
  it.each([
    [0, false, true, false],
    [4999, false, true, false],
    [5000, true, false, false],
    [5500, true, false, false],
    [6000, true, false, false],
    [6001, false, false, true],
    [12000, false, false, true],
  ])("%i words", (n, within, tooShort, tooLong) => {
    expect(checkStatementLength(n)).toEqual({ words: n, within, tooShort, tooLong });
  });
  it("applies to a counted text", () => {
    expect(checkStatementLength(countWords(words(5000))).within).toBe(true);
    expect(checkStatementLength(countWords(words(4999))).tooShort).toBe(true);
  });
});

describe("statement, debriefing and publication order (R4)", () => {
  const now = new Date("2026-06-10T10:00:00Z");
  const before = new Date("2026-06-09T10:00:00Z");
  const later = new Date("2026-06-11T10:00:00Z");
  it("the debriefing counts once recorded, not for a future time", () => {
    expect(debriefingRecorded({ debriefingAt: null }, now)).toBe(false);
    expect(debriefingRecorded({ debriefingAt: before }, now)).toBe(true);
    expect(debriefingRecorded({ debriefingAt: later }, now)).toBe(false);
  });
  it("the statement cannot be published before the debriefing, and can after", () => {
    expect(publishDecision({ hasStatement: true, debriefingAt: null, statementPublishedAt: null }, now)).toEqual({ kind: "no-debriefing" });
    expect(publishDecision({ hasStatement: true, debriefingAt: before, statementPublishedAt: null }, now)).toEqual({ kind: "allowed" });
    expect(publishDecision({ hasStatement: false, debriefingAt: before, statementPublishedAt: null }, now)).toEqual({
      kind: "no-statement",
    });
    expect(publishDecision({ hasStatement: true, debriefingAt: before, statementPublishedAt: before }, now)).toEqual({
      kind: "already-done",
    });
  });
  it("the statement is shared once, before the debriefing", () => {
    expect(shareDecision({ hasStatement: false, statementSharedWithStateAt: null, statementPublishedAt: null })).toEqual({
      kind: "no-statement",
    });
    expect(shareDecision({ hasStatement: true, statementSharedWithStateAt: null, statementPublishedAt: null })).toEqual({
      kind: "allowed",
    });
    expect(shareDecision({ hasStatement: true, statementSharedWithStateAt: before, statementPublishedAt: null })).toEqual({
      kind: "already-done",
    });
    expect(debriefingDecision({ hasStatement: true, statementSharedWithStateAt: null, debriefingAt: null })).toEqual({
      kind: "not-shared",
    });
    expect(debriefingDecision({ hasStatement: true, statementSharedWithStateAt: before, debriefingAt: null })).toEqual({ kind: "allowed" });
    expect(debriefingDecision({ hasStatement: false, statementSharedWithStateAt: null, debriefingAt: null })).toEqual({ kind: "allowed" });
    expect(debriefingDecision({ hasStatement: true, statementSharedWithStateAt: before, debriefingAt: before })).toEqual({
      kind: "already-done",
    });
  });
  it("the text is frozen once the State has it", () => {
    expect(statementEditable({ statementSharedWithStateAt: null, statementPublishedAt: null })).toBe(true);
    expect(statementEditable({ statementSharedWithStateAt: before, statementPublishedAt: null })).toBe(false);
  });
});
