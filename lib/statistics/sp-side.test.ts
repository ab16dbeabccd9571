import { describe, expect, it } from "vitest";
import { delayedReports, median, spSideFigures, type SpSideRequest } from "./sp-side";

const d = (s: string) => new Date(`${s}T09:00:00Z`);
const NOW = d("2026-06-01");
const base: SpSideRequest = {
  status: "REQUESTED",
  acceptedAt: null,
  scheduledAt: null,
  visitEnd: null,
  followUpsAt: [],
  reportSubmittedAt: null,
};
const req = (r: Partial<SpSideRequest>): SpSideRequest => ({ ...base, ...r });

describe("median", () => {
  it.each([
    [[], null],
    [[5], 5],
    [[9, 1, 5], 5],
    [[1, 2, 3, 10], 2.5],
    [[1 / 3], 0.3],
  ])("median(%j) = %s", (values, expected) => expect(median(values)).toBe(expected));
});

describe("spSideFigures (R20)", () => {
  it("is all zeros and no medians without requests", () => {
    expect(spSideFigures([], NOW)).toEqual({
      accepted: 0,
      takenUp: 0,
      medianDaysToTakeUp: null,
      notTakenUp: 0,
      awaitingMandate: 0,
      visitsCompleted: 0,
      followedUp: 0,
      followUpRate: null,
      reported: 0,
      medianDaysToReport: null,
      reportsDue: 0,
      reportsDelayed: 0,
      delayedRate: null,
      invitations: 0,
      invitationsAnswered: 0,
      medianDaysToInvitationAnswer: null,
      invitationsAccepted: 0,
      invitationsNotTakenUp: 0,
      invitationsAwaitingAnswer: 0,
    });
  });

  it("counts a yes taken up, dropped or awaiting the mandate, and the days to take one up", () => {
    const f = spSideFigures(
      [
        req({ status: "SCHEDULED", acceptedAt: d("2026-01-01"), scheduledAt: d("2026-01-11") }), // 10 days
        req({ status: "COMPLETED", acceptedAt: d("2025-01-01"), scheduledAt: d("2025-01-31"), visitEnd: d("2025-03-01") }), // 30 days
        req({ status: "WITHDRAWN", acceptedAt: d("2025-05-01") }), // not taken up
        req({ status: "ACCEPTED", acceptedAt: d("2026-05-01") }), // awaiting the mandate
        req({ status: "DATES_PROPOSED", acceptedAt: d("2026-05-02") }), // awaiting the mandate
        req({ status: "DECLINED" }), // no yes: not counted
        req({ status: "WITHDRAWN" }), // withdrawn before any yes: not "not taken up"
      ],
      NOW,
    );
    expect(f).toMatchObject({ accepted: 5, takenUp: 2, medianDaysToTakeUp: 20, notTakenUp: 1, awaitingMandate: 2 });
  });

  it("counts follow-up letters and reports only after a visit that has ended", () => {
    const f = spSideFigures(
      [
        // ended, followed up after its last day, report submitted 100 days later
        req({ status: "COMPLETED", visitEnd: d("2025-01-10"), followUpsAt: [d("2025-09-01")], reportSubmittedAt: d("2025-04-20") }),
        // ended, a "follow-up" dated before the visit ended does not count; report 200 days later
        req({ status: "COMPLETED", visitEnd: d("2025-02-01"), followUpsAt: [d("2025-01-15")], reportSubmittedAt: d("2025-08-20") }),
        // ended, no follow-up, no report
        req({ status: "COMPLETED", visitEnd: d("2026-03-01") }),
        // still to come: not a completed visit, its follow-up and report are not counted
        req({ status: "SCHEDULED", visitEnd: d("2026-09-01"), followUpsAt: [d("2026-10-01")] }),
        // a follow-up or report dated after `now` is not yet there
        req({ status: "COMPLETED", visitEnd: d("2026-01-01"), followUpsAt: [d("2026-07-01")], reportSubmittedAt: d("2026-07-01") }),
      ],
      NOW,
    );
    expect(f).toMatchObject({ visitsCompleted: 4, followedUp: 1, followUpRate: 0.25, reported: 2, medianDaysToReport: 150 });
  });

  it("counts a visit as ended only once its last day is over in Geneva, and follow-ups from the next Geneva day", () => {
    const lastDay = new Date("2026-06-01T00:00:00Z"); // a date-only column
    const visit = req({ status: "COMPLETED", visitEnd: lastDay, followUpsAt: [new Date("2026-06-01T20:00:00Z")] });
    // 23:30 in Geneva on the last day (21:30 UTC): not over yet.
    expect(spSideFigures([visit], new Date("2026-06-01T21:30:00Z")).visitsCompleted).toBe(0);
    // 00:30 in Geneva the next day (22:30 UTC): over. The letter of 22:00 Geneva time on the last day is not a follow-up…
    expect(spSideFigures([visit], new Date("2026-06-01T22:30:00Z"))).toMatchObject({ visitsCompleted: 1, followedUp: 0 });
    // …one written at 00:15 in Geneva the next day (22:15 UTC) is.
    const next = req({ ...visit, followUpsAt: [new Date("2026-06-01T22:15:00Z")] });
    expect(spSideFigures([next], new Date("2026-06-01T22:30:00Z"))).toMatchObject({ visitsCompleted: 1, followedUp: 1 });
  });

  describe("States' invitations to mandates", () => {
    const invitation = (invitedOn: string, r: Partial<SpSideRequest> = {}) =>
      req({ status: "INVITED", invitedAt: d(invitedOn), invitationAnswers: [], ...r });
    const answer = (kind: "INVITATION_ACCEPTED" | "INVITATION_DECLINED" | "INVITATION_DEFERRED", on: string) => ({ kind, at: d(on) });

    it("counts invitations answered, the days to the first answer, and those not taken up", () => {
      const f = spSideFigures(
        [
          // accepted after 10 days, visit arranged: taken up
          invitation("2026-01-01", {
            status: "SCHEDULED",
            invitationAnswers: [answer("INVITATION_ACCEPTED", "2026-01-11")],
            scheduledAt: d("2026-02-01"),
          }),
          // declined after 20 days: not taken up
          invitation("2026-01-01", { status: "DECLINED", invitationAnswers: [answer("INVITATION_DECLINED", "2026-01-21")] }),
          // "not now" after 30 days, then accepted: the first answer counts (30 days), awaiting dates, taken up
          invitation("2026-02-01", {
            status: "ACCEPTED",
            invitationAnswers: [answer("INVITATION_DEFERRED", "2026-03-03"), answer("INVITATION_ACCEPTED", "2026-04-01")],
          }),
          // "not now" after 40 days, and nothing since, over 60 days after the invitation: not taken up
          invitation("2026-01-10", { status: "INVITATION_DEFERRED", invitationAnswers: [answer("INVITATION_DEFERRED", "2026-02-19")] }),
          // accepted, then withdrawn without a visit: not taken up
          invitation("2026-01-05", { status: "WITHDRAWN", invitationAnswers: [answer("INVITATION_ACCEPTED", "2026-01-10")] }),
          // unanswered for more than 60 days: not taken up
          invitation("2026-03-01"),
          // unanswered within 60 days: awaiting
          invitation("2026-05-01"),
          // a mandate's request: not an invitation
          req({ status: "DECLINED" }),
        ],
        NOW,
      );
      expect(f).toMatchObject({
        invitations: 7,
        invitationsAnswered: 5,
        medianDaysToInvitationAnswer: 20, // 10, 20, 30, 40, 5
        invitationsAccepted: 3,
        invitationsNotTakenUp: 4,
        invitationsAwaitingAnswer: 1,
        // the invitations do not count among the States' acceptances of requests
        accepted: 0,
      });
    });

    it("draws the line at 60 days after the invitation, and ignores what comes after now", () => {
      // 2026-04-02 09:00 to NOW (2026-06-01 09:00) is exactly 60 days: still awaiting.
      expect(spSideFigures([invitation("2026-04-02")], NOW)).toMatchObject({ invitationsAwaitingAnswer: 1, invitationsNotTakenUp: 0 });
      // One day more: not taken up.
      expect(spSideFigures([invitation("2026-04-01")], NOW)).toMatchObject({ invitationsAwaitingAnswer: 0, invitationsNotTakenUp: 1 });
      // An answer dated after now, and an invitation dated after now, are not yet on the record.
      const later = spSideFigures(
        [invitation("2026-05-20", { invitationAnswers: [answer("INVITATION_DECLINED", "2026-06-02")] }), invitation("2026-06-03")],
        NOW,
      );
      expect(later).toMatchObject({ invitations: 1, invitationsAnswered: 0, invitationsNotTakenUp: 0, invitationsAwaitingAnswer: 1 });
    });
  });
});

describe("reports delayed (R20, R19's late flag)", () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`); // a date-only column
  const report = (due: string, submitted: string | null = null) => ({ dueAt: day(due), submittedAt: submitted ? day(submitted) : null });

  it("counts a report due today in Geneva as not yet due, and one due yesterday and not submitted as delayed", () => {
    // 10:00 in Geneva (CEST) on 1 June 2026.
    const at = new Date("2026-06-01T08:00:00Z");
    expect(delayedReports([report("2026-06-01")], at)).toEqual({ reportsDue: 0, reportsDelayed: 0, delayedRate: null });
    expect(delayedReports([report("2026-05-31")], at)).toEqual({ reportsDue: 1, reportsDelayed: 1, delayedRate: 1 });
  });

  it("turns a report delayed at Geneva's midnight, not UTC's", () => {
    const due = [report("2026-06-01")];
    // 23:30 in Geneva on the due day (21:30 UTC): still due.
    expect(delayedReports(due, new Date("2026-06-01T21:30:00Z")).reportsDelayed).toBe(0);
    // 00:30 in Geneva the next day (22:30 UTC, still 1 June in UTC): delayed.
    expect(delayedReports(due, new Date("2026-06-01T22:30:00Z")).reportsDelayed).toBe(1);
    // In winter (CET, UTC+1): 00:30 in Geneva on 2 January is 23:30 UTC on 1 January.
    expect(delayedReports([report("2026-01-01")], new Date("2026-01-01T22:59:00Z")).reportsDelayed).toBe(0);
    expect(delayedReports([report("2026-01-01")], new Date("2026-01-01T23:30:00Z")).reportsDelayed).toBe(1);
  });

  it("counts submitted reports as due, late only when submitted after the due day", () => {
    const at = new Date("2026-06-10T08:00:00Z");
    const f = delayedReports(
      [
        report("2026-05-01", "2026-05-01"), // on the due day: on time
        report("2026-05-01", "2026-04-20"), // early
        report("2026-05-01", "2026-05-02"), // a day late
        report("2026-07-01", "2026-06-09"), // submitted before its due day, which is still to come: on time, and counted
        report("2026-06-09"), // overdue since yesterday
        report("2026-06-20"), // still due: not counted
      ],
      at,
    );
    expect(f).toEqual({ reportsDue: 5, reportsDelayed: 2, delayedRate: 0.4 });
  });

  it("is part of the Special Procedures' side", () => {
    const f = spSideFigures([], new Date("2026-06-10T08:00:00Z"), [report("2026-06-01"), report("2026-06-01", "2026-05-30")]);
    expect(f).toMatchObject({ reportsDue: 2, reportsDelayed: 1, delayedRate: 0.5 });
  });
});
