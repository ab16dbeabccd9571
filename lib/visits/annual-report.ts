// R9: the annual visit report, per mandate and overall, in five categories: the number of requests;
// the States asked; the outcome of each answer with its intended timeframe; the States that did not
// answer in the cycle; the States still not answering earlier requests. The cycle is a calendar year
// in Geneva time. Pure: the caller loads the requests (sent up to the end of the cycle) with their
// answer events, and this decides what falls where.
import type { VisitEventKind, VisitRequestStatus } from "../generated/prisma/enums";
import { ANSWER_EVENTS } from "./state-machine";

export type ReportRequest = {
  id: string;
  mandateId: string;
  stateId: string;
  status: VisitRequestStatus;
  requestedAt: Date;
  /** When the request was withdrawn, if it was. */
  withdrawnAt: Date | null;
  /** The State's answers (timeline events), in any order. */
  answers: { kind: VisitEventKind; at: Date }[];
  /** The intended timeframe: the visit's dates once scheduled, else the dates the State gave. */
  timeframe: { start: Date; end: Date | null } | null;
};

export type Cycle = { year: number; start: Date; end: Date };

export type AnswerRow<R> = { request: R; outcome: VisitEventKind; answeredAt: Date; timeframe: ReportRequest["timeframe"] };
export type StateGroup<R> = { stateId: string; requests: R[] };

export type AnnualVisitReport<R extends ReportRequest> = {
  cycle: Cycle;
  /** 1. Requests sent in the cycle. */
  requests: R[];
  /** 2. The States asked in the cycle, each with its requests. */
  statesAsked: StateGroup<R>[];
  /** 3. Each request answered in the cycle: its latest answer of the cycle, with the timeframe. */
  answers: AnswerRow<R>[];
  /** 4. States that did not answer in the cycle the requests sent to them in the cycle. */
  notAnsweredInCycle: StateGroup<R>[];
  /** 5. States still not answering, at the end of the cycle, requests sent before it. */
  stillNotAnsweringEarlier: StateGroup<R>[];
};

const within = (d: Date, c: Cycle) => d >= c.start && d < c.end;

function answeredBy(r: ReportRequest, at: Date): boolean {
  return r.answers.some((a) => ANSWER_EVENTS.includes(a.kind) && a.at < at);
}

function withdrawnBy(r: ReportRequest, at: Date): boolean {
  return r.withdrawnAt !== null && r.withdrawnAt < at;
}

function byState<R extends ReportRequest>(rows: R[]): StateGroup<R>[] {
  const groups = new Map<string, R[]>();
  for (const r of rows) groups.set(r.stateId, [...(groups.get(r.stateId) ?? []), r]);
  return [...groups].map(([stateId, requests]) => ({ stateId, requests }));
}

const chronological = (a: ReportRequest, b: ReportRequest) => a.requestedAt.getTime() - b.requestedAt.getTime() || a.id.localeCompare(b.id);

export function annualVisitReport<R extends ReportRequest>(
  all: readonly R[],
  cycle: Cycle,
  opts: { mandateId?: string } = {},
): AnnualVisitReport<R> {
  const rows = all.filter((r) => r.status !== "DRAFT" && (!opts.mandateId || r.mandateId === opts.mandateId)).sort(chronological);
  const requests = rows.filter((r) => within(r.requestedAt, cycle));
  const answers: AnswerRow<R>[] = [];
  for (const r of rows) {
    const inCycle = r.answers.filter((a) => ANSWER_EVENTS.includes(a.kind) && within(a.at, cycle));
    if (inCycle.length === 0) continue;
    const last = inCycle.reduce((x, y) => (y.at > x.at ? y : x));
    answers.push({ request: r, outcome: last.kind, answeredAt: last.at, timeframe: last.kind === "DECLINE" ? null : r.timeframe });
  }
  answers.sort((a, b) => a.answeredAt.getTime() - b.answeredAt.getTime() || a.request.id.localeCompare(b.request.id));
  const silent = (r: R) => !answeredBy(r, cycle.end) && !withdrawnBy(r, cycle.end);
  return {
    cycle,
    requests,
    statesAsked: byState(requests),
    answers,
    notAnsweredInCycle: byState(requests.filter(silent)),
    stillNotAnsweringEarlier: byState(rows.filter((r) => r.requestedAt < cycle.start && silent(r))),
  };
}
