import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDatabase } from "@/prisma/seed/index";
import { closeIntegrationDatabase, demoActors } from "../support/integration";

// Issue 15, item 3, on a seeded PostgreSQL: mail goes out in its recipient's language — a person's
// User.locale, a mission's State.locale (one mail, focal point in copy), a source's form language —
// with the letter's reference and the words a person wrote left as they were.
const DAY = 86_400_000;
const WEDNESDAY = new Date("2026-03-18T10:00:00Z");
const plus = (at: Date, days: number) => new Date(at.getTime() + days * DAY);
const tag = randomUUID().slice(0, 8);

let db: TestDatabase;
let prisma: PrismaClient;
let actors: Awaited<ReturnType<typeof demoActors>>;
let norway = "";

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_mail_lang" });
  Object.assign(process.env, { DATABASE_URL: db.connectionString, SP_TEST_CLOCK: "1", NEXTAUTH_URL: "https://portal.example" });
  prisma = createPrismaClient(db.connectionString, 4);
  await seedDatabase(prisma, { communications: 5 });
  actors = await demoActors(prisma);
  norway = (await prisma.state.findUniqueOrThrow({ where: { iso3: "NOR" } })).id;
  await prisma.stateFocalPoint.updateMany({ where: { stateId: norway }, data: { active: false } });
  await prisma.stateFocalPoint.create({ data: { stateId: norway, name: "Kari Nordmann", email: "focal.point@norway.example" } });
}, 300_000);
afterAll(() => closeIntegrationDatabase({ db, prisma }));

const LANGUAGES = [
  // A word each text must contain in the language, and none of the English frame.
  { locale: "fr", word: /Réponse reçue/ },
  { locale: "ar", word: /ورد رد/ },
  { locale: "zh", word: /收到答复/ },
] as const;

describe("a notification mail", () => {
  it.each(LANGUAGES)("is written in the holder's language ($locale)", async ({ locale, word }) => {
    const { notify } = await import("@/lib/notifications/notify");
    await prisma.user.update({ where: { id: actors.holder.userId }, data: { locale } });
    const reference = `AL NOR ${tag}-${locale}/2026`;
    const { mailIds } = await prisma.$transaction((tx) =>
      notify(tx, {
        kind: "communication.reply-received",
        recipients: [actors.holder.userId],
        params: { reference, state: "Norway" },
        link: "/portal/mandate-holder/communications",
        record: { type: "Communication", id: randomUUID() },
        now: WEDNESDAY,
      }),
    );
    const mail = await prisma.outboxMessage.findUniqueOrThrow({ where: { id: mailIds[0]! } });
    expect(mail.subject).toMatch(word);
    expect(mail.subject).toContain(reference);
    expect(mail.textBody).toContain(reference);
    expect(mail.textBody).not.toContain("Open it in the SP Portal");
    await prisma.user.update({ where: { id: actors.holder.userId }, data: { locale: "en" } });
  });
});

describe("an account mail", () => {
  it.each([
    { locale: "fr", subject: "SP Portal : choisir un nouveau mot de passe" },
    { locale: "ar", subject: /^SP Portal: [\u0600-\u06FF]/ },
    { locale: "zh", subject: /^SP Portal：?.*[\u4e00-\u9fff]/ },
  ])("a password-reset link is mailed in the account's language ($locale)", async ({ locale, subject }) => {
    const { requestPasswordReset } = await import("@/lib/users/request-password-reset");
    const { createPasswordResetThrottle } = await import("@/lib/auth/password-reset-throttle");
    const { postgresLimiters } = await import("@/lib/auth/sign-in-throttle");
    const { dbPool } = await import("@/lib/db/client");
    const { runWithRequestContext } = await import("@/lib/core/request-context");
    const { hashPassword } = await import("@/lib/auth/password");
    const email = `reset-${locale}-${tag}@ngo.example`;
    await prisma.user.create({
      data: {
        name: `Person ${locale}`,
        email,
        role: "CIVIL_SOCIETY",
        organisation: "NGO",
        passwordHash: await hashPassword("x".repeat(16)),
        locale,
      },
    });
    const throttle = createPasswordResetThrottle(postgresLimiters(dbPool()), { perAddress: 100, perEmail: 100 });
    await runWithRequestContext({ address: "203.0.113.9" }, () => requestPasswordReset({ input: { email }, throttle }));
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { toAddresses: { has: email } } });
    if (typeof subject === "string") expect(mail.subject).toBe(subject);
    else expect(mail.subject).toMatch(subject);
    expect(mail.textBody).toContain(`Person ${locale}`);
    expect(mail.textBody).toContain("https://portal.example/");
    expect(mail.textBody).not.toContain("Someone, probably you");
  });
});

describe("a mission mail follows the mission's language (one mail, focal point in copy)", () => {
  let number = 0;
  async function sentLetter(replyDueAt: Date) {
    const n = ++number;
    return prisma.communication.create({
      data: {
        type: "AL",
        status: "SENT",
        reference: `AL NOR ${n}/2091`,
        referenceCode: "NOR",
        referenceYear: 2091,
        referenceNumber: n,
        addresseeKind: "STATE",
        addresseeStateId: norway,
        subject: `Detention of journalist ${tag} ${n}`,
        summary: "A summary long enough.",
        body: "Body ".repeat(40),
        sentAt: plus(replyDueAt, -60),
        replyDueAt,
        publicFrom: replyDueAt,
        mandates: { create: { mandateId: actors.holder.mandateIds[0]!, status: "LEAD" } },
      },
      select: { id: true, reference: true, subject: true },
    });
  }

  it("the secretariat sets the mission's language, audited; another State's user cannot", async () => {
    const { setMissionLanguage } = await import("@/lib/states/set-mission-language");
    await expect(setMissionLanguage({ actor: actors.brazil, input: { stateId: norway, locale: "ru" } })).rejects.toMatchObject({
      code: expect.stringMatching(/NOT_FOUND|FORBIDDEN/),
    });
    await setMissionLanguage({ actor: actors.secretariat, input: { stateId: norway, locale: "fr" } });
    expect((await prisma.state.findUniqueOrThrow({ where: { id: norway } })).locale).toBe("fr");
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: norway, action: "state.set-mission-language" } });
    expect(audit).toMatchObject({ actorId: actors.secretariat.userId, entityType: "State" });
  });

  it.each([
    { locale: "fr", subject: "Rappel : ", frame: "La communication", portal: "figurent dans SP Portal" },
    { locale: "ar", subject: "تذكير: ", frame: "تطلب الرسالة", portal: "في SP Portal" },
    { locale: "zh", subject: "提醒：", frame: "请求在", portal: "SP Portal：" },
  ])("a reminder goes to the mission in its language ($locale)", async ({ locale, subject, frame, portal }) => {
    const { runFollowUp } = await import("@/lib/follow-up/run-follow-up");
    await prisma.state.update({ where: { id: norway }, data: { locale } });
    const now = plus(WEDNESDAY, number * 30);
    const letter = await sentLetter(plus(now, 10));
    await runFollowUp({ now });
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { communicationId: letter.id, kind: "communication.reminder" } });
    expect(mail.toAddresses).toEqual(["mission.nor@missions.example"]);
    expect(mail.ccAddresses).toContain("focal.point@norway.example");
    expect(mail.subject).toBe(`${subject}${letter.reference} — ${letter.subject}`);
    expect(mail.textBody).toContain(frame);
    expect(mail.textBody).toContain(portal);
    // The letter's reference and the holder's own subject are as written.
    expect(mail.textBody).toContain(letter.reference!);
    expect(mail.textBody).toContain(letter.subject);
    expect(mail.textBody).not.toContain("No reply has been received");
  });

  it("a notice to a mission without a mail of its own is in the mission's language", async () => {
    const { mailMission } = await import("@/lib/notifications/mission-mail");
    await prisma.state.update({ where: { id: norway }, data: { locale: "zh" } });
    const id = await prisma.$transaction((tx) =>
      mailMission(tx, {
        stateId: norway,
        kind: "visit.dates-accepted",
        params: { mandate: "Special Rapporteur", dates: "1–5 June 2027" },
        link: "/portal/state/visits",
        now: WEDNESDAY,
      }),
    );
    const mail = await prisma.outboxMessage.findUniqueOrThrow({ where: { id: id! } });
    expect(mail.toAddresses).toEqual(["mission.nor@missions.example"]);
    expect(mail.ccAddresses).toEqual(["focal.point@norway.example"]);
    expect(mail.textBody).toContain("尊敬的");
    expect(mail.textBody).toContain("请在 SP Portal 中打开");
    await prisma.state.update({ where: { id: norway }, data: { locale: "en" } });
  });

  it("an English mission still gets the English letter frame", async () => {
    const { runFollowUp } = await import("@/lib/follow-up/run-follow-up");
    await prisma.state.update({ where: { id: norway }, data: { locale: "en" } });
    const now = plus(WEDNESDAY, 200);
    const letter = await sentLetter(plus(now, 10));
    await runFollowUp({ now });
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { communicationId: letter.id, kind: "communication.reminder" } });
    expect(mail.subject).toBe(`Reminder: ${letter.reference} — ${letter.subject}`);
    expect(mail.textBody).toContain("To: Permanent Mission of Norway");
  });
});

describe("a submission receipt", () => {
  it.each([
    { language: "fr", intro: "Merci" },
    { language: "ar", intro: /[\u0600-\u06FF]/ },
    { language: "zh", intro: "谢谢" },
  ])("is mailed to the source in the form's language ($language)", async ({ language, intro }) => {
    const { saveCase } = await import("@/lib/cases/save-case");
    const email = `source-${language}-${tag}@ngo.example`;
    const title = `Villagers detained ${tag} ${language}`;
    await saveCase({
      actor: null,
      language,
      input: {
        title,
        affected: "GROUP",
        affectedCount: 12,
        victims: "Names",
        consentToName: false,
        responsible: "STATE",
        stateId: norway,
        otherActorName: null,
        whatHappened: "Police arrested twelve villagers after a peaceful protest against the dam and held them without charge.",
        location: "A village",
        occurredOn: new Date("2025-10-01T00:00:00Z"),
        ongoing: true,
        domesticRemedies: "A habeas corpus petition was filed and is pending.",
        topics: ["detention"],
        confidentialParts: [],
        urgent: false,
        sourceName: "A source",
        sourceOrganisation: null,
        sourceEmail: email,
        sourcePhone: null,
        sourceRelation: "organisation",
        intent: "submit",
      } as never,
    });
    const submission = await prisma.caseSubmission.findFirstOrThrow({ where: { title }, select: { receiptNumber: true } });
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { toAddresses: { has: email } } });
    expect(mail.subject).toContain(submission.receiptNumber!);
    expect(mail.textBody).toContain(submission.receiptNumber!);
    if (typeof intro === "string") expect(mail.textBody).toContain(intro);
    else expect(mail.textBody).toMatch(intro);
    expect(mail.textBody).not.toContain("Thank you");
  });
});

describe("an office-hour confirmation", () => {
  it("is written in each reader's language, the topic the State wrote as written", async () => {
    const { bookSlot } = await import("@/lib/office-hours/book-slot");
    const { now } = await import("@/lib/core/clock");
    await prisma.user.update({ where: { id: actors.norway.userId }, data: { locale: "ar" } });
    await prisma.user.update({ where: { id: actors.holder.userId }, data: { locale: "zh" } });
    const startsAt = new Date(now().getTime() + 30 * DAY);
    const slot = await prisma.officeHourSlot.create({
      data: {
        mandateHolderId: actors.holder.mandateHolderId!,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 30 * 60_000),
        location: `Room ${tag}`,
      },
    });
    await bookSlot({ actor: actors.norway, input: { slotId: slot.id, topic: `Topic ${tag}` } });
    const mails = await prisma.outboxMessage.findMany({ where: { kind: "office-hours.booked", textBody: { contains: `Room ${tag}` } } });
    const toState = mails.find((m) => m.toAddresses.includes("state@sp-portal.example"));
    const toHolder = mails.find((m) => m.toAddresses.includes("holder@sp-portal.example"));
    expect(toState?.subject).toMatch(/^حُجز موعد استقبال: /);
    expect(toState?.textBody).toContain("(بتوقيت جنيف)");
    expect(toHolder?.subject).toMatch(/^会见时间已预约：/);
    expect(toHolder?.textBody).toContain("（日内瓦时间）");
    expect(toHolder?.textBody).toContain(`Topic ${tag}`);
    await prisma.user.update({ where: { id: actors.norway.userId }, data: { locale: "en" } });
    await prisma.user.update({ where: { id: actors.holder.userId }, data: { locale: "en" } });
  });
});
