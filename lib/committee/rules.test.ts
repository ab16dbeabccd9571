import { describe, expect, it } from "vitest";
import { COMMITTEE_SIZE, membershipProblem, MIN_SIGNATURES, signaturesAfterEdit, statementPublicationProblem } from "./rules";
import type { CommitteeRole } from "../generated/prisma/enums";

const seat = (id: string, role: CommitteeRole = "MEMBER") => ({ mandateHolderId: id, role });

describe("membershipProblem: six seats, one Chair, one Rapporteur", () => {
  const chairAndFour = [seat("a", "CHAIR"), seat("b", "RAPPORTEUR"), seat("c"), seat("d"), seat("e")];
  const cases: [string, ReturnType<typeof seat>[], ReturnType<typeof seat>, ReturnType<typeof membershipProblem>][] = [
    ["a first member", [], seat("a", "CHAIR"), null],
    ["the sixth seat", chairAndFour, seat("f"), null],
    ["a seventh seat", [...chairAndFour, seat("f")], seat("g"), "full"],
    ["a seated holder changes role on a full Committee", [...chairAndFour, seat("f")], seat("f", "MEMBER"), null],
    ["a second Chair", chairAndFour, seat("f", "CHAIR"), "chairTaken"],
    ["a second Rapporteur", chairAndFour, seat("f", "RAPPORTEUR"), "rapporteurTaken"],
    ["the Chair stays Chair", chairAndFour, seat("a", "CHAIR"), null],
    ["a member becomes Chair once the Chair has stepped down", [seat("b"), seat("c")], seat("c", "CHAIR"), null],
  ];
  for (const [name, seats, candidate, expected] of cases) {
    it(name, () => expect(membershipProblem(seats, candidate)).toBe(expected));
  }
  it("the Committee has six seats", () => expect(COMMITTEE_SIZE).toBe(6));
});

describe("statementPublicationProblem", () => {
  it.each([
    ["DRAFT", 0, "tooFewSignatures"],
    ["DRAFT", MIN_SIGNATURES - 1, "tooFewSignatures"],
    ["DRAFT", MIN_SIGNATURES, null],
    ["DRAFT", 6, null],
    ["PUBLISHED", 6, "notDraft"],
  ] as const)("%s with %i signatures → %s", (status, signatures, expected) => {
    expect(statementPublicationProblem({ status, signatures })).toBe(expected);
  });
});

describe("signaturesAfterEdit: an edit withdraws the others' signatures", () => {
  const signatures = [{ mandateHolderId: "a" }, { mandateHolderId: "b" }];
  it("a signing editor keeps its own", () => expect(signaturesAfterEdit(signatures, "a")).toEqual([{ mandateHolderId: "a" }]));
  it("an editor who had not signed keeps none", () => expect(signaturesAfterEdit(signatures, "c")).toEqual([]));
  it("the secretariat (no holder) keeps none", () => expect(signaturesAfterEdit(signatures, null)).toEqual([]));
});
