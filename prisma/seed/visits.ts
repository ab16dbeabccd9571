// Sample country-visit requests across the lifecycle, with their dated timelines (R9), and the
// visits that took place or are scheduled, with end-of-mission statements and debriefings (R4).
import type { VisitEventKind, VisitRequestStatus } from "../../lib/generated/prisma/enums";
import type { MandateRef, SampleContext, StateRef } from "./context";
import { Rng } from "./random";
import { seedReports, type VisitDone, type VisitEventRow } from "./reports";
import { endOfMissionStatement } from "./statement";
import { addDays, dateOnly, DAY, YEAR, zurichTime } from "./time";

const POOL: [VisitRequestStatus, number][] = [
  ["COMPLETED", 15],
  ["SCHEDULED", 5],
  ["REQUESTED", 9],
  ["REMINDED", 8],
  ["ACCEPTED", 5],
  ["DATES_PROPOSED", 3],
  ["POSTPONED", 5],
  ["DECLINED", 5],
  ["WITHDRAWN", 2],
  ["DRAFT", 3],
];
const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DECLINE_REASONS = [
  "The Government considers that the issues raised are adequately addressed by national mechanisms.",
  "The Government is not in a position to receive the visit in the proposed period and has not proposed alternative dates.",
];

type Event = { kind: VisitEventKind; at: Date; note: string; isPublic: boolean };

export async function seedVisits(
  ctx: SampleContext,
  standing: Set<string>,
): Promise<{ requests: number; visits: number; reports: number }> {
  const { db, ref, now, seed, log } = ctx;
  const rng = new Rng(seed, "visits");
  const thematic = ref.mandates.filter((m) => m.kind === "THEMATIC");
  const holder = ref.mandateBySlug.get(ref.holderMandateSlug)!;
  const cosigner = ref.mandateBySlug.get(ref.cosignerMandateSlug)!;
  const nor = ref.stateByIso3.get("NOR")!;
  const bra = ref.stateByIso3.get("BRA")!;
  const members = ref.states.filter((s) => s.member);
  const forced: [VisitRequestStatus, MandateRef | null, StateRef | null][] = [
    ["REQUESTED", holder, nor],
    ["DRAFT", holder, null],
    ["COMPLETED", holder, null],
    ["SCHEDULED", cosigner, bra],
    ["REMINDED", null, nor],
  ];
  const pool = rng.shuffle(POOL.flatMap(([s, n]) => Array<VisitRequestStatus>(n).fill(s)));
  for (const [status] of forced) pool.splice(pool.indexOf(status), 1);
  const plan: [VisitRequestStatus, MandateRef | null, StateRef | null][] = [
    ...forced,
    ...pool.map((s) => [s, null, null] as [VisitRequestStatus, null, null]),
  ];

  const requests = [];
  const events: VisitEventRow[] = [];
  const visits = [];
  const done: VisitDone[] = [];
  const used = new Set<string>();
  for (const [status, forcedMandate, forcedState] of plan) {
    let mandate = forcedMandate ?? rng.pick(thematic);
    let state = forcedState ?? rng.pick(members);
    // Country mandates sometimes visit their own country; avoid duplicate mandate/State pairs.
    if (!forcedMandate && !forcedState && rng.chance(0.1)) {
      const cm = rng.pick(ref.mandates.filter((m) => m.countryId));
      const cs = ref.states.find((s) => s.id === cm.countryId);
      if (cs) [mandate, state] = [cm, cs];
    }
    for (let tries = 0; used.has(`${mandate.id}:${state.id}`) && tries < 20; tries++) state = rng.pick(members);
    used.add(`${mandate.id}:${state.id}`);

    const id = rng.uuid();
    const ev: Event[] = [];
    let requestedAt: Date | null = null;
    let answeredAt: Date | null = null;
    let start: Date | null = null;
    if (status === "COMPLETED") start = dateOnly(new Date(now.getTime() - rng.between(45 * DAY, 6 * YEAR)));
    if (status === "SCHEDULED") start = dateOnly(addDays(now, rng.int(20, 200)));
    if (start) {
      requestedAt = new Date(start.getTime() - rng.between(8, 24) * 30 * DAY);
      answeredAt = new Date(Math.min(requestedAt.getTime() + rng.between(1, 5) * 30 * DAY, now.getTime() - 5 * DAY));
    } else if (status !== "DRAFT") {
      const age = status === "REQUESTED" ? rng.between(10, 300) * DAY : rng.between(0.8, 4) * YEAR;
      requestedAt = new Date(now.getTime() - age);
      if (["ACCEPTED", "DATES_PROPOSED", "POSTPONED", "DECLINED"].includes(status)) {
        answeredAt = new Date(
          requestedAt.getTime() + Math.min(rng.between(1, 6) * 30 * DAY, (now.getTime() - requestedAt.getTime()) * 0.8),
        );
      }
    }
    if (requestedAt) {
      ev.push({
        kind: "REQUEST",
        at: requestedAt,
        note: `Request to visit ${state.nameEn} sent to the Permanent Mission.`,
        isPublic: true,
      });
      if (standing.has(state.id) && rng.chance(0.3)) {
        ev.push({
          kind: "STANDING_INVITATION_LETTER",
          at: addDays(requestedAt, 1),
          note: "Standing invitation letter attached to the request.",
          isPublic: true,
        });
      }
      const reminderUntil = answeredAt ?? now;
      const reminders = status === "REMINDED" ? rng.int(1, 3) : answeredAt || status === "WITHDRAWN" ? rng.int(0, 1) : 0;
      for (let r = 1; r <= reminders; r++) {
        const at = new Date(requestedAt.getTime() + ((reminderUntil.getTime() - requestedAt.getTime()) * r) / (reminders + 1));
        ev.push({ kind: "REMINDER", at, note: `Reminder ${r} sent to the Permanent Mission.`, isPublic: true });
      }
    }
    if (answeredAt && status === "DECLINED")
      ev.push({ kind: "DECLINE", at: answeredAt, note: "The Government declined the request.", isPublic: true });
    if (answeredAt && status === "POSTPONED") {
      ev.push({ kind: "ACCEPTANCE", at: answeredAt, note: "The Government accepted the request in principle.", isPublic: true });
      ev.push({
        kind: "POSTPONEMENT",
        at: new Date((answeredAt.getTime() + now.getTime()) / 2),
        note: "The visit was postponed at the request of the Government.",
        isPublic: true,
      });
    }
    if (answeredAt && ["ACCEPTED", "DATES_PROPOSED", "SCHEDULED", "COMPLETED"].includes(status)) {
      ev.push({ kind: "ACCEPTANCE", at: answeredAt, note: "The Government accepted the request.", isPublic: true });
    }
    let proposedPeriods: string | null = null;
    let stateProposed: { start: Date; end: Date } | null = null;
    if (status === "DATES_PROPOSED" || start) {
      const from = start ?? addDays(now, rng.int(60, 240));
      const until = addDays(from, 60);
      proposedPeriods = `Between ${MONTH_NAMES[from.getUTCMonth()]} ${from.getUTCFullYear()} and ${MONTH_NAMES[until.getUTCMonth()]} ${until.getUTCFullYear()}`;
      // A request awaiting the holder's confirmation carries the State's concrete dates (ten days from
      // the start of the period), so "Accept the State's dates" works on the demo data. Derived from
      // values already drawn: no extra draw, so the rest of the sample data stays the same.
      if (status === "DATES_PROPOSED") stateProposed = { start: dateOnly(from), end: dateOnly(addDays(from, 9)) };
      const at = answeredAt ? new Date(Math.min(answeredAt.getTime() + 30 * DAY, now.getTime() - DAY)) : now;
      const dates = stateProposed
        ? `${stateProposed.start.toISOString().slice(0, 10)} to ${stateProposed.end.toISOString().slice(0, 10)}`
        : proposedPeriods;
      ev.push({ kind: "DATES_PROPOSED", at, note: `Dates proposed: ${dates}.`, isPublic: false });
    }
    if (status === "WITHDRAWN")
      ev.push({
        kind: "NOTE",
        at: new Date((requestedAt!.getTime() + now.getTime()) / 2),
        note: "Request withdrawn by the mandate holder at the end of the tenure.",
        isPublic: false,
      });

    if (start) {
      const end = addDays(start, rng.int(7, 12));
      const announcedAt = new Date(
        Math.min(answeredAt!.getTime() + rng.between(40, 80) * DAY, start.getTime() - 14 * DAY, now.getTime() - DAY),
      );
      ev.push({
        kind: "SCHEDULED",
        at: announcedAt,
        note: `Visit scheduled from ${start.toISOString().slice(0, 10)} to ${end.toISOString().slice(0, 10)}.`,
        isPublic: true,
      });
      const completed = status === "COMPLETED";
      const withStatement = completed && (mandate.id === holder.id || rng.chance(0.8));
      const debriefingAt = completed ? zurichTime(end, 10) : null;
      const statement = withStatement
        ? endOfMissionStatement(
            rng,
            state.nameEn,
            mandate.titleEn,
            rng.chance(0.75) ? rng.int(5050, 5950) : rng.pick([rng.int(4200, 4900), rng.int(6100, 6800)]),
          )
        : null;
      const visitId = rng.uuid();
      visits.push({
        id: visitId,
        visitRequestId: id,
        startDate: start,
        endDate: end,
        announcedAt,
        endOfMissionStatement: statement?.text ?? null,
        statementWordCount: statement?.words ?? null,
        statementSharedWithStateAt: statement ? zurichTime(addDays(end, -1), 17) : null,
        debriefingAt,
        statementPublishedAt: statement ? zurichTime(end, 14) : null,
        createdAt: announcedAt,
      });
      if (completed) {
        if (statement)
          ev.push({
            kind: "END_OF_MISSION_STATEMENT",
            at: zurichTime(end, 14),
            note: "End-of-mission statement published after the debriefing.",
            isPublic: true,
          });
        ev.push({
          kind: "DEBRIEFING",
          at: debriefingAt!,
          note: "Debriefing with the Government held before any press activity.",
          isPublic: false,
        });
        done.push({ visitId, visitRequestId: id, mandate, state, endDate: end });
      }
    }
    requests.push({
      id,
      mandateId: mandate.id,
      stateId: state.id,
      status,
      purpose: `[Sample] Country visit to ${state.nameEn} by the ${mandate.titleEn}, to assess the situation within the scope of the mandate.`,
      proposedPeriods,
      stateProposedStart: stateProposed?.start ?? null,
      stateProposedEnd: stateProposed?.end ?? null,
      requestedAt,
      answeredAt,
      declineReason: status === "DECLINED" ? rng.pick(DECLINE_REASONS) : null,
      sample: true,
      createdAt: requestedAt ? addDays(requestedAt, -rng.int(3, 20)) : addDays(now, -rng.int(1, 10)),
      updatedAt: ev.length ? new Date(Math.max(...ev.map((e) => e.at.getTime()))) : now,
    });
    for (const e of ev) if (e.at.getTime() <= now.getTime()) events.push({ id: rng.uuid(), visitRequestId: id, ...e, createdAt: e.at });
  }
  await db.visitRequest.createMany({ data: requests });
  await db.visit.createMany({ data: visits });
  const reports = await seedReports(ctx, done, events, rng);
  await db.visitEvent.createMany({ data: events });
  log(`Visits: ${requests.length} requests, ${visits.length} visits, ${events.length} events, ${reports} reports`);
  return { requests: requests.length, visits: visits.length, reports };
}
