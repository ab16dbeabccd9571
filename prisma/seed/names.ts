// Fixed lists of plausible international names, combined deterministically into fictional people.
// Any resemblance to a real person is coincidental.
import type { Rng } from "./random";

export const GIVEN_NAMES = [
  "Amara",
  "Lucía",
  "Henrik",
  "Mei",
  "Tomasz",
  "Aiko",
  "Kwame",
  "Leila",
  "Mateo",
  "Ingrid",
  "Rahul",
  "Olga",
  "Chiara",
  "Tariq",
  "Nadia",
  "Jonas",
  "Sipho",
  "Yara",
  "Pablo",
  "Elif",
  "Anders",
  "Fatou",
  "Marisol",
  "Dmitri",
  "Noor",
  "Hana",
  "Emeka",
  "Sofía",
  "Arjun",
  "Zeynep",
  "Malik",
  "Inès",
  "Kofi",
  "Astrid",
  "Rosa",
  "Linh",
  "Bilal",
  "Camille",
  "Ngozi",
  "Teodor",
  "Aroha",
  "Salma",
  "Matías",
  "Freya",
  "Kenji",
  "Adaeze",
  "Rustam",
  "Paulina",
  "Idris",
  "Maren",
  "Esperanza",
  "Viktor",
  "Ama",
  "Sunita",
  "Gabriel",
  "Nilufar",
  "Oskar",
  "Thandiwe",
  "Lorenzo",
  "Ayesha",
] as const;

export const FAMILY_NAMES = [
  "Lindqvist",
  "Okafor",
  "Moreau",
  "Castellanos",
  "Nakamura",
  "Haddad",
  "Kowalczyk",
  "Mensah",
  "Varga",
  "Ferreira",
  "Sørensen",
  "Abdi",
  "Tanaka",
  "Ibarra",
  "Petrenko",
  "Achterberg",
  "Diallo",
  "Rahimi",
  "Balogun",
  "Novak",
  "Quispe",
  "Halvorsen",
  "Osei",
  "Marchetti",
  "Karimova",
  "Ndlovu",
  "Delacroix",
  "Suleiman",
  "Whitfield",
  "Aguilar",
  "Bergström",
  "Chaudhry",
  "Oyelaran",
  "Mbeki-Tshabalala",
  "Van der Berg",
  "Lemaire",
  "Tembo",
  "Hosseini",
  "Kaya",
  "Rasmussen",
  "Ortega",
  "Jovanović",
  "Wanjiru",
  "Kealoha",
  "Nazarova",
  "Dufresne",
  "Asante",
  "Liang",
  "Navarro",
  "Fitzgerald",
  "Eriksen",
  "Mwangi",
  "Bianchi",
  "Akhmetova",
  "Costa",
  "Oduya",
  "Silvestre",
  "Yılmaz",
  "Dumont",
  "Herrera",
] as const;

/** Draws full names, never the same one twice from the same generator. */
export class NameGenerator {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Rng) {}

  next(): string {
    for (let attempt = 0; attempt < 1000; attempt++) {
      const name = `${this.rng.pick(GIVEN_NAMES)} ${this.rng.pick(FAMILY_NAMES)}`;
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
    throw new Error("NameGenerator exhausted");
  }

  /** An initial and a family name ("A. Okafor"), as used for people at risk in confidential notes. */
  initialled(): string {
    return `${this.rng.pick(GIVEN_NAMES).charAt(0)}. ${this.rng.pick(FAMILY_NAMES)}`;
  }
}
