// Sample States' invitations to mandates (R9, R20): one awaiting the demo holder's answer, and others
// answered or not, so that the Special Procedures' side shows invitations answered, the time to answer
// and invitations not taken up. Its own random stream: the requests seeded before stay the same.
import type { VisitEventKind, VisitRequestStatus } from "../../lib/generated/prisma/enums";
import { OPEN_STATUSES } from "../../lib/visits/state-machine";
import type { MandateRef, SampleContext, StateRef } from "./context";
import { Rng } from "./random";
import { addDays, dateOnly } from "./time";

type Plan = {
  status: VisitRequestStatus;
  invitedDaysAgo: number;
  /** The mandate's answers, in days after the invitation. */
  answers: [VisitEventKind, number][];
  mandate?: MandateRef;
  state?: StateRef;
};

export async function seedInvitations(ctx: SampleContext): Promise<number> {
  const { db, ref, now, seed, log } = ctx;
  const rng = new Rng(seed, "invitations");
  const holder = ref.mandateBySlug.get(ref.holderMandateSlug)!;
  // Not Brazil or Norway: the demo missions' own exchanges with the demo holders are the tests' to make.
  const chile = ref.stateByIso3.get("CHL")!;
  const plans: Plan[] = [
    // The demo holder has an invitation to answer in its workspace.
    { status: "INVITED", invitedDaysAgo: 12, answers: [], mandate: holder, state: chile },
    { status: "INVITED", invitedDaysAgo: 140, answers: [] },
    { status: "INVITATION_DEFERRED", invitedDaysAgo: 200, answers: [["INVITATION_DEFERRED", 25]] },
    { status: "DECLINED", invitedDaysAgo: 300, answers: [["INVITATION_DECLINED", 14]] },
    { status: "ACCEPTED", invitedDaysAgo: 45, answers: [["INVITATION_ACCEPTED", 9]] },
    { status: "SCHEDULED", invitedDaysAgo: 250, answers: [["INVITATION_ACCEPTED", 20]] },
  ];
  // One open exchange per mandate and State: skip pairs the requests already use.
  const open = await db.visitRequest.findMany({
    where: { status: { in: [...OPEN_STATUSES] } },
    select: { mandateId: true, stateId: true },
  });
  const used = new Set(open.map((o) => `${o.mandateId}:${o.stateId}`));
  const thematic = ref.mandates.filter((m) => m.kind === "THEMATIC");
  const members = ref.states.filter((s) => s.member);
  const requests = [];
  const events = [];
  const visits = [];
  for (const p of plans) {
    let mandate = p.mandate ?? rng.pick(thematic);
    let state = p.state ?? rng.pick(members);
    for (let tries = 0; used.has(`${mandate.id}:${state.id}`) && tries < 50; tries++) {
      mandate = rng.pick(thematic);
      state = rng.pick(members);
    }
    used.add(`${mandate.id}:${state.id}`);
    const id = rng.uuid();
    const invitedAt = addDays(now, -p.invitedDaysAgo);
    const answeredAt = p.answers.length ? addDays(invitedAt, p.answers[0]![1]) : null;
    const declined = p.status === "DECLINED";
    requests.push({
      id,
      initiator: "STATE" as const,
      mandateId: mandate.id,
      stateId: state.id,
      status: p.status,
      purpose: `[Sample] The Government of ${state.nameEn} invites the ${mandate.titleEn} to visit the country.`,
      proposedPeriods: rng.chance(0.5) ? "Any time in the coming twelve months" : null,
      requestedAt: invitedAt,
      answeredAt,
      declineReason: declined ? "The mandate's programme of visits for the coming two years is full." : null,
      sample: true,
      createdAt: invitedAt,
      updatedAt: answeredAt ?? invitedAt,
    });
    const event = (kind: VisitEventKind, at: Date, note: string) => ({
      id: rng.uuid(),
      visitRequestId: id,
      kind,
      at,
      note,
      isPublic: true,
      createdAt: at,
    });
    events.push(event("INVITATION", invitedAt, "Invitation from the Government to visit the country."));
    for (const [kind, after] of p.answers) events.push(event(kind, addDays(invitedAt, after), "Answer of the mandate to the invitation."));
    if (p.status === "SCHEDULED") {
      const scheduledAt = addDays(answeredAt!, 40);
      const start = dateOnly(addDays(now, rng.int(30, 120)));
      const end = addDays(start, 8);
      events.push(
        event("SCHEDULED", scheduledAt, `Visit scheduled from ${start.toISOString().slice(0, 10)} to ${end.toISOString().slice(0, 10)}.`),
      );
      visits.push({ id: rng.uuid(), visitRequestId: id, startDate: start, endDate: end, announcedAt: scheduledAt, createdAt: scheduledAt });
    }
  }
  await db.visitRequest.createMany({ data: requests });
  await db.visit.createMany({ data: visits });
  await db.visitEvent.createMany({ data: events });
  log(`Invitations: ${requests.length} invitations from States`);
  return requests.length;
}
