import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDatabase } from "@/prisma/seed/index";
import { closeIntegrationDatabase, demoActors, setNow } from "../support/integration";

// Issue 17, item 5 against a real PostgreSQL: each step that waits for someone writes a notification
// per person told and queues its mail — at once (R1: held outside Geneva business hours, never
// urgent), in the daily digest, or, for a State, the mission's own mail (R2). The clock is set here:
// Tuesday 10 November 2026, 10:30 in Geneva, whatever day the tests run.

const T0 = new Date("2026-11-10T09:30:00Z");
const SATURDAY = new Date("2026-11-14T17:30:00Z");
const MONDAY_OPENING = new Date("2026-11-16T08:00:00Z");
const DAY = 86_400_000;

let db: TestDatabase;
let prisma: PrismaClient;
let actors: Awaited<ReturnType<typeof demoActors>>;

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_notify" });
  Object.assign(process.env, {
    DATABASE_URL: db.connectionString,
    SP_TEST_CLOCK: "1",
    FILES_DIR: mkdtempSync(path.join(os.tmpdir(), "sp-files-")),
  });
  prisma = createPrismaClient(db.connectionString, 4);
  await seedDatabase(prisma, { communications: 10, now: T0 });
  actors = await demoActors(prisma);
  await setNow(T0);
}, 180_000);
afterAll(() => closeIntegrationDatabase({ db, prisma }));

/** The notifications of a kind about one record, with the mail each points to. */
async function told(kind: string, recordId?: string) {
  const rows = await prisma.notification.findMany({
    where: { kind, ...(recordId ? { recordId } : {}) },
    orderBy: [{ createdAt: "asc" }, { userId: "asc" }],
    include: { user: { select: { email: true } } },
  });
  const mails = await prisma.outboxMessage.findMany({
    where: { id: { in: rows.flatMap((r) => (r.outboxMessageId ? [r.outboxMessageId] : [])) } },
  });
  return rows.map((r) => ({ ...r, email: r.user.email, mail: mails.find((m) => m.id === r.outboxMessageId) ?? null }));
}

const emailsOf = (rows: { email: string }[]) => [...new Set(rows.map((r) => r.email))].sort();

describe("letters", () => {
  it("tells the co-signer, the secretariat, the lead holder, the State and the holders at each step", async () => {
    await setNow(T0);
    const { saveDraft } = await import("@/lib/communications/save-draft");
    const { submitDraft } = await import("@/lib/communications/submit-draft");
    const { reviewCommunication } = await import("@/lib/communications/review-communication");
    const { respondCosign } = await import("@/lib/communications/respond-cosign");
    const { dispatchCommunication } = await import("@/lib/communications/dispatch-communication");
    const { submitReply } = await import("@/lib/communications/submit-reply");
    const norway = await prisma.state.findUniqueOrThrow({ where: { iso3: "NOR" } });
    const cosignMandate = actors.cosigner.mandateIds[0]!;
    const draft = {
      leadMandateId: actors.holder.mandateIds[0]!,
      type: "AL" as const,
      addressee: { kind: "STATE" as const, id: norway.id },
      copiedStateIds: [],
      subject: "Detention of a journalist",
      summary: "A summary long enough for the rules on letters. ".repeat(2),
      body: "A body long enough for the rules on letters. ".repeat(6),
      confidentialAnnex: "Names of the people concerned",
      themeIds: [],
      cosignMandateIds: [cosignMandate],
      concernsReprisals: false,
      urgent: false,
    };
    // The co-signer reads French: its mail is in French.
    await prisma.user.update({ where: { id: actors.cosigner.userId }, data: { locale: "fr" } });
    const { id } = await saveDraft({ actor: actors.holder, input: draft });
    await saveDraft({ actor: actors.holder, input: { ...draft, communicationId: id, body: draft.body + " Edited." } });
    const invited = await told("cosign.invited", id);
    expect(invited).toHaveLength(1); // saving again does not invite again
    expect(invited[0]).toMatchObject({
      email: "cosigner@sp-portal.example",
      delivery: "IMMEDIATE",
      link: `/portal/mandate-holder/communications/${id}`,
      readAt: null,
    });
    expect(invited[0]!.mail).toMatchObject({ urgent: false, atOnce: false, status: "PENDING", kind: "notification.cosign.invited" });
    expect(invited[0]!.mail!.subject).toMatch(/^Invitation à cosigner/);
    expect(invited[0]!.mail!.textBody).toContain(`/portal/mandate-holder/communications/${id}`);
    // The mail names the draft by its subject, so that an invited holder can tell two invitations apart
    // (the secretariat, which reads the outbox, reads every letter); never its text.
    expect(invited[0]!.mail!.textBody).toContain(draft.subject);
    expect(invited[0]!.mail!.textBody).not.toContain(draft.body.trim().slice(0, 40));

    await submitDraft({ actor: actors.holder, input: { communicationId: id } });
    expect(emailsOf(await told("communication.submitted", id))).toEqual([
      "secretariat2@sp-portal.example",
      "secretariat@sp-portal.example",
    ]);

    await reviewCommunication({ actor: actors.secretariat, input: { communicationId: id, decision: "return", comment: "Add the date." } });
    const returned = await told("communication.returned", id);
    expect(emailsOf(returned)).toEqual(["holder@sp-portal.example"]); // lead holder and drafter: one person, told once
    expect(returned[0]!.mail!.subject).toBe(`Returned: ${draft.subject}`);

    await submitDraft({ actor: actors.holder, input: { communicationId: id } });
    await respondCosign({
      actor: actors.cosigner,
      input: { communicationId: id, mandateId: cosignMandate, decision: "SIGNED", comment: null },
    });
    await reviewCommunication({ actor: actors.secretariat, input: { communicationId: id, decision: "approve", comment: null } });
    expect(emailsOf(await told("communication.approved", id))).toEqual(["holder@sp-portal.example"]);

    const sent = await dispatchCommunication({ actor: actors.secretariat, input: { communicationId: id } });
    const dispatched = await told("communication.dispatched", id);
    const norwayUsers = await prisma.user.findMany({ where: { stateId: norway.id, active: true }, select: { email: true } });
    expect(emailsOf(dispatched)).toEqual(norwayUsers.map((u) => u.email).sort());
    for (const n of dispatched) {
      // R2: the letter's own mail to the mission (focal point in copy) is the mail; no personal one.
      expect(n.delivery).toBe("MISSION");
      expect(n.mail).toMatchObject({ kind: "communication", communicationId: id });
      expect(n.mail!.toAddresses).not.toContain(n.email);
      expect(n.createdAt).toEqual(sent.sentAt);
    }

    await submitReply({ actor: actors.norway, input: { communicationId: id, language: "en", body: "Our reply." }, files: [] });
    const replied = await told("communication.reply-received", id);
    expect(emailsOf(replied)).toEqual(["cosigner@sp-portal.example", "holder@sp-portal.example"]);
    expect(replied.find((r) => r.email === "holder@sp-portal.example")!.params).toEqual({ reference: sent.reference, state: "Norway" });
    // The secretariat's mailbox still has its notice, no longer labelled urgent (R1).
    const notice = await prisma.outboxMessage.findFirstOrThrow({ where: { kind: "reply-notice", communicationId: id } });
    expect(notice).toMatchObject({ urgent: false, atOnce: false });
    expect(notice.toAddresses).toEqual(["sp-communications@ohchr.example"]);
  });
});

describe("visits", () => {
  it("tells the holder of dates proposed, and the mission of dates accepted and of the statement (R2)", async () => {
    await setNow(T0);
    const { requestVisit } = await import("@/lib/visits/request-visit");
    const { answerVisit } = await import("@/lib/visits/answer-visit");
    const { requesterAction } = await import("@/lib/visits/requester-action");
    const { saveStatement, visitStep } = await import("@/lib/visits/statement");
    const { samplePdf } = await import("@/lib/files/sample-files.test-support");
    const brazil = await prisma.state.findUniqueOrThrow({
      where: { iso3: "BRA" },
      select: { id: true, missionEmail: true, focalPoints: { where: { active: true }, select: { email: true } } },
    });
    const mandateId = actors.holder.mandateIds[0]!;
    await prisma.visitRequest.updateMany({ where: { stateId: brazil.id, mandateId }, data: { status: "WITHDRAWN" } });
    const { id } = await requestVisit({
      actor: actors.holder,
      input: { mandateId, stateId: brazil.id, purpose: "To assess the situation of defenders.", proposedPeriods: "Spring", sendNow: true },
      files: [{ fileName: "request-letter.pdf", bytes: samplePdf() }],
    });
    const day = (d: Date) => new Date(`${d.toISOString().slice(0, 10)}T00:00:00Z`);
    await answerVisit({
      actor: actors.brazil,
      input: {
        visitRequestId: id,
        answer: "proposeDates",
        start: day(new Date(T0.getTime() + 3 * DAY)),
        end: day(new Date(T0.getTime() + 6 * DAY)),
        reason: null,
        note: null,
        receivedOn: null,
      },
      files: [],
    });
    const proposed = await told("visit.dates-proposed", id);
    expect(emailsOf(proposed)).toEqual(["holder@sp-portal.example"]);
    expect(proposed[0]!.mail!.subject).toBe("Dates proposed for the visit to Brazil");

    await requesterAction({ actor: actors.holder, input: { visitRequestId: id, action: "acceptProposedDates", note: null } });
    const accepted = await told("visit.dates-accepted", id);
    expect(accepted.length).toBeGreaterThan(0);
    expect(accepted.every((n) => n.delivery === "MISSION" && n.link === `/portal/state/visits/${id}`)).toBe(true);
    const missionMail = accepted[0]!.mail!;
    expect(missionMail).toMatchObject({ kind: "notification.visit.dates-accepted", urgent: false });
    expect(missionMail.toAddresses).toEqual([brazil.missionEmail!.toLowerCase()]);
    expect(missionMail.ccAddresses).toEqual(brazil.focalPoints.map((f) => f.email.toLowerCase()));

    await setNow(new Date(T0.getTime() + 7 * DAY));
    await saveStatement({ actor: actors.holder, input: { visitRequestId: id, text: "word ".repeat(5200) }, files: [] });
    await visitStep({ actor: actors.holder, input: { visitRequestId: id, step: "shareStatement" } });
    const shared = await told("visit.statement-shared", id);
    expect(shared.length).toBe(accepted.length);
    expect(shared[0]!.mail).toMatchObject({ kind: "visit.statement-shared" });
    await setNow(T0);
  });
});

describe("calls for input", () => {
  it("tells the States asked through their missions, the proposer of the decision, and the holders of each answer", async () => {
    await setNow(T0);
    const { createQuestionnaire } = await import("@/lib/questionnaires/create-questionnaire");
    const { decideProposal } = await import("@/lib/questionnaires/approve-questionnaire");
    const { saveResponse } = await import("@/lib/questionnaires/save-response");
    const { genevaDate } = await import("@/lib/core/geneva");
    const states = await prisma.state.findMany({ where: { iso3: { in: ["NOR", "BRA"] } }, select: { id: true, iso3: true } });
    const input = (title: string) => ({
      title,
      purpose: "To inform the annual report to the Human Rights Council.",
      mandateIds: [actors.holder.mandateIds[0]!],
      themeIds: [],
      reportId: undefined,
      councilSession: 62,
      audience: "STATES" as const,
      targetMode: "selected" as const,
      targetStateIds: states.map((s) => s.id),
      languages: ["en" as const],
      opensOn: genevaDate(T0),
      deadlineOn: genevaDate(new Date(T0.getTime() + 60 * DAY)),
      questions: JSON.stringify([{ kind: "SHORT_TEXT", text: "Anything to add?" }]),
      exceptionJustification: null,
    });
    const issued = await createQuestionnaire({ actor: actors.secretariat, input: input("Call on civic space") });
    const calls = await told("call.issued", issued.id);
    const missionUsers = await prisma.user.findMany({
      where: { stateId: { in: states.map((s) => s.id) }, active: true },
      select: { email: true },
    });
    expect(emailsOf(calls)).toEqual(missionUsers.map((u) => u.email).sort());
    expect(calls.every((n) => n.delivery === "MISSION" && n.mail?.kind === "notification.call.issued")).toBe(true);
    expect(new Set(calls.map((n) => n.outboxMessageId)).size).toBe(2); // one mail per mission

    const rejected = await createQuestionnaire({ actor: actors.holder, input: input("Proposed call on assemblies") });
    expect(await told("call.issued", rejected.id)).toHaveLength(0); // a proposal asks no one yet
    await decideProposal({ actor: actors.secretariat, input: { questionnaireId: rejected.id, decision: "reject" } });
    const decided = await told("call.proposal-decided", rejected.id);
    expect(decided.map((n) => [n.email, n.params])).toEqual([
      ["holder@sp-portal.example", { title: "Proposed call on assemblies", decision: "rejected" }],
    ]);
    expect(decided[0]!.mail!.textBody).toContain("declined");

    const approved = await createQuestionnaire({ actor: actors.holder, input: input("Proposed call on associations") });
    await decideProposal({
      actor: actors.secretariat,
      input: { questionnaireId: approved.id, decision: "approve", exceptionJustification: null },
    });
    expect((await told("call.proposal-decided", approved.id))[0]!.params).toMatchObject({ decision: "approved" });
    expect((await told("call.issued", approved.id)).length).toBe(calls.length);

    const question = await prisma.question.findFirstOrThrow({ where: { questionnaireId: issued.id } });
    await saveResponse({
      actor: actors.norway,
      input: { questionnaireId: issued.id, removeAttachmentIds: [], intent: "submit", mayPublish: false },
      rawAnswers: { [question.id]: "Nothing." },
      files: {},
    });
    expect(emailsOf(await told("call.answer-received", issued.id))).toEqual(["holder@sp-portal.example"]);
  });
});

describe("the Internal Advisory Mechanism, case submissions, good stories, office hours", () => {
  it("tells the Committee and the secretariat of a case, and its party of the outcome", async () => {
    await setNow(T0);
    const { submitAdvisoryCase } = await import("@/lib/advisory/submit-case");
    const { handleAdvisoryCase } = await import("@/lib/advisory/handle-case");
    const iam = await submitAdvisoryCase({
      actor: actors.holder,
      input: { category: "CONTEMPLATED_ACTIVITY", title: "A planned statement", description: "Advice sought on a planned statement." },
    });
    expect(emailsOf(await told("advisory.received", iam.id))).toEqual([
      "cosigner@sp-portal.example",
      "secretariat2@sp-portal.example",
      "secretariat@sp-portal.example",
    ]);
    await handleAdvisoryCase({
      actor: actors.cosigner,
      input: { caseId: iam.id, status: "UNDER_CONSIDERATION", recommendation: null, outcome: null },
    });
    expect(await told("advisory.decided", iam.id)).toHaveLength(0);
    await handleAdvisoryCase({
      actor: actors.cosigner,
      input: { caseId: iam.id, status: "CLOSED", recommendation: "Go ahead.", outcome: "Advice given." },
    });
    expect(emailsOf(await told("advisory.decided", iam.id))).toEqual(["holder@sp-portal.example"]);
  });

  it("tells the holders of a mandate a submission is newly assigned to", async () => {
    const { assignCase } = await import("@/lib/cases/assign-case");
    const c = await prisma.caseSubmission.findFirstOrThrow({ where: { status: "RECEIVED" }, select: { id: true, receiptNumber: true } });
    const input = { caseId: c.id, mandateIds: [actors.holder.mandateIds[0]!], otherMandateId: undefined };
    await assignCase({ actor: actors.secretariat, input });
    await assignCase({ actor: actors.secretariat, input });
    const assigned = await told("case.assigned", c.id);
    expect(assigned.map((n) => [n.email, n.params])).toEqual([["holder@sp-portal.example", { receipt: c.receiptNumber }]]);
  });

  it("tells a submitter with an account of the moderation (with the reason), and mails one without an account", async () => {
    const { submitStory } = await import("@/lib/stories/submit-story");
    const { moderateStory } = await import("@/lib/stories/moderate-story");
    const norway = await prisma.state.findUniqueOrThrow({ where: { iso3: "NOR" } });
    const story = (title: string, over: Record<string, unknown> = {}) => ({
      title,
      recommendation: "Establish firewalls between public services and immigration enforcement.",
      whatChanged: "A decree now forbids hospitals from sharing data with immigration authorities.",
      evidenceLinks: "https://example.org/decree",
      mandateId: undefined,
      stateId: norway.id,
      themeIds: [],
      submitterName: null,
      submitterEmail: null,
      ...over,
    });
    const own = await submitStory({ actor: actors.civil, input: story("Firewalls in hospitals") });
    await moderateStory({ actor: actors.secretariat, input: { storyId: own.id, decision: "reject", note: "Out of scope." } });
    const moderated = await told("story.moderated", own.id);
    expect(moderated.map((n) => [n.email, n.params])).toEqual([
      ["civil@sp-portal.example", { title: "Firewalls in hospitals", decision: "rejected" }],
    ]);
    expect(moderated[0]!.mail!.textBody).toContain("Out of scope.");
    const anonymous = await submitStory({
      actor: null,
      input: story("Anonymous", { submitterEmail: "visitor@example.org", submitterName: "V" }),
    });
    await moderateStory({ actor: actors.secretariat, input: { storyId: anonymous.id, decision: "publish", note: null } });
    expect(await told("story.moderated", anonymous.id)).toHaveLength(0);
    expect(await prisma.outboxMessage.count({ where: { kind: "story.decision", toAddresses: { has: "visitor@example.org" } } })).toBe(1);
  });

  it("tells the holder of a booking and its cancellation; the State's confirmation is a receipt, neither urgent", async () => {
    await setNow(T0);
    const { publishSlots } = await import("@/lib/office-hours/publish-slots");
    const { bookSlot, cancelBooking } = await import("@/lib/office-hours/book-slot");
    const { genevaDate } = await import("@/lib/core/geneva");
    await publishSlots({
      actor: actors.holder,
      input: { date: genevaDate(new Date(T0.getTime() + 20 * DAY)), time: "10:00", minutes: 30, count: 1, location: "Room N" },
    });
    const slot = await prisma.officeHourSlot.findFirstOrThrow({ where: { location: "Room N" } });
    await bookSlot({ actor: actors.norway, input: { slotId: slot.id, topic: "Follow-up" } });
    await cancelBooking({ actor: actors.norway, input: { slotId: slot.id } });
    const booked = await told("office-hours.booked", slot.id);
    expect(booked.map((n) => [n.email, n.params])).toEqual([["holder@sp-portal.example", { when: "2026-11-30 10:00", state: "Norway" }]]);
    expect(booked[0]!.mail).toMatchObject({ kind: "office-hours.booked", urgent: false, atOnce: false });
    expect(booked[0]!.mail!.textBody).toContain("Room N"); // the booking's own text, in the holder's time zone
    expect(emailsOf(await told("office-hours.cancelled", slot.id))).toEqual(["holder@sp-portal.example"]);
    const receipts = await prisma.outboxMessage.findMany({ where: { kind: { in: ["office-hours.booked", "office-hours.cancelled"] } } });
    expect(receipts.map((m) => m.toAddresses[0]).sort()).toEqual([
      "holder@sp-portal.example",
      "holder@sp-portal.example",
      "state@sp-portal.example",
      "state@sp-portal.example",
    ]);
    expect(receipts.every((m) => !m.urgent && !m.atOnce)).toBe(true);
  });
});

describe("the daily digest", () => {
  it("gathers the notices of those who chose it in one mail per person and Geneva day, once across instances", async () => {
    await setNow(T0);
    const { savePreferences, findPreferences } = await import("@/lib/notifications/preferences");
    const { notify } = await import("@/lib/notifications/notify");
    const { sendDailyDigests } = await import("@/lib/notifications/send-daily-digests");
    const holder = actors.holder;
    expect((await findPreferences({ actor: holder })).find((p) => p.kind === "case.assigned")).toEqual({
      kind: "case.assigned",
      delivery: "IMMEDIATE",
    });
    await savePreferences({ actor: holder, input: { "case.assigned": "DIGEST", "cosign.invited": "IMMEDIATE" }, now: T0 });
    expect((await findPreferences({ actor: holder })).find((p) => p.kind === "case.assigned")!.delivery).toBe("DIGEST");
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { action: "notifications.preferences", actorId: holder.userId } });
    expect(audit.after).toEqual({ "case.assigned": "DIGEST" }); // only what changed

    const tell = (receipt: string, at: Date) =>
      prisma.$transaction((tx) =>
        notify(tx, {
          kind: "case.assigned",
          recipients: [holder.userId],
          params: { receipt },
          link: "/portal/mandate-holder/cases",
          record: { type: "CaseSubmission", id: receipt },
          now: at,
        }),
      );
    const before = await prisma.outboxMessage.count();
    await tell("CASE-DIGEST-1", T0);
    await tell("CASE-DIGEST-2", new Date(T0.getTime() + 60_000));
    expect(await prisma.outboxMessage.count()).toBe(before); // no mail at once
    const waiting = await told("case.assigned");
    expect(
      waiting
        .filter((n) => n.params && (n.params as { receipt: string }).receipt.startsWith("CASE-DIGEST"))
        .every((n) => n.delivery === "DIGEST" && !n.mail),
    ).toBe(true);

    const at = new Date(T0.getTime() + 5 * 3_600_000); // 15:30 in Geneva
    // Two instances run the job at once: one digest.
    const runs = await Promise.all([sendDailyDigests({ now: at }), sendDailyDigests({ now: at })]);
    expect(runs.reduce((n, r) => n + r.digests, 0)).toBe(1);
    const digests = await prisma.notificationDigest.findMany({ where: { userId: holder.userId } });
    expect(digests).toHaveLength(1);
    expect(digests[0]!.genevaDay).toBe("2026-11-10");
    const mail = await prisma.outboxMessage.findUniqueOrThrow({ where: { id: digests[0]!.outboxMessageId! } });
    expect(mail).toMatchObject({
      kind: "notification.digest",
      urgent: false,
      status: "PENDING",
      toAddresses: ["holder@sp-portal.example"],
    });
    expect(mail.subject).toBe("SP Portal: 2 notices of 2026-11-10");
    expect(mail.textBody).toContain("CASE-DIGEST-1");
    expect(mail.textBody).toContain("CASE-DIGEST-2");

    // Later the same Geneva day: what came since waits for tomorrow's digest.
    await tell("CASE-DIGEST-3", new Date(at.getTime() + 60_000));
    expect((await sendDailyDigests({ now: new Date(at.getTime() + 120_000) })).digests).toBe(0);
    // Saturday evening: the digest is made, and held until Monday's opening (R1).
    await tell("CASE-DIGEST-4", new Date(SATURDAY.getTime() - 60_000));
    expect((await sendDailyDigests({ now: SATURDAY })).digests).toBe(1);
    const saturday = await prisma.notificationDigest.findUniqueOrThrow({
      where: { userId_genevaDay: { userId: holder.userId, genevaDay: "2026-11-14" } },
      include: { notifications: { select: { params: true } } },
    });
    expect(saturday.notifications.map((n) => (n.params as { receipt: string }).receipt).sort()).toEqual(["CASE-DIGEST-3", "CASE-DIGEST-4"]);
    const held = await prisma.outboxMessage.findUniqueOrThrow({ where: { id: saturday.outboxMessageId! } });
    expect(held).toMatchObject({ status: "HELD", notBefore: MONDAY_OPENING, heldReason: "outside-business-hours" });
    await savePreferences({ actor: holder, input: { "case.assigned": "IMMEDIATE" }, now: SATURDAY });
  });
});

describe("urgency (R1)", () => {
  it("sends account-security mail at once without the Urgent label, and holds a notification on a Saturday", async () => {
    const { enqueueMail, getBusinessHours } = await import("@/lib/platform/enqueue-mail");
    const { notify } = await import("@/lib/notifications/notify");
    const businessHours = await getBusinessHours(prisma);
    const [security, notice] = await prisma.$transaction(async (tx) => [
      await enqueueMail(tx, {
        to: ["a@example.org"],
        subject: "Reset",
        text: "Link",
        urgent: false,
        atOnce: true,
        kind: "t",
        now: SATURDAY,
        businessHours,
      }),
      (
        await notify(tx, {
          kind: "cosign.invited",
          recipients: [actors.holder.userId],
          params: { mandate: "X" },
          link: "/portal/mandate-holder/communications",
          record: { type: "Communication", id: "x" },
          now: SATURDAY,
        })
      ).mailIds[0]!,
    ]);
    expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id: security.id } })).toMatchObject({
      status: "PENDING",
      urgent: false,
      atOnce: true,
      notBefore: SATURDAY,
    });
    expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id: notice } })).toMatchObject({
      status: "HELD",
      urgent: false,
      notBefore: MONDAY_OPENING,
    });
    const invitation = await prisma.outboxMessage.findFirst({ where: { kind: { in: ["user.invitation", "password-reset"] } } });
    if (invitation) expect(invitation.urgent).toBe(false);
  });
});

describe("the list", () => {
  it("shows a person's own notifications newest first, counts the unread, and marks them read", async () => {
    const now = new Date(T0.getTime() + 30 * DAY);
    await setNow(now);
    const { findNotifications, countUnread } = await import("@/lib/notifications/find-notifications");
    const { markNotificationRead, markAllNotificationsRead } = await import("@/lib/notifications/mark-read");
    const holder = actors.holder;
    const list = await findNotifications({ actor: holder, page: 1, locale: "es", now });
    expect(list.total).toBeGreaterThan(5);
    const times = list.notifications.map((n) => n.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(list.notifications.some((n) => n.text.includes("Norway") || n.text.includes("Brazil"))).toBe(true);
    expect(list.notifications.find((n) => n.kind === "advisory.decided")!.text).toContain("Comité de Coordinación");
    const unread = await countUnread(holder, now);
    expect(unread).toBe(list.unread);

    const first = list.notifications[0]!;
    // Another person's notification is not found, and stays unread.
    await expect(markNotificationRead({ actor: actors.cosigner, id: first.id, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await markNotificationRead({ actor: holder, id: first.id, now })).toEqual({ link: expect.stringMatching(/^\/portal\//) });
    expect(await countUnread(holder, now)).toBe(unread - 1);
    await markAllNotificationsRead({ actor: holder, now });
    expect(await countUnread(holder, now)).toBe(0);
    // Marking read is the person's own state: not audited.
    expect(await prisma.auditEntry.count({ where: { action: { startsWith: "notifications.read" } } })).toBe(0);
    // A notice dated later (a letter sent at the next opening) is not shown before.
    const future = await prisma.notification.create({
      data: {
        userId: holder.userId,
        kind: "case.assigned",
        params: { receipt: "LATER" },
        link: "/portal",
        recordType: "x",
        recordId: "x",
        delivery: "IMMEDIATE",
        createdAt: new Date(now.getTime() + DAY),
      },
    });
    expect(await countUnread(holder, now)).toBe(0);
    await expect(markNotificationRead({ actor: holder, id: future.id, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
