// Reports on completed sample visits (symbols like A/HRC/58/45/Add.1, presented at the first
// regular Council session at least five months after the visit: R11), with recommendations whose
// implementation is followed up (R16).
import type { ImplementationStatus, VisitEventKind } from "../../lib/generated/prisma/enums";
import type { Prisma } from "../../lib/generated/prisma/client";
import { THEME_AFFINITY } from "./catalog";
import type { MandateRef, SampleContext, StateRef } from "./context";
import { CONCERNS, focusOf, GROUPS } from "./phrases";
import type { Rng } from "./random";
import { DAY, dateOnly, YEAR } from "./time";
import { seedReportDocuments } from "./report-documents";

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
    // R19: due eight weeks before the session opens, as the secretariat sets it.
    const dueAt = dateOnly(new Date(opens.getTime() - 56 * DAY));
    reports.push({
      id,
      body: "HRC" as const,
      kind: "COUNTRY_VISIT" as const,
      dueAt,
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
  const thematic = thematicReports(ctx, docNo, rng);
  await db.report.createMany({ data: [...reports, ...thematic.reports] });
  await db.reportTheme.createMany({ data: [...reportThemes, ...thematic.themes] });
  await db.recommendation.createMany({ data: recommendations });
  await db.recommendationTheme.createMany({ data: recThemes });
  await seedReportDocuments(ctx, [...reports, ...thematic.reports]);
  return reports.length + thematic.reports.length;
}

const THEMATIC_FOCUS = ["digital technologies", "climate-related displacement", "access to justice", "the protection of civic space"];

function summaryText(mandateTitle: string, focus: string): string {
  return (
    `Main issues. The report of the ${mandateTitle} examines ${focus}: the trends observed over the past year, ` +
    "the gaps in legal frameworks and their implementation, and good practices shared by States, national human rights " +
    "institutions and civil society.\n\nViews welcome. The mandate holder would welcome views, in the interactive " +
    "dialogue, on the measures States have taken, on the obstacles met by those affected, and on the recommendations " +
    "that would make the greatest difference."
  );
}

/**
 * R19: thematic reports of a few mandates — at the last Council session (submitted, published,
 * presented, one of them late) and at the next one (due dates around today: submitted on time, late,
 * overdue, due soon; some one-page summaries already public before the dialogue).
 */
function thematicReports(ctx: SampleContext, docNo: Map<string, number>, rng: Rng) {
  const { ref, now } = ctx;
  const today = dateOnly(now);
  const preferred = ["hr-defenders", "freedom-of-expression", "climate-change", "privacy", "environment", "torture"];
  const mandates = preferred.map((slug) => ref.mandates.find((m) => m.slug === slug)).filter((m) => !!m);
  const next = firstSessionAfter(now);
  const last = next - 1;
  const reports: Prisma.ReportCreateManyInput[] = [];
  const themes: { reportId: string; themeId: string }[] = [];
  const tag = (id: string, slug: string) => {
    const affinity = (THEME_AFFINITY[slug] ?? ["sdg-16"]).map((x) => ref.themeBySlug.get(x)).filter((t) => !!t);
    for (const t of affinity.slice(0, 3)) themes.push({ reportId: id, themeId: t.id });
  };
  mandates.forEach((m, i) => {
    const n = docNo.get(m.id)!;
    const focus = THEMATIC_FOCUS[i % THEMATIC_FOCUS.length]!;
    // The last session: presented, published; the second one was submitted ten days late.
    if (i < 4) {
      const opens = sessionStart(last);
      const dueAt = dateOnly(new Date(opens.getTime() - 56 * DAY));
      const submittedAt = dateOnly(new Date(dueAt.getTime() + (i === 1 ? 10 : -rng.int(1, 10)) * DAY));
      const presentedAt = dateOnly(new Date(opens.getTime() + (10 + i) * DAY));
      const id = rng.uuid();
      reports.push({
        id,
        symbol: `A/HRC/${last}/${n}`,
        title: `[Sample] ${focus[0]!.toUpperCase()}${focus.slice(1)}: report of the ${m.titleEn}`,
        mandateId: m.id,
        body: "HRC" as const,
        kind: "THEMATIC" as const,
        councilSession: last,
        dueAt,
        submittedAt: submittedAt <= today ? submittedAt : null,
        publishedAt: new Date(Math.min(submittedAt.getTime() + 21 * DAY, now.getTime())),
        presentedAt: presentedAt <= today ? presentedAt : null,
        summary: summaryText(m.titleEn, focus),
        summaryPublishedAt: new Date(Math.min(opens.getTime() - 7 * DAY, now.getTime())),
        createdAt: new Date(dueAt.getTime() - 90 * DAY),
      });
      tag(id, m.slug);
    }
    // The next session: due dates spread around today, before the session opens.
    const opens = sessionStart(next);
    const dueAt = dateOnly(new Date(Math.min(today.getTime() + (i - 3) * 6 * DAY, opens.getTime() - 7 * DAY)));
    const submitted = [dueAt.getTime() - 3 * DAY, dueAt.getTime() + 4 * DAY, null, null, today.getTime(), null][i] ?? null;
    const id = rng.uuid();
    reports.push({
      id,
      symbol: `A/HRC/${next}/${n}`,
      title: `[Sample] ${focus[0]!.toUpperCase()}${focus.slice(1)} (${next}th session): report of the ${m.titleEn}`,
      mandateId: m.id,
      body: "HRC" as const,
      kind: "THEMATIC" as const,
      councilSession: next,
      dueAt,
      submittedAt: submitted !== null && submitted <= today.getTime() ? new Date(submitted) : null,
      publishedAt: null,
      presentedAt: null,
      summary: i === 0 || i === 1 || i === 2 || i === 4 ? summaryText(m.titleEn, focus) : null,
      // Made public before the dialogue: not the third one's yet (a draft).
      summaryPublishedAt: i === 0 || i === 1 || i === 4 ? new Date(now.getTime() - (i + 1) * DAY) : null,
      createdAt: new Date(now.getTime() - 60 * DAY),
    });
    tag(id, m.slug);
  });
  return { reports, themes };
}
