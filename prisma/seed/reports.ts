// Reports on completed sample visits (symbols like A/HRC/58/45/Add.1, presented at the first
// regular Council session at least five months after the visit: R11), with recommendations whose
// implementation is followed up (R16).
import type { ImplementationStatus, VisitEventKind } from "../../lib/generated/prisma/enums";
import { THEME_AFFINITY } from "./catalog";
import type { MandateRef, SampleContext, StateRef } from "./context";
import { CONCERNS, focusOf, GROUPS } from "./phrases";
import type { Rng } from "./random";
import { DAY, dateOnly, YEAR } from "./time";

export type VisitDone = { visitId: string; visitRequestId: string; mandate: MandateRef; state: StateRef; endDate: Date };

export type VisitEventRow = {
  id: string;
  visitRequestId: string;
  kind: VisitEventKind;
  at: Date;
  note: string;
  isPublic: boolean;
  createdAt: Date;
};

/** Opening day of a regular Council session: number 43 opened in late February 2020, three a year. */
export function sessionStart(session: number): Date {
  const offset = session - 43;
  const year = 2020 + Math.floor(offset / 3);
  const slot = ((offset % 3) + 3) % 3;
  const [month, day] = [
    [1, 26],
    [5, 16],
    [8, 9],
  ][slot]!;
  return new Date(Date.UTC(year, month!, day!));
}

function firstSessionAfter(date: Date): number {
  let session = 43 + (date.getUTCFullYear() - 2020) * 3 - 3;
  while (sessionStart(session).getTime() < date.getTime()) session++;
  return session;
}

const RECOMMENDATIONS = [
  "Adopt a comprehensive legal framework for the protection of {group}, developed in consultation with civil society.",
  "Ensure prompt, impartial and effective investigations into all allegations of {concern}, and bring those responsible to justice.",
  "Review legislation that restricts the legitimate exercise of the rights to freedom of expression, peaceful assembly and association.",
  "Establish an independent monitoring mechanism with unannounced access to all places of deprivation of liberty.",
  "Guarantee meaningful consultation with affected communities before approving large-scale development projects.",
  "Allocate adequate resources to the national human rights institution and guarantee its independence.",
  "Collect data disaggregated by sex, age, disability and origin to identify and address patterns of discrimination.",
  "Provide effective remedies and reparation to victims, including rehabilitation and guarantees of non-recurrence.",
];
const STATUSES: [ImplementationStatus, number][] = [
  ["NOT_STARTED", 2],
  ["IN_PROGRESS", 3],
  ["PARTIALLY_IMPLEMENTED", 3],
  ["IMPLEMENTED", 2],
  ["NOT_IMPLEMENTED", 1],
  ["UNKNOWN", 3],
];
const EVIDENCE: Partial<Record<ImplementationStatus, string>> = {
  IN_PROGRESS: "A draft bill was submitted to Parliament, according to the Government's follow-up information.",
  PARTIALLY_IMPLEMENTED: "Some measures were adopted; civil society reports that implementation remains uneven.",
  IMPLEMENTED: "The law was adopted and entered into force; confirmed by the national human rights institution.",
  NOT_IMPLEMENTED: "No measures reported in the follow-up period.",
  NOT_STARTED: "The Government indicated that the recommendation is under consideration.",
};

export async function seedReports(ctx: SampleContext, done: VisitDone[], events: VisitEventRow[], rng: Rng): Promise<number> {
  const { db, ref, now } = ctx;
  const docNo = new Map(ref.mandates.map((m, i) => [m.id, 30 + i]));
  const addendum = new Map<string, number>();
  const reports = [];
  const reportThemes = [];
  const recommendations = [];
  const recThemes = [];
  for (const v of [...done].sort((a, b) => a.endDate.getTime() - b.endDate.getTime())) {
    const session = firstSessionAfter(new Date(v.endDate.getTime() + 150 * DAY));
    const opens = sessionStart(session);
    const submittedAt = dateOnly(new Date(opens.getTime() - rng.int(30, 70) * DAY));
    if (submittedAt.getTime() > now.getTime()) continue;
    const presented = dateOnly(new Date(opens.getTime() + rng.int(3, 20) * DAY));
    const publishedAt = new Date(submittedAt.getTime() + rng.int(10, 30) * DAY);
    const key = `${session}/${docNo.get(v.mandate.id)}`;
    const add = (addendum.get(key) ?? 0) + 1;
    addendum.set(key, add);
    const id = rng.uuid();
    reports.push({
      id,
      symbol: `A/HRC/${key}/Add.${add}`,
      title: `[Sample] Visit to ${v.state.nameEn}: report of the ${v.mandate.titleEn}`,
      mandateId: v.mandate.id,
      visitId: v.visitId,
      submittedAt,
      councilSession: session,
      presentedAt: presented.getTime() <= now.getTime() ? presented : null,
      publishedAt: publishedAt.getTime() <= now.getTime() ? publishedAt : null,
      createdAt: submittedAt,
    });
    const affinity = (THEME_AFFINITY[v.mandate.slug] ?? ["sdg-16"]).map((s) => ref.themeBySlug.get(s)).filter((t) => !!t);
    for (const t of rng.sample(affinity, rng.int(1, 3))) reportThemes.push({ reportId: id, themeId: t.id });
    events.push({
      id: rng.uuid(),
      visitRequestId: v.visitRequestId,
      kind: "REPORT",
      at: submittedAt,
      note: `Report ${reports.at(-1)!.symbol} submitted to the Council (session ${session}).`,
      isPublic: true,
      createdAt: submittedAt,
    });

    const [concerns, groups] = focusOf(v.mandate.slug);
    const statuses = STATUSES.flatMap(([s, n]) => Array<ImplementationStatus>(n).fill(s));
    for (const text of rng.sample(RECOMMENDATIONS, rng.int(3, 6))) {
      const status = rng.pick(statuses);
      const updated =
        status === "UNKNOWN" ? null : new Date(Math.min(submittedAt.getTime() + rng.between(0.3, 2) * YEAR, now.getTime() - DAY));
      const recId = rng.uuid();
      recommendations.push({
        id: recId,
        text: text.replace("{group}", GROUPS[rng.pick(groups)].en).replace("{concern}", CONCERNS[rng.pick(concerns)].label.en),
        reportId: id,
        status,
        statusEvidence: EVIDENCE[status] ?? null,
        statusUpdatedAt: updated,
        createdAt: submittedAt,
      });
      for (const t of rng.sample(affinity.length ? affinity : ref.themes, rng.int(1, 2)))
        recThemes.push({ recommendationId: recId, themeId: t.id });
    }
    const followUp = new Date(submittedAt.getTime() + YEAR);
    if (followUp.getTime() < now.getTime() && rng.chance(0.6)) {
      events.push({
        id: rng.uuid(),
        visitRequestId: v.visitRequestId,
        kind: "FOLLOW_UP",
        at: followUp,
        note: "Follow-up letter on the implementation of the recommendations sent to the Government.",
        isPublic: true,
        createdAt: followUp,
      });
    }
  }
  await db.report.createMany({ data: reports });
  await db.reportTheme.createMany({ data: reportThemes });
  await db.recommendation.createMany({ data: recommendations });
  await db.recommendationTheme.createMany({ data: recThemes });
  return reports.length;
}
