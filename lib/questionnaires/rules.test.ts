import { describe, expect, it } from "vitest";
import { genevaDate } from "../core/geneva";
import { audienceAccepts } from "../auth/questionnaires-policy";
import {
  acceptsAnswers,
  answerIsPublic,
  checkAnswers,
  creationDecision,
  fatigueSince,
  genevaEndOfDay,
  genevaStartOfDay,
  WEEK_MS,
  type CreationDecision,
} from "./rules";

const opensAt = new Date("2026-03-02T00:00:00Z");
const weeks = (n: number) => new Date(opensAt.getTime() + n * WEEK_MS);
const JUSTIFICATION = "The report is due at the 62nd session; a shorter window was agreed with the Bureau.";
const limits = { minWindowWeeks: 8, maxQuestions: 10 };

describe("creationDecision (R12: minimum window, maximum questions)", () => {
  it.each<[string, Partial<Parameters<typeof creationDecision>[0]>, CreationDecision]>([
    ["exactly 8 weeks and 10 questions", { deadline: weeks(8), questionCount: 10 }, { kind: "allowed", exceptions: [] }],
    [
      "one minute short of 8 weeks",
      { deadline: new Date(weeks(8).getTime() - 60_000), questionCount: 3 },
      { kind: "justification-required", exceptions: ["window"] },
    ],
    ["11 questions", { deadline: weeks(12), questionCount: 11 }, { kind: "justification-required", exceptions: ["questions"] }],
    ["both exceeded", { deadline: weeks(2), questionCount: 15 }, { kind: "justification-required", exceptions: ["window", "questions"] }],
    [
      "short window with a justification",
      { deadline: weeks(4), questionCount: 5, justification: JUSTIFICATION },
      { kind: "allowed", exceptions: ["window"] },
    ],
    [
      "too many questions with a justification",
      { deadline: weeks(9), questionCount: 12, justification: JUSTIFICATION },
      { kind: "allowed", exceptions: ["questions"] },
    ],
    [
      "a justification of spaces and a word",
      { deadline: weeks(4), questionCount: 5, justification: "   ok    " },
      { kind: "justification-required", exceptions: ["window"] },
    ],
    [
      "a deadline before the opening, even justified",
      { deadline: new Date(opensAt.getTime() - 1), questionCount: 1, justification: JUSTIFICATION },
      { kind: "invalid-dates" },
    ],
    ["a deadline equal to the opening", { deadline: opensAt, questionCount: 1 }, { kind: "invalid-dates" }],
  ])("%s", (_label, partial, expected) => {
    expect(creationDecision({ opensAt, deadline: weeks(8), questionCount: 1, ...limits, ...partial })).toEqual(expected);
  });

  it("follows the configured settings", () => {
    expect(creationDecision({ opensAt, deadline: weeks(6), questionCount: 12, minWindowWeeks: 6, maxQuestions: 12 })).toEqual({
      kind: "allowed",
      exceptions: [],
    });
    expect(creationDecision({ opensAt, deadline: weeks(8), questionCount: 4, minWindowWeeks: 10, maxQuestions: 3 })).toEqual({
      kind: "justification-required",
      exceptions: ["window", "questions"],
    });
  });

  it("an opening date and a deadline 56 days later (Geneva) give the full 8 weeks, 55 days do not — across a DST change", () => {
    const open = genevaStartOfDay("2026-03-02");
    expect(creationDecision({ opensAt: open, deadline: genevaEndOfDay("2026-04-27"), questionCount: 1, ...limits }).kind).toBe("allowed");
    expect(creationDecision({ opensAt: open, deadline: genevaEndOfDay("2026-04-26"), questionCount: 1, ...limits }).kind).toBe(
      "justification-required",
    );
  });
});

describe("Geneva dates", () => {
  it("opening at midnight and deadline at 23:59:59 in Geneva, summer and winter", () => {
    expect(genevaStartOfDay("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(genevaEndOfDay("2026-07-15").toISOString()).toBe("2026-07-15T21:59:59.000Z");
    expect(genevaDate(new Date("2026-07-15T22:30:00Z"))).toBe("2026-07-16");
  });
  it("the fatigue window is the last 12 months", () => {
    expect(fatigueSince(new Date("2026-06-10T08:00:00Z")).toISOString()).toBe("2025-06-10T08:00:00.000Z");
  });
});

describe("who answers what", () => {
  it.each([
    ["STATES", "STATE", true],
    ["ALL", "STATE", true],
    ["CIVIL_SOCIETY", "STATE", false],
    ["CIVIL_SOCIETY", "CIVIL_SOCIETY", true],
    ["ALL", "CIVIL_SOCIETY", true],
    ["STATES", "CIVIL_SOCIETY", false],
    ["ALL", "SECRETARIAT", false],
    ["ALL", "MANDATE_HOLDER", false],
    ["ALL", "ADMIN", false],
  ] as const)("audience %s, role %s → %s", (audience, role, expected) => {
    expect(audienceAccepts(audience, role)).toBe(expected);
  });

  const call = { status: "OPEN" as const, opensAt: new Date("2026-03-01T00:00:00Z"), deadline: new Date("2026-05-01T00:00:00Z") };
  it.each([
    ["before the opening", { ...call }, new Date("2026-02-28T23:59:59Z"), false],
    ["at the opening", { ...call }, call.opensAt, true],
    ["one second before the deadline", { ...call }, new Date("2026-04-30T23:59:59Z"), true],
    ["at the deadline", { ...call }, call.deadline, false],
    ["pending approval", { ...call, status: "PENDING_APPROVAL" as const }, new Date("2026-04-01T00:00:00Z"), false],
    ["closed early", { ...call, status: "CLOSED" as const }, new Date("2026-04-01T00:00:00Z"), false],
  ])("accepts answers %s: %s", (_l, q, now, expected) => {
    expect(acceptsAnswers(q, now)).toBe(expected);
  });

  it("an answer is public only if allowed, submitted, and after the deadline", () => {
    const after = new Date("2026-05-02T00:00:00Z");
    const before = new Date("2026-04-02T00:00:00Z");
    const submitted = new Date("2026-04-01T00:00:00Z");
    expect(answerIsPublic(call, { mayPublish: true, submittedAt: submitted }, after)).toBe(true);
    expect(answerIsPublic(call, { mayPublish: true, submittedAt: submitted }, before)).toBe(false);
    expect(answerIsPublic(call, { mayPublish: false, submittedAt: submitted }, after)).toBe(false);
    expect(answerIsPublic(call, { mayPublish: true, submittedAt: null }, after)).toBe(false);
    expect(answerIsPublic({ ...call, status: "CANCELLED" }, { mayPublish: true, submittedAt: submitted }, after)).toBe(false);
  });
});

describe("checkAnswers", () => {
  const questions = [
    { id: "q1", kind: "SHORT_TEXT" as const, choices: [], required: true },
    { id: "q2", kind: "SINGLE_CHOICE" as const, choices: ["Yes", "No"], required: false },
    { id: "q3", kind: "MULTIPLE_CHOICE" as const, choices: ["A", "B", "C"], required: false },
    { id: "q4", kind: "FILE_UPLOAD" as const, choices: [], required: true },
    { id: "q5", kind: "LONG_TEXT" as const, choices: [], required: false },
  ];
  it("a draft may be incomplete; a submission needs every required answer, files included", () => {
    expect(checkAnswers(questions, {}, { final: false, filesPerQuestion: {} })).toEqual({ answers: {}, fieldErrors: {} });
    expect(checkAnswers(questions, { q1: "  " }, { final: true, filesPerQuestion: { q4: 0 } }).fieldErrors).toEqual({
      "answer.q1": ["questionnaires.answerRequired"],
      "answer.q4": ["questionnaires.answerRequired"],
    });
    expect(checkAnswers(questions, { q1: "Yes, since 2019" }, { final: true, filesPerQuestion: { q4: 1 } }).fieldErrors).toEqual({});
  });
  it("keeps only offered choices, and trims text", () => {
    const r = checkAnswers(questions, { q1: " Oslo ", q2: "Yes", q3: ["A", "C", "A"], q5: "Long" }, { final: false, filesPerQuestion: {} });
    expect(r).toEqual({ answers: { q1: "Oslo", q2: "Yes", q3: ["A", "C"], q5: "Long" }, fieldErrors: {} });
    expect(checkAnswers(questions, { q2: "Maybe", q3: ["A", "Z"] }, { final: false, filesPerQuestion: {} }).fieldErrors).toEqual({
      "answer.q2": ["questionnaires.choiceInvalid"],
      "answer.q3": ["questionnaires.choiceInvalid"],
    });
    expect(checkAnswers(questions, { q2: ["Yes", "No"] }, { final: false, filesPerQuestion: {} }).fieldErrors).toEqual({
      "answer.q2": ["questionnaires.choiceInvalid"],
    });
  });
  it("refuses over-long text", () => {
    expect(checkAnswers(questions, { q1: "x".repeat(501) }, { final: false, filesPerQuestion: {} }).fieldErrors).toEqual({
      "answer.q1": ["questionnaires.answerTooLong"],
    });
  });
});
