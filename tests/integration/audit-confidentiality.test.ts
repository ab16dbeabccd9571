import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { seedDatabase } from "@/prisma/seed/index";
import { closeIntegrationDatabase, demoActors, setNow } from "../support/integration";

// Issue 13, item 6: the audit log (read by the admin and the secretariat) never keeps a confidential
// value. The mutations behind letters, replies, press releases, questionnaire answers, the Internal
// Advisory Mechanism, office hours and reprisal cases are run with a unique marker in every
// confidential field; each marker must reach its record (so the mutation really ran) and no AuditEntry.

let db: TestDatabase;
let prisma: PrismaClient;
let actors: Awaited<ReturnType<typeof demoActors>>;
const tag = randomUUID().slice(0, 8);
const marker = (name: string) => `MARKER-${name}-${tag}`;
const M = {
  subject: marker("SUBJECT"),
  summary: marker("SUMMARY"),
  body: marker("BODY"),
  annex: marker("ANNEX"),
  body2: marker("BODY-EDITED"),
  review: marker("REVIEW-COMMENT"),
  reply: marker("REPLY"),
  prTitle: marker("PR-TITLE"),
  prBody: marker("PR-BODY"),
  answer: marker("ANSWER"),
  iamTitle: marker("IAM-TITLE"),
  iamDescription: marker("IAM-DESCRIPTION"),
  iamRecommendation: marker("IAM-RECOMMENDATION"),
  iamOutcome: marker("IAM-OUTCOME"),
  topic: marker("TOPIC"),
  persons: marker("PERSONS"),
  cooperation: marker("COOPERATION"),
  acts: marker("ACTS"),
  actions: marker("ACTIONS"),
};
const long = (m: string) => `${m} ${"a long enough text for the rules on letters. ".repeat(4)}`;

const serialise = (value: unknown) => JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v));

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_auditconf" });
  Object.assign(process.env, {
    DATABASE_URL: db.connectionString,
    SP_TEST_CLOCK: "1",
    FILES_DIR: mkdtempSync(path.join(os.tmpdir(), "sp-files-")),
  });
  prisma = createPrismaClient(db.connectionString, 4);
  await seedDatabase(prisma, { communications: 40 });
  actors = await demoActors(prisma);
  await runMutations();
}, 120_000);
afterAll(() => closeIntegrationDatabase({ db, prisma }));

async function runMutations() {
  const holder: Actor = actors.holder;
  const norway = await prisma.state.findUniqueOrThrow({ where: { iso3: "NOR" } });

  // A letter: drafted, edited, submitted, approved with a comment, sent, answered.
  const { saveDraft } = await import("@/lib/communications/save-draft");
  const { submitDraft } = await import("@/lib/communications/submit-draft");
  const { reviewCommunication } = await import("@/lib/communications/review-communication");
  const { dispatchCommunication } = await import("@/lib/communications/dispatch-communication");
  const { submitReply } = await import("@/lib/communications/submit-reply");
  const draft = {
    leadMandateId: holder.mandateIds[0]!,
    type: "AL" as const,
    addressee: { kind: "STATE" as const, id: norway.id },
    copiedStateIds: [],
    subject: M.subject,
    summary: long(M.summary),
    body: long(M.body),
    confidentialAnnex: M.annex,
    themeIds: [],
    cosignMandateIds: [],
    concernsReprisals: false,
    urgent: false,
  };
  const { id: letterId } = await saveDraft({ actor: holder, input: draft });
  await saveDraft({ actor: holder, input: { ...draft, communicationId: letterId, body: long(M.body2) } });
  await submitDraft({ actor: holder, input: { communicationId: letterId } });
  await reviewCommunication({ actor: actors.secretariat, input: { communicationId: letterId, decision: "approve", comment: M.review } });
  await dispatchCommunication({ actor: actors.secretariat, input: { communicationId: letterId } });
  // Not urgent: sent at the next Geneva opening (R1) — on a weekend, Monday's. Norway answers once it has it.
  const { sentAt } = await prisma.communication.findUniqueOrThrow({ where: { id: letterId }, select: { sentAt: true } });
  await setNow(new Date(Math.max(Date.now(), sentAt!.getTime()) + 60_000));
  await submitReply({ actor: actors.norway, input: { communicationId: letterId, language: "en", body: M.reply }, files: [] });

  // A press release draft.
  const { savePressReleaseDraft } = await import("@/lib/press-releases/save-draft");
  await savePressReleaseDraft({ actor: holder, input: { mandateId: holder.mandateIds[0]!, title: M.prTitle, body: long(M.prBody) } });

  // The Internal Advisory Mechanism.
  const { submitAdvisoryCase } = await import("@/lib/advisory/submit-case");
  const { handleAdvisoryCase } = await import("@/lib/advisory/handle-case");
  const iam = await submitAdvisoryCase({
    actor: holder,
    input: { category: "CONTEMPLATED_ACTIVITY", title: M.iamTitle, description: M.iamDescription },
  });
  await handleAdvisoryCase({
    actor: actors.cosigner,
    input: { caseId: iam.id, status: "UNDER_CONSIDERATION", recommendation: M.iamRecommendation, outcome: null },
  });
  await handleAdvisoryCase({
    actor: actors.cosigner,
    input: { caseId: iam.id, status: "CLOSED", recommendation: M.iamRecommendation, outcome: M.iamOutcome },
  });

  // Office hours: a State books a slot with a topic, then cancels.
  const { publishSlots } = await import("@/lib/office-hours/publish-slots");
  const { bookSlot, cancelBooking } = await import("@/lib/office-hours/book-slot");
  const { now } = await import("@/lib/core/clock");
  const { genevaDate } = await import("@/lib/core/geneva");
  await publishSlots({
    actor: holder,
    input: { date: genevaDate(new Date(now().getTime() + 30 * 86_400_000)), time: "10:00", minutes: 30, count: 1, location: `Room ${tag}` },
  });
  const slot = await prisma.officeHourSlot.findFirstOrThrow({ where: { location: `Room ${tag}` } });
  await bookSlot({ actor: actors.norway, input: { slotId: slot.id, topic: M.topic } });
  await cancelBooking({ actor: actors.norway, input: { slotId: slot.id } });
  await bookSlot({ actor: actors.norway, input: { slotId: slot.id, topic: M.topic } });

  // A reprisal case, recorded and edited by the secretariat.
  const { saveReprisalCase } = await import("@/lib/reprisals/save-case");
  const reprisal = {
    stateId: norway.id,
    personsConcerned: M.persons,
    cooperationContext: M.cooperation,
    actsAlleged: M.acts,
    actsDate: new Date("2026-03-01T00:00:00Z"),
    actionsTaken: null,
    communicationReferences: [] as string[],
    status: "OPEN" as const,
    confidentiality: "STRICTLY_CONFIDENTIAL" as const,
    sgReportYear: null,
  };
  const { id: caseId } = await saveReprisalCase({ actor: actors.secretariat, input: reprisal });
  await saveReprisalCase({ actor: actors.secretariat, input: { ...reprisal, caseId, actionsTaken: M.actions } });

  // A questionnaire answered by Norway.
  const { saveResponse } = await import("@/lib/questionnaires/save-response");
  const call = await prisma.questionnaire.findFirstOrThrow({
    where: {
      status: "OPEN",
      audience: { in: ["STATES", "ALL"] },
      opensAt: { lte: now() },
      deadline: { gt: now() },
      questions: { some: { kind: { in: ["SHORT_TEXT", "LONG_TEXT"] } } },
    },
    select: { id: true, questions: { select: { id: true, kind: true } } },
  });
  const textQuestions = call.questions.filter((q) => q.kind === "SHORT_TEXT" || q.kind === "LONG_TEXT");
  await saveResponse({
    actor: actors.norway,
    input: { questionnaireId: call.id, removeAttachmentIds: [], intent: "save", mayPublish: false },
    rawAnswers: Object.fromEntries(textQuestions.map((q) => [q.id, M.answer])),
    files: {},
  });
}

describe("the audit log and confidential values", () => {
  it("every mutation reached its record (the markers are in the data)", async () => {
    const data = serialise(
      await Promise.all([
        prisma.communication.findMany({
          select: { subject: true, summary: true, body: true, confidentialAnnex: true, reviewComment: true },
        }),
        prisma.communicationReply.findMany({ select: { body: true } }),
        prisma.pressRelease.findMany({ select: { title: true, body: true } }),
        prisma.advisoryCase.findMany({ select: { title: true, description: true, recommendation: true, outcome: true } }),
        prisma.officeHourSlot.findMany({ select: { bookingTopic: true } }),
        prisma.reprisalCase.findMany({
          select: { personsConcerned: true, cooperationContext: true, actsAlleged: true, actionsTaken: true },
        }),
        prisma.questionnaireResponse.findMany({ select: { answers: true } }),
      ]),
    );
    for (const m of Object.values(M).filter((m) => m !== M.body)) expect(data, m).toContain(m);
  });

  it("no AuditEntry contains any marker", async () => {
    const entries = await prisma.auditEntry.findMany();
    expect(entries.length).toBeGreaterThan(15);
    const text = serialise(entries);
    for (const m of Object.values(M)) expect(text.includes(m), `audit log contains ${m}`).toBe(false);
  });

  it("the entries still say who changed which record and which fields", async () => {
    const letterEdit = await prisma.auditEntry.findFirstOrThrow({ where: { action: "communication.update-draft" } });
    expect(letterEdit).toMatchObject({ actorId: actors.holder.userId, entityType: "Communication" });
    expect(letterEdit.changedFields).toContain("body");
    expect(letterEdit.changedFields).not.toContain("subject");
    const booking = await prisma.auditEntry.findFirstOrThrow({ where: { action: "office-hours.book" } });
    expect(booking.changedFields).toEqual(expect.arrayContaining(["bookedByStateId", "topic"]));
    expect(booking.after).toMatchObject({ bookedByStateId: actors.norway.stateId });
    const handled = await prisma.auditEntry.findFirstOrThrow({ where: { action: "advisory.handle" }, orderBy: { id: "desc" } });
    expect(handled.changedFields).toEqual(expect.arrayContaining(["outcome", "status"]));
    expect(handled.after).toMatchObject({ status: "CLOSED" });
  });
});
