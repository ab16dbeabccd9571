import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import type { QuestionnaireInput } from "@/lib/questionnaires/schemas";
import { samplePdf } from "@/lib/files/sample-files.test-support";
import { seedDatabase } from "@/prisma/seed/index";
import { actorByEmail, closeIntegrationDatabase } from "../support/integration";

// R12 against a real, seeded PostgreSQL: creation rules, answers and who may read them, publication.
let db: TestDatabase;
let prisma: PrismaClient;
let filesDir: string;
const actors: Record<string, Actor> = {};
const DAY = 24 * 3_600_000;
const JUSTIFICATION = "The Council asked for the report one session earlier than planned.";

const actorFor = (email: string) => actorByEmail(prisma, email);
async function shiftDays(days: number) {
  const { setClockOffset } = await import("@/lib/core/clock");
  setClockOffset(days * DAY);
}
const lib = async () => ({
  ...(await import("@/lib/questionnaires/create-questionnaire")),
  ...(await import("@/lib/questionnaires/approve-questionnaire")),
  ...(await import("@/lib/questionnaires/save-response")),
  ...(await import("@/lib/questionnaires/get-response-form")),
  ...(await import("@/lib/questionnaires/get-response-file")),
  ...(await import("@/lib/questionnaires/get-managed-questionnaire")),
  ...(await import("@/lib/questionnaires/find-public-calls")),
  ...(await import("@/lib/questionnaires/find-calls-to-answer")),
  ...(await import("@/lib/questionnaires/export-answers")),
  ...(await import("@/lib/questionnaires/fatigue")),
  ...(await import("@/lib/core/clock")),
});

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_quest" });
  filesDir = mkdtempSync(path.join(os.tmpdir(), "sp-files-"));
  Object.assign(process.env, { DATABASE_URL: db.connectionString, FILES_DIR: filesDir, SP_TEST_CLOCK: "1" });
  prisma = createPrismaClient(db.connectionString, 4);
  await seedDatabase(prisma, { communications: 20 });
  for (const [key, email] of Object.entries({
    secretariat: "secretariat@sp-portal.example",
    holder: "holder@sp-portal.example",
    cosigner: "cosigner@sp-portal.example",
    norway: "state@sp-portal.example",
    brazil: "state2@sp-portal.example",
    civil: "civil@sp-portal.example",
  }))
    actors[key] = await actorFor(email);
});
afterEach(async () => {
  await shiftDays(0);
});
afterAll(async () => {
  await closeIntegrationDatabase({ db, prisma });
  rmSync(filesDir, { recursive: true, force: true });
});

const genevaToday = async () => (await import("@/lib/core/geneva")).genevaDate((await lib()).now());
const inDays = async (days: number) => (await import("@/lib/core/geneva")).genevaDate(new Date((await lib()).now().getTime() + days * DAY));

const QUESTIONS = [
  { kind: "LONG_TEXT", text: "Describe your legal framework.", required: true },
  { kind: "SINGLE_CHOICE", text: "Is there a national action plan?", choices: ["Yes", "No"] },
  { kind: "FILE_UPLOAD", text: "Attach relevant laws.", required: true },
];

async function input(over: Partial<QuestionnaireInput> & { questionList?: unknown[] } = {}): Promise<QuestionnaireInput> {
  const { questionList, ...rest } = over;
  return {
    title: "Call for input on civic space",
    purpose: "To inform the annual report to the Human Rights Council.",
    mandateIds: [actors.holder!.mandateIds[0]!],
    themeIds: [],
    reportId: undefined,
    councilSession: 62,
    audience: "STATES",
    targetMode: "all",
    targetStateIds: [],
    languages: ["en", "fr"],
    opensOn: await genevaToday(),
    deadlineOn: await inDays(60),
    questions: JSON.stringify(questionList ?? QUESTIONS),
    exceptionJustification: null,
    ...rest,
  };
}

const file = () => ({ fileName: "law.pdf", bytes: new Uint8Array(samplePdf()) });

describe("creating a call (R12)", () => {
  it("refuses a window under 8 weeks or more than 10 questions without a justification, and records one that has it", async () => {
    const { createQuestionnaire } = await lib();
    await expect(
      createQuestionnaire({ actor: actors.secretariat!, input: await input({ deadlineOn: await inDays(30) }) }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { exceptionJustification: ["questionnaires.windowTooShort"] } });
    const eleven = Array.from({ length: 11 }, (_, i) => ({ kind: "SHORT_TEXT", text: `Question number ${i + 1}?` }));
    await expect(createQuestionnaire({ actor: actors.secretariat!, input: await input({ questionList: eleven }) })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { exceptionJustification: ["questionnaires.tooManyQuestions"] },
    });
    expect(await prisma.questionnaire.count({ where: { title: "Short call" } })).toBe(0);

    const created = await createQuestionnaire({
      actor: actors.secretariat!,
      input: await input({
        title: "Short call",
        deadlineOn: await inDays(30),
        questionList: eleven,
        exceptionJustification: JUSTIFICATION,
      }),
    });
    expect(created).toMatchObject({ status: "OPEN", exceptions: ["window", "questions"] });
    const q = await prisma.questionnaire.findUniqueOrThrow({
      where: { id: created.id },
      include: { _count: { select: { questions: true, targets: true } } },
    });
    expect(q).toMatchObject({
      exceptionJustification: JUSTIFICATION,
      approvedById: actors.secretariat!.userId,
      createdById: actors.secretariat!.userId,
    });
    expect(q._count).toEqual({ questions: 11, targets: await prisma.state.count() });
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: created.id, action: "questionnaire.create" } });
    expect(audit.after).toMatchObject({
      exceptions: ["window", "questions"],
      exceptionJustification: JUSTIFICATION,
      minWindowWeeks: 8,
      maxQuestions: 10,
    });
  });

  it("follows the configured limits", async () => {
    const { createQuestionnaire } = await lib();
    const set = (key: string, value: number) => prisma.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
    await set("questionnaires.minWindowWeeks", 4);
    await set("questionnaires.maxQuestions", 2);
    try {
      await expect(
        createQuestionnaire({ actor: actors.secretariat!, input: await input({ deadlineOn: await inDays(30) }) }),
      ).rejects.toMatchObject({ fieldErrors: { exceptionJustification: ["questionnaires.tooManyQuestions"] } });
      const ok = await createQuestionnaire({
        actor: actors.secretariat!,
        input: await input({ deadlineOn: await inDays(30), questionList: QUESTIONS.slice(0, 2) }),
      });
      expect(ok.exceptions).toEqual([]);
    } finally {
      await set("questionnaires.minWindowWeeks", 8);
      await set("questionnaires.maxQuestions", 10);
    }
  });

  it("puts each question's error next to it and refuses a deadline before the opening", async () => {
    const { createQuestionnaire } = await lib();
    await expect(
      createQuestionnaire({
        actor: actors.secretariat!,
        input: await input({
          questionList: [
            { kind: "SHORT_TEXT", text: "Fine question?" },
            { kind: "SINGLE_CHOICE", text: "Only one choice?", choices: ["Yes"] },
          ],
        }),
      }),
    ).rejects.toMatchObject({ fieldErrors: { "questions.1.choices": ["questionnaires.choicesRequired"] } });
    await expect(
      createQuestionnaire({ actor: actors.secretariat!, input: await input({ deadlineOn: await inDays(-1) }) }),
    ).rejects.toMatchObject({ fieldErrors: { deadlineOn: ["questionnaires.deadlineBeforeOpening"] } });
  });

  it("a holder proposes for its own mandate only; the proposal is not public until the secretariat approves it", async () => {
    const { createQuestionnaire, decideProposal, findPublicCalls, getManagedQuestionnaire, now } = await lib();
    await expect(createQuestionnaire({ actor: actors.cosigner!, input: await input({ title: "Not mine" }) })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { mandateIds: ["questionnaires.mandateNotYours"] },
    });
    await expect(createQuestionnaire({ actor: actors.norway!, input: await input() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const proposal = await createQuestionnaire({ actor: actors.holder!, input: await input({ title: "Proposed call on assemblies" }) });
    expect(proposal.status).toBe("PENDING_APPROVAL");
    const listed = async () => (await findPublicCalls({ filters: {}, now: now() })).rows.some((r) => r.id === proposal.id);
    expect(await listed()).toBe(false);
    await expect(getManagedQuestionnaire({ actor: actors.cosigner!, questionnaireId: proposal.id, now: now() })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      decideProposal({ actor: actors.holder!, input: { questionnaireId: proposal.id, decision: "approve", exceptionJustification: null } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await decideProposal({
      actor: actors.secretariat!,
      input: { questionnaireId: proposal.id, decision: "approve", exceptionJustification: null },
    });
    expect(await prisma.questionnaire.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({
      status: "OPEN",
      approvedById: actors.secretariat!.userId,
    });
    expect(await listed()).toBe(true);
    await expect(
      decideProposal({ actor: actors.secretariat!, input: { questionnaireId: proposal.id, decision: "reject" } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("answering (R12)", () => {
  it("a State saves a draft with a file, comes back, submits with a receipt; nobody else reads it; it is public only after the deadline and only if allowed", async () => {
    const l = await lib();
    const call = await l.createQuestionnaire({
      actor: actors.secretariat!,
      input: await input({ title: "Call answered by Norway and Brazil" }),
    });
    const [q1, q2, q3] = await prisma.question.findMany({ where: { questionnaireId: call.id }, orderBy: { position: "asc" } });
    const base = { questionnaireId: call.id, removeAttachmentIds: [] };

    // A draft may be incomplete, but a submission may not.
    await l.saveResponse({
      actor: actors.norway!,
      input: { ...base, intent: "save", mayPublish: true },
      rawAnswers: { [q1!.id]: "Draft text" },
      files: { [q3!.id]: [file()] },
    });
    const draft = await l.getResponseForm({ actor: actors.norway!, questionnaireId: call.id, now: l.now() });
    expect(draft.response).toMatchObject({ submittedAt: null, answers: { [q1!.id]: "Draft text" } });
    expect(draft.response!.attachments).toHaveLength(1);
    const attachmentId = draft.response!.attachments[0]!.id;
    await expect(
      l.saveResponse({
        actor: actors.norway!,
        input: { ...base, intent: "submit", mayPublish: true },
        rawAnswers: { [q1!.id]: "" },
        files: {},
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { [`answer.${q1!.id}`]: ["questionnaires.answerRequired"] } });

    // Drafts are nobody else's business: not the holder's, not public.
    const managed = await l.getManagedQuestionnaire({ actor: actors.holder!, questionnaireId: call.id, now: l.now() });
    expect(managed.answerCount).toBe(0);

    const submitted = await l.saveResponse({
      actor: actors.norway!,
      input: { ...base, intent: "submit", mayPublish: true },
      rawAnswers: { [q1!.id]: "Norway's framework: the Constitution, art. 100.", [q2!.id]: "Yes" },
      files: {},
    });
    expect(submitted.receipt).toMatch(/^CFI-[0-9A-F]{10}$/);
    const receipt = await prisma.outboxMessage.findFirstOrThrow({
      where: { kind: "questionnaire.receipt", toAddresses: { has: "state@sp-portal.example" } },
    });
    expect(receipt.textBody).toContain(submitted.receipt!);
    await expect(
      l.saveResponse({ actor: actors.norway!, input: { ...base, intent: "save", mayPublish: false }, rawAnswers: {}, files: {} }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "questionnaires.alreadySubmitted" });

    // Brazil answers too, without allowing publication.
    await l.saveResponse({
      actor: actors.brazil!,
      input: { ...base, intent: "submit", mayPublish: false },
      rawAnswers: { [q1!.id]: "Brazil's confidential framework text." },
      files: { [q3!.id]: [file()] },
    });

    // Another State never reads Norway's answer or file; neither do civil society nor the public.
    const brazilView = await l.getResponseForm({ actor: actors.brazil!, questionnaireId: call.id, now: l.now() });
    expect(JSON.stringify(brazilView)).not.toContain("Constitution, art. 100");
    expect(brazilView.response!.attachments.map((a) => a.id)).not.toContain(attachmentId);
    for (const actor of [actors.brazil!, actors.civil!, actors.cosigner!, null]) {
      await expect(l.getResponseFile({ actor, attachmentId, now: l.now() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect((await l.getResponseFile({ actor: actors.norway!, attachmentId, now: l.now() })).fileName).toBe("law.pdf");
    expect((await l.getResponseFile({ actor: actors.holder!, attachmentId, now: l.now() })).fileName).toBe("law.pdf");

    // The holder and the secretariat see both answers, who was asked and who answered; another mandate does not.
    const seen = await l.getManagedQuestionnaire({ actor: actors.holder!, questionnaireId: call.id, now: l.now() });
    expect(seen.answerCount).toBe(2);
    expect(
      seen.asked
        .filter((s) => s.answered)
        .map((s) => s.iso3)
        .sort(),
    ).toEqual(["BRA", "NOR"]);
    await expect(l.getManagedQuestionnaire({ actor: actors.cosigner!, questionnaireId: call.id, now: l.now() })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(l.exportAnswersCsv({ actor: actors.cosigner!, questionnaireId: call.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const { csv } = await l.exportAnswersCsv({ actor: actors.holder!, questionnaireId: call.id });
    expect(csv).toContain("Norway's framework: the Constitution, art. 100.");
    expect(csv).toContain("Brazil");
    const { zip, count } = await l.exportAnswerFiles({ actor: actors.secretariat!, questionnaireId: call.id });
    expect(count).toBe(2);
    const dir = mkdtempSync(path.join(os.tmpdir(), "sp-zip-"));
    writeFileSync(path.join(dir, "a.zip"), zip);
    const listing = execFileSync(
      "python3",
      [
        "-c",
        "import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print('\\n'.join(z.namelist()))",
        path.join(dir, "a.zip"),
      ],
      { encoding: "utf8" },
    );
    rmSync(dir, { recursive: true, force: true });
    expect(listing).toMatch(/^Norway \(CFI-[0-9A-F]{10}\)\/Q3-law\.pdf$/m);
    expect(listing).toMatch(/^Brazil \(CFI-[0-9A-F]{10}\)\/Q3-law\.pdf$/m);

    // Before the deadline nothing is public; after it, only the answer whose author allowed it.
    expect((await l.getPublicCall({ questionnaireId: call.id, now: l.now() })).answers).toEqual([]);
    await shiftDays(61);
    const after = await l.getPublicCall({ questionnaireId: call.id, now: l.now() });
    expect(after.answers).toHaveLength(1);
    expect(JSON.stringify(after)).toContain("Constitution, art. 100");
    expect(JSON.stringify(after)).not.toContain("Brazil's confidential framework");
    expect((await l.getResponseFile({ actor: null, attachmentId, now: l.now() })).fileName).toBe("law.pdf");
    const brazilFile = (
      await prisma.attachment.findFirstOrThrow({ where: { response: { respondentId: actors.brazil!.userId, questionnaireId: call.id } } })
    ).id;
    await expect(l.getResponseFile({ actor: null, attachmentId: brazilFile, now: l.now() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(l.getResponseFile({ actor: actors.norway!, attachmentId: brazilFile, now: l.now() })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuses answers after the deadline", async () => {
    const l = await lib();
    const call = await l.createQuestionnaire({ actor: actors.secretariat!, input: await input({ title: "Late answers refused" }) });
    const [q1] = await prisma.question.findMany({ where: { questionnaireId: call.id }, orderBy: { position: "asc" } });
    await l.saveResponse({
      actor: actors.norway!,
      input: { questionnaireId: call.id, intent: "save", mayPublish: false, removeAttachmentIds: [] },
      rawAnswers: { [q1!.id]: "Draft" },
      files: {},
    });
    await shiftDays(61);
    await expect(
      l.saveResponse({
        actor: actors.norway!,
        input: { questionnaireId: call.id, intent: "submit", mayPublish: false, removeAttachmentIds: [] },
        rawAnswers: { [q1!.id]: "Late" },
        files: {},
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "questionnaires.notAcceptingAnswers" });
    expect(await prisma.questionnaireResponse.count({ where: { questionnaireId: call.id, submittedAt: { not: null } } })).toBe(0);
    // A draft left at the deadline is not published either.
    expect((await l.getPublicCall({ questionnaireId: call.id, now: l.now() })).answers).toEqual([]);
  });

  it("civil society cannot answer a States-only call, and a State cannot answer a civil-society call", async () => {
    const l = await lib();
    const statesOnly = await l.createQuestionnaire({ actor: actors.secretariat!, input: await input({ title: "States only" }) });
    const forCivil = await l.createQuestionnaire({
      actor: actors.secretariat!,
      input: await input({ title: "Civil society only", audience: "CIVIL_SOCIETY" }),
    });
    const none = { intent: "save" as const, mayPublish: false, removeAttachmentIds: [] };
    await expect(
      l.saveResponse({ actor: actors.civil!, input: { ...none, questionnaireId: statesOnly.id }, rawAnswers: {}, files: {} }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", message: "questionnaires.notYourAudience" });
    await expect(l.getResponseForm({ actor: actors.civil!, questionnaireId: statesOnly.id, now: l.now() })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      l.saveResponse({ actor: actors.norway!, input: { ...none, questionnaireId: forCivil.id }, rawAnswers: {}, files: {} }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      l.saveResponse({ actor: actors.holder!, input: { ...none, questionnaireId: forCivil.id }, rawAnswers: {}, files: {} }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await prisma.questionnaireResponse.count({ where: { questionnaireId: { in: [statesOnly.id, forCivil.id] } } })).toBe(0);
    const civilList = await l.findCallsToAnswer({ actor: actors.civil!, now: l.now() });
    expect(civilList.rows.map((r) => r.id)).toContain(forCivil.id);
    expect(civilList.rows.map((r) => r.id)).not.toContain(statesOnly.id);
  });

  it("two users of one State answering at once share a single answer for their State", async () => {
    const l = await lib();
    const call = await l.createQuestionnaire({ actor: actors.secretariat!, input: await input({ title: "One answer per State" }) });
    const [q1] = await prisma.question.findMany({ where: { questionnaireId: call.id }, orderBy: { position: "asc" } });
    const second = await prisma.user.create({
      data: {
        email: "second.norway@sp-portal.example",
        name: "Second Norway user",
        passwordHash: "x",
        role: "STATE",
        stateId: actors.norway!.stateId,
      },
    });
    const secondActor = await actorFor(second.email);
    const save = (actor: Actor, text: string) =>
      l.saveResponse({
        actor,
        input: { questionnaireId: call.id, intent: "save", mayPublish: false, removeAttachmentIds: [] },
        rawAnswers: { [q1!.id]: text },
        files: {},
      });
    await Promise.all([save(actors.norway!, "from the first user"), save(secondActor, "from the second user")]);
    expect(await prisma.questionnaireResponse.count({ where: { questionnaireId: call.id } })).toBe(1);
    const form = await l.getResponseForm({ actor: secondActor, questionnaireId: call.id, now: l.now() });
    expect(form.response).not.toBeNull();
  });
});

describe("fatigue (R12)", () => {
  it("counts the calls open for a State now and those it received in the last 12 months", async () => {
    const l = await lib();
    const before = await l.getStateFatigue({ actor: actors.norway!, stateId: actors.norway!.stateId!, now: l.now() });
    const brazilBefore = await l.getStateFatigue({ actor: actors.secretariat!, stateId: actors.brazil!.stateId!, now: l.now() });
    await l.createQuestionnaire({
      actor: actors.secretariat!,
      input: await input({ title: "Only to Norway", targetMode: "selected", targetStateIds: [actors.norway!.stateId!] }),
    });
    const after = await l.getStateFatigue({ actor: actors.norway!, stateId: actors.norway!.stateId!, now: l.now() });
    expect(after).toEqual({ open: before.open + 1, received: before.received + 1 });
    expect(await l.getStateFatigue({ actor: actors.secretariat!, stateId: actors.brazil!.stateId!, now: l.now() })).toEqual(brazilBefore);
    await expect(l.getStateFatigue({ actor: actors.brazil!, stateId: actors.norway!.stateId!, now: l.now() })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const table = await l.getFatigueTable({ actor: actors.secretariat!, now: l.now() });
    expect(table.find((r) => r.iso3 === "NOR")).toMatchObject(after);
    // After every deadline has passed the call no longer counts as open, but still as received.
    await shiftDays(200);
    const later = await l.getStateFatigue({ actor: actors.norway!, stateId: actors.norway!.stateId!, now: l.now() });
    expect(later.open).toBe(0);
    expect(later.received).toBeGreaterThanOrEqual(1);
  });
});
