// End-of-mission statements of sample visits: generic preliminary observations, long enough to
// test the 5,000–6,000-word guideline (most fall inside it, some outside).
import type { Rng } from "./random";

const SECTIONS = [
  "Introduction",
  "Legal and institutional framework",
  "Access to justice and accountability",
  "Civic space and participation",
  "Situation of groups in vulnerable situations",
  "Economic, social and cultural rights",
  "Cooperation with international mechanisms",
  "Preliminary recommendations",
];

const SENTENCES = [
  "During the visit I met with senior officials of the executive, the legislature and the judiciary, as well as with the national human rights institution, civil society organisations, academics and members of affected communities.",
  "I wish to thank the Government of {state} for its invitation and for the cooperation extended to me before and during the visit.",
  "I was able to travel freely and to meet persons of my choosing in confidence, in accordance with the terms of reference for country visits by special procedures.",
  "The observations presented today are preliminary; my full findings and recommendations will be set out in the report to be presented to the Human Rights Council.",
  "I welcome the steps taken in recent years to strengthen the legal framework, while noting that significant gaps remain in its implementation at the local level.",
  "Many of my interlocutors described a climate of uncertainty, in which the boundaries between lawful activity and prohibited conduct are not clearly defined.",
  "Several laws contain broadly worded provisions that leave wide discretion to the authorities and that may be applied in a manner inconsistent with international standards.",
  "I heard repeated concerns about delays in judicial proceedings, limited access to legal aid and the lack of effective remedies for victims.",
  "Independent oversight bodies require adequate resources and guarantees of independence in order to discharge their mandates effectively.",
  "I was encouraged by the vitality of civil society, whose members continue their work despite considerable pressure and limited resources.",
  "Women, young people, persons with disabilities and members of minority communities face particular obstacles in participating in public life.",
  "Data disaggregated by sex, age, disability and other relevant characteristics remain scarce, which hampers the design of effective public policies.",
  "Budget allocations for social protection, health and education have not kept pace with needs, in particular in rural and remote areas.",
  "I encourage the authorities to engage in an open and inclusive dialogue with all stakeholders on the follow-up to my recommendations.",
  "Consultation with affected communities should take place at an early stage, be conducted in good faith and be accessible to all.",
  "The mandate of the {mandate} covers matters that are closely linked to the sustainable development agenda, and progress in one area reinforces progress in others.",
  "I was informed of several instances in which people who had met with international bodies subsequently faced questioning; any form of intimidation or reprisal is unacceptable.",
  "I will continue to follow developments closely and remain available to provide technical advice to the authorities of {state}.",
];

export function endOfMissionStatement(
  rng: Rng,
  stateName: string,
  mandateTitle: string,
  targetWords: number,
): { text: string; words: number } {
  const paragraphs: string[] = [`[Sample] End-of-mission statement of the ${mandateTitle} on the visit to ${stateName}`];
  let words = paragraphs[0]!.split(/\s+/).length;
  let section = 0;
  while (words < targetWords) {
    if (section < SECTIONS.length && (paragraphs.length === 1 || rng.chance(0.12))) {
      paragraphs.push(SECTIONS[section++]!);
      words += paragraphs.at(-1)!.split(/\s+/).length;
    }
    const sentences = rng
      .sample(SENTENCES, rng.int(3, 6))
      .map((s) => s.replaceAll("{state}", stateName).replaceAll("{mandate}", mandateTitle));
    const paragraph = sentences.join(" ");
    paragraphs.push(paragraph);
    words += paragraph.split(/\s+/).length;
  }
  const text = paragraphs.join("\n\n");
  return { text, words: text.split(/\s+/).filter(Boolean).length };
}
