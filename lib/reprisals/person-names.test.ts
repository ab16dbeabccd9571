import { describe, expect, it } from "vitest";
import { findPersonNames, maskPersonNames, personsIn } from "./person-names";

const PEOPLE = "[Sample — fictional] Aziza Karimova (journalist); José Ortiz Núñez (lawyer)\nMaría-José de la Cruz";

describe("personsIn", () => {
  it("reads one person per line, ';' or ' and ', without roles in brackets, titles or particles", () => {
    expect(personsIn(PEOPLE)).toEqual([
      ["Aziza", "Karimova"],
      ["José", "Ortiz", "Núñez"],
      ["María", "José", "Cruz"],
    ]);
    expect(personsIn("Mr Ivan Petrov and Dr. Olga Ivanova, members of the Example Association")).toEqual([
      ["Ivan", "Petrov"],
      ["Olga", "Ivanova", "Example", "Association"],
    ]);
    expect(personsIn("A defender (fictional)")).toEqual([]);
  });
});

describe("findPersonNames", () => {
  it("finds a name whatever its case and accents", () => {
    expect(findPersonNames("AZIZA KARIMOVA was summoned.", PEOPLE)).toEqual(["AZIZA", "KARIMOVA"]);
    expect(findPersonNames("Mr Jose ortiz nunez was detained.", PEOPLE)).toEqual(["Jose", "ortiz", "nunez"]);
    expect(findPersonNames("Karimová was summoned.", PEOPLE)).toEqual(["Karimová"]);
  });

  it("finds the name in another order, a family name alone, and with an initial", () => {
    expect(findPersonNames("Karimova Aziza was summoned.", PEOPLE)).toEqual(["Karimova", "Aziza"]);
    expect(findPersonNames("A. Karimova was summoned.", PEOPLE)).toEqual(["Karimova"]);
    expect(findPersonNames("Karimova A. was summoned.", PEOPLE)).toEqual(["Karimova"]);
    expect(findPersonNames("Ms de la Cruz left.", PEOPLE)).toEqual(["Cruz"]);
  });

  it("finds the initials in capitals, in either order, with or without dots and spaces", () => {
    for (const variant of ["AK", "A.K.", "A. K.", "KA", "K.A"])
      expect(findPersonNames(`${variant} was summoned.`, PEOPLE)).toEqual([variant]);
    expect(findPersonNames("JON was detained.", PEOPLE)).toEqual(["JON"]);
    expect(findPersonNames("J.O.N. was detained.", PEOPLE)).toEqual(["J.O.N."]);
  });

  it("finds hyphenated names part by part, and curly apostrophes like straight ones", () => {
    expect(findPersonNames("Maria Jose was threatened.", PEOPLE)).toEqual(["Maria", "Jose"]);
    expect(findPersonNames("O'Brien left.", "Seán O’Brien")).toEqual(["O'Brien"]);
  });

  it("finds nothing in a summary that names no one, nor inside other words or in lower-case initials", () => {
    expect(findPersonNames("A woman human rights defender was reportedly summoned in 2026 after a visit.", PEOPLE)).toEqual([]);
    expect(findPersonNames("The Karimovan government; a kart; ak", PEOPLE)).toEqual([]);
    expect(findPersonNames("Any text", "")).toEqual([]);
  });
});

describe("maskPersonNames", () => {
  it("replaces every name and initials, keeping the rest of the text", () => {
    expect(maskPersonNames("Aziza Karimová (AK) was summoned; KARIMOVA's lawyer J. Ortiz was not.", PEOPLE)).toBe(
      "[…] […] ([…]) was summoned; […]'s lawyer J. […] was not.",
    );
    expect(maskPersonNames("Nothing to hide.", PEOPLE)).toBe("Nothing to hide.");
  });
});
