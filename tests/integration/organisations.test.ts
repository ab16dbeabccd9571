import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { closeIntegrationDatabase } from "../support/integration";

// Issue 17, item 3 on a real PostgreSQL: an organisation registers, confirms its e-mail, is approved or
// refused by the secretariat; its administrator manages its own members only; its members answer a
// call as one; and a person without an account answers a call that accepts it, counted only once the
// e-mail is confirmed.
let db: TestDatabase;
let prisma: PrismaClient;
let country = "";
let secretariat: Actor;
const PASSWORD = "a long enough passphrase";
const DAY = 86_400_000;

const load = async (userId: string) => (await import("@/lib/auth/load-actor")).loadActor(userId);
const actorOf = async (email: string) => (await load((await prisma.user.findUniqueOrThrow({ where: { email } })).id))!;
const lib = async () => ({
  ...(await import("@/lib/organisations/register-organisation")),
  ...(await import("@/lib/organisations/confirm-email")),
  ...(await import("@/lib/organisations/get-email-confirmation")),
  ...(await import("@/lib/organisations/decide-organisation")),
  ...(await import("@/lib/organisations/get-own-organisation")),
  ...(await import("@/lib/organisations/find-organisations")),
  ...(await import("@/lib/organisations/invite-member")),
  ...(await import("@/lib/organisations/get-member")),
  ...(await import("@/lib/organisations/set-member-active")),
  ...(await import("@/lib/organisations/set-member-admin")),
  ...(await import("@/lib/auth/verify-credentials")),
  ...(await import("@/lib/auth/policy")),
  ...(await import("@/lib/users/accept-invitation")),
});
const q = async () => ({
  ...(await import("@/lib/questionnaires/save-response")),
  ...(await import("@/lib/questionnaires/get-response-form")),
  ...(await import("@/lib/questionnaires/get-managed-questionnaire")),
  ...(await import("@/lib/questionnaires/submit-guest-answer")),
  ...(await import("@/lib/questionnaires/confirm-guest-answer")),
  ...(await import("@/lib/questionnaires/set-guest-answers")),
  ...(await import("@/lib/core/clock")),
});

/** The last mail to `to`, and the path of the link to `route` in it. */
async function lastMail(to: string, route?: string) {
  const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { toAddresses: { has: to } }, orderBy: { createdAt: "desc" } });
  const token = route ? new RegExp(`${route.replace(/\//g, "\\/")}([A-Za-z0-9_-]{43})`).exec(mail.textBody)?.[1] : undefined;
  return { ...mail, token: token ?? "" };
}

async function register(name: string, email: string) {
  const { registerOrganisation } = await lib();
  await registerOrganisation({
    input: {
      name,
      countryId: country,
      website: "https://ngo.example/",
      contactName: `Contact of ${name}`,
      contactEmail: email,
      newPassword: PASSWORD,
      confirmPassword: PASSWORD,
    },
    locale: "fr",
  });
}

/** Registered, confirmed and approved: the contact's actor. */
async function approvedOrganisation(name: string, email: string): Promise<Actor> {
  const l = await lib();
  await register(name, email);
  await l.confirmOrganisationEmail({ input: { token: (await lastMail(email, "/organisations/confirm/")).token } });
  const org = await prisma.organisation.findFirstOrThrow({ where: { name } });
  await l.decideOrganisation({ actor: secretariat, input: { organisationId: org.id, decision: "approve", reason: null } });
  return actorOf(email);
}

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_orgs" });
  Object.assign(process.env, { DATABASE_URL: db.connectionString, SP_TEST_CLOCK: "1", NEXTAUTH_URL: "https://portal.example" });
  prisma = createPrismaClient(db.connectionString, 2);
  country = (
    await prisma.state.create({
      data: {
        iso3: "KEN",
        iso2: "KE",
        nameEn: "Kenya",
        nameFr: "Kenya",
        nameEs: "Kenia",
        nameAr: "كينيا",
        nameZh: "肯尼亚",
        nameRu: "Кения",
        regionalGroup: "AFRICAN",
      },
    })
  ).id;
  const sec = await prisma.user.create({
    data: { name: "Officer", email: "officer@ohchr.example", role: "SECRETARIAT", passwordHash: await hashPassword(PASSWORD) },
  });
  secretariat = (await load(sec.id))!;
});
afterAll(() => closeIntegrationDatabase({ db, prisma }));

describe("registering and confirming an organisation", () => {
  it("creates the organisation pending and an account that cannot sign in until the mailed link is followed", async () => {
    const l = await lib();
    await register("Rights Watchers", "contact@rights.example");
    const org = await prisma.organisation.findFirstOrThrow({ where: { name: "Rights Watchers" } });
    expect(org).toMatchObject({
      status: "PENDING",
      emailConfirmedAt: null,
      website: "https://ngo.example/",
      contactEmail: "contact@rights.example",
    });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "contact@rights.example" } });
    expect(user).toMatchObject({
      role: "CIVIL_SOCIETY",
      organisationId: org.id,
      organisationAdmin: true,
      emailUnconfirmed: true,
      locale: "fr",
    });
    // The right password is refused, and no session makes it an actor.
    expect(await l.checkPassword("contact@rights.example", PASSWORD)).toEqual({ ok: false, reason: "email-unconfirmed" });
    expect(await load(user.id)).toBeNull();
    // The link goes at once, in the language of the page the contact registered on.
    const mail = await lastMail("contact@rights.example", "/organisations/confirm/");
    expect(mail).toMatchObject({ urgent: false, atOnce: true, status: "PENDING", kind: "organisation.confirm-email" });
    expect(mail.subject).toBe("Confirmez votre adresse e-mail pour SP Portal");
    expect(mail.token).toHaveLength(43);
    expect(await l.getEmailConfirmation({ token: mail.token })).toEqual({
      email: "contact@rights.example",
      organisation: "Rights Watchers",
    });
    // The secretariat sees it among those waiting for their confirmation, not among those to decide.
    const queue = await l.findOrganisations({ actor: secretariat });
    expect(queue.awaitingConfirmation.map((o) => o.name)).toContain("Rights Watchers");
    expect(queue.awaitingDecision.map((o) => o.name)).not.toContain("Rights Watchers");
    // Nothing confidential in the audit log: the contact's name and address are not kept.
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { action: "organisation.register", entityId: org.id } });
    expect(JSON.stringify(entry.after)).not.toContain("contact@rights.example");
    expect(entry.changedFields).toContain("contactEmail");
  });

  it("registering again with the unconfirmed address mails a new link, voids the old one and creates nothing", async () => {
    const l = await lib();
    const first = (await lastMail("contact@rights.example", "/organisations/confirm/")).token;
    await register("Someone Else Entirely", "contact@rights.example");
    expect(await prisma.organisation.count({ where: { name: "Someone Else Entirely" } })).toBe(0);
    const second = (await lastMail("contact@rights.example", "/organisations/confirm/")).token;
    expect(second).not.toBe(first);
    expect(await l.getEmailConfirmation({ token: first })).toBeNull();
    await expect(l.confirmOrganisationEmail({ input: { token: first } })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("an address that already has an account gets a mail saying so, and no organisation is created", async () => {
    await register("Impostor Network", "officer@ohchr.example");
    expect(await prisma.organisation.count({ where: { name: "Impostor Network" } })).toBe(0);
    const mail = await lastMail("officer@ohchr.example");
    expect(mail.kind).toBe("organisation.already-registered");
    expect(await prisma.user.findUniqueOrThrow({ where: { email: "officer@ohchr.example" } })).toMatchObject({
      role: "SECRETARIAT",
      organisationId: null,
    });
  });

  it("following the link lets the contact sign in to see its pending organisation only, and tells the secretariat; the link works once", async () => {
    const l = await lib();
    const { token } = await lastMail("contact@rights.example", "/organisations/confirm/");
    expect(await l.confirmOrganisationEmail({ input: { token } })).toEqual({
      email: "contact@rights.example",
      organisation: "Rights Watchers",
    });
    await expect(l.confirmOrganisationEmail({ input: { token } })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "organisations.confirmInvalid",
    });
    expect(await l.checkPassword("contact@rights.example", PASSWORD)).toMatchObject({ ok: true });
    const actor = await actorOf("contact@rights.example");
    expect(actor).toMatchObject({ organisationStatus: "PENDING", organisationAdmin: true });
    expect([...l.permissionsOf(actor)].sort()).toEqual(["account:own", "organisation:view-own"]);
    const own = await l.getOwnOrganisation({ actor });
    expect(own).toMatchObject({ name: "Rights Watchers", status: "PENDING", manages: false, members: [] });
    expect(own.emailConfirmedAt).not.toBeNull();
    const notice = await prisma.outboxMessage.findFirstOrThrow({
      where: { kind: "organisation.registered" },
      orderBy: { createdAt: "desc" },
    });
    expect(notice.subject).toBe("Organisation account to review: Rights Watchers");
    expect((await l.findOrganisations({ actor: secretariat })).awaitingDecision.map((o) => o.name)).toContain("Rights Watchers");
  });
});

describe("the secretariat's decision", () => {
  it("is refused before the e-mail is confirmed, and to anyone but the secretariat", async () => {
    const l = await lib();
    await register("Unconfirmed Union", "union@unconfirmed.example");
    const org = await prisma.organisation.findFirstOrThrow({ where: { name: "Unconfirmed Union" } });
    await expect(
      l.decideOrganisation({ actor: secretariat, input: { organisationId: org.id, decision: "approve", reason: null } }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "organisations.notConfirmed" });
    const contact = await actorOf("contact@rights.example");
    await expect(
      l.decideOrganisation({ actor: contact, input: { organisationId: org.id, decision: "approve", reason: null } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("approves once, audited; the contact is told and its members act from the next request", async () => {
    const l = await lib();
    const org = await prisma.organisation.findFirstOrThrow({ where: { name: "Rights Watchers" } });
    expect(
      await l.decideOrganisation({ actor: secretariat, input: { organisationId: org.id, decision: "approve", reason: null } }),
    ).toEqual({
      id: org.id,
      status: "APPROVED",
    });
    await expect(
      l.decideOrganisation({
        actor: secretariat,
        input: { organisationId: org.id, decision: "refuse", reason: "Changed our mind entirely." },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "organisations.alreadyDecided" });
    const mail = await lastMail("contact@rights.example");
    expect(mail).toMatchObject({ kind: "organisation.approved", subject: "SP Portal : Rights Watchers est approuvée" });
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { action: "organisation.approve", entityId: org.id } });
    expect(audit.actorId).toBe(secretariat.userId);
    const actor = await actorOf("contact@rights.example");
    expect(l.can(actor, "questionnaire:answer")).toBe(true);
    expect(l.can(actor, "story:submit")).toBe(true);
    expect(l.can(actor, "organisation:manage-members")).toBe(true);
  });

  it("refuses with a reason the contact is told; its account still sees only the status and the reason", async () => {
    const l = await lib();
    await register("Doubtful Foundation", "doubt@foundation.example");
    await l.confirmOrganisationEmail({ input: { token: (await lastMail("doubt@foundation.example", "/organisations/confirm/")).token } });
    const org = await prisma.organisation.findFirstOrThrow({ where: { name: "Doubtful Foundation" } });
    const reason = "We could not verify that the organisation works on human rights.";
    await l.decideOrganisation({ actor: secretariat, input: { organisationId: org.id, decision: "refuse", reason } });
    const mail = await lastMail("doubt@foundation.example");
    expect(mail.kind).toBe("organisation.refused");
    expect(mail.textBody).toContain(reason);
    const actor = await actorOf("doubt@foundation.example");
    expect([...l.permissionsOf(actor)].sort()).toEqual(["account:own", "organisation:view-own"]);
    expect(await l.getOwnOrganisation({ actor })).toMatchObject({ status: "REFUSED", refusalReason: reason });
    // The reason stays on the record, not in the append-only log.
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { action: "organisation.refuse", entityId: org.id } });
    expect(JSON.stringify(audit.after)).not.toContain(reason);
  });
});

describe("members (as missions do)", () => {
  it("the administrator invites a member of its own organisation, who sets a password and acts for it", async () => {
    const l = await lib();
    const admin = await actorOf("contact@rights.example");
    const { userId, link } = await l.inviteOrganisationMember({
      actor: admin,
      input: { name: "Ana Member", email: "ana@rights.example" },
      locale: "es",
    });
    const member = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
    expect(member).toMatchObject({
      role: "CIVIL_SOCIETY",
      organisationId: admin.organisationId,
      organisationAdmin: false,
      invitationPending: true,
    });
    await l.acceptInvitation({ input: { token: link.split("/invitation/")[1]!, newPassword: PASSWORD, confirmPassword: PASSWORD } });
    const actor = await actorOf("ana@rights.example");
    expect(l.can(actor, "questionnaire:answer")).toBe(true);
    expect(l.can(actor, "organisation:manage-members")).toBe(false);
    // An address already in use is refused beside the field.
    await expect(
      l.inviteOrganisationMember({ actor: admin, input: { name: "Again", email: "officer@ohchr.example" }, locale: "en" }),
    ).rejects.toMatchObject({ fieldErrors: { email: ["users.emailTaken"] } });
  });

  it("makes a member an administrator and removes one — never itself, never another organisation's", async () => {
    const l = await lib();
    const admin = await actorOf("contact@rights.example");
    const ana = await prisma.user.findUniqueOrThrow({ where: { email: "ana@rights.example" } });
    await l.setOrganisationMemberAdmin({ actor: admin, input: { userId: ana.id, organisationAdmin: true } });
    expect(l.can(await actorOf("ana@rights.example"), "organisation:manage-members")).toBe(true);
    await expect(
      l.setOrganisationMemberAdmin({ actor: admin, input: { userId: admin.userId, organisationAdmin: false } }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(l.setOrganisationMemberActive({ actor: admin, input: { userId: admin.userId, active: false } })).rejects.toMatchObject({
      code: "CONFLICT",
    });

    // Another organisation's administrator: Rights Watchers' members are not found, its own are.
    const other = await approvedOrganisation("Other Alliance", "admin@alliance.example");
    for (const attempt of [
      () => l.getOrganisationMember({ actor: other, userId: ana.id }),
      () => l.setOrganisationMemberActive({ actor: other, input: { userId: ana.id, active: false } }),
      () => l.setOrganisationMemberAdmin({ actor: other, input: { userId: admin.userId, organisationAdmin: false } }),
    ])
      await expect(attempt()).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await l.getOwnOrganisation({ actor: other })).members.map((m) => m.email)).toEqual(["admin@alliance.example"]);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: ana.id } })).active).toBe(true);
    // A member of an organisation not approved manages nothing, its own contact included.
    const pending = await actorOf("doubt@foundation.example");
    await expect(l.getOrganisationMember({ actor: pending, userId: pending.userId })).rejects.toMatchObject({ code: "FORBIDDEN" });

    // Removing: the account is deactivated and no longer an actor; it can be brought back.
    await l.setOrganisationMemberActive({ actor: admin, input: { userId: ana.id, active: false } });
    expect(await load(ana.id)).toBeNull();
    await l.setOrganisationMemberActive({ actor: admin, input: { userId: ana.id, active: true } });
    expect(await load(ana.id)).not.toBeNull();
  });
});

describe("good stories under the organisation's name", () => {
  it("a member's story is the organisation's: credited once published, listed for its members", async () => {
    const { submitStory } = await import("@/lib/stories/submit-story");
    const { getPublicStory } = await import("@/lib/stories/find-public-stories");
    const { findOwnSubmissions } = await import("@/lib/stories/find-own-submissions");
    const ana = await actorOf("ana@rights.example");
    const { id } = await submitStory({
      actor: ana,
      input: {
        title: "Land titles for coastal villages",
        recommendation: "Recognise the customary land rights of coastal communities.",
        whatChanged: "The land registry issued titles to four villages in 2026.",
        stateId: country,
        mandateId: undefined,
        evidenceLinks: null,
        themeIds: [],
        submitterName: null,
        submitterEmail: null,
      },
    });
    const admin = await actorOf("contact@rights.example");
    expect((await prisma.goodStory.findUniqueOrThrow({ where: { id } })).organisationId).toBe(admin.organisationId);
    expect((await findOwnSubmissions({ actor: admin })).stories.map((s) => s.id)).toContain(id);
    expect((await findOwnSubmissions({ actor: await actorOf("admin@alliance.example") })).stories.map((s) => s.id)).not.toContain(id);
    await prisma.goodStory.update({ where: { id }, data: { status: "PUBLISHED", publishedAt: new Date(Date.now() - DAY) } });
    expect((await getPublicStory({ storyId: id }))?.organisation).toEqual({ name: "Rights Watchers" });
  });
});

describe("answering calls for input", () => {
  async function call(over: { acceptsGuestAnswers?: boolean; fileRequired?: boolean; deadlineInDays?: number } = {}) {
    const { now } = await q();
    const at = now();
    return prisma.questionnaire.create({
      data: {
        title: `Call ${Math.random().toString(36).slice(2, 8)}`,
        purpose: "To inform a report to the Human Rights Council.",
        audience: "CIVIL_SOCIETY",
        status: "OPEN",
        languages: ["en"],
        opensAt: new Date(at.getTime() - DAY),
        deadline: new Date(at.getTime() + (over.deadlineInDays ?? 30) * DAY),
        acceptsGuestAnswers: over.acceptsGuestAnswers ?? false,
        questions: {
          create: [
            { position: 1, kind: "LONG_TEXT", text: "What happened?", required: true },
            { position: 2, kind: "FILE_UPLOAD", text: "Documents", required: over.fileRequired ?? false },
          ],
        },
      },
      select: { id: true, title: true, questions: { orderBy: { position: "asc" }, select: { id: true } } },
    });
  }

  it("the members of an organisation answer as one: any of them continues the organisation's answer", async () => {
    const { saveResponse, getResponseForm, now } = await q();
    const c = await call();
    const admin = await actorOf("contact@rights.example");
    const ana = await actorOf("ana@rights.example");
    const qid = c.questions[0]!.id;
    const base = { questionnaireId: c.id, mayPublish: true, removeAttachmentIds: [] };
    await saveResponse({ actor: admin, input: { ...base, intent: "save" }, rawAnswers: { [qid]: "Draft by the contact" }, files: {} });
    const seen = await getResponseForm({ actor: ana, questionnaireId: c.id, now: now() });
    expect(seen.response?.answers).toEqual({ [qid]: "Draft by the contact" });
    await saveResponse({ actor: ana, input: { ...base, intent: "submit" }, rawAnswers: { [qid]: "Finished by Ana" }, files: {} });
    expect(await prisma.questionnaireResponse.count({ where: { questionnaireId: c.id } })).toBe(1);
    // Another organisation has its own answer, and does not see this one.
    const other = await actorOf("admin@alliance.example");
    expect((await getResponseForm({ actor: other, questionnaireId: c.id, now: now() })).response).toBeNull();
    // The organisation's pending members cannot answer at all.
    await expect(
      getResponseForm({ actor: await actorOf("doubt@foundation.example"), questionnaireId: c.id, now: now() }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("a guest's answer counts only once its e-mail is confirmed, and only on a call that accepts guests", async () => {
    const { submitGuestAnswer, confirmGuestAnswer, setGuestAnswers, getManagedQuestionnaire, now } = await q();
    const c = await call();
    const qid = c.questions[0]!.id;
    const input = { questionnaireId: c.id, guestName: "Kim Guest", guestEmail: "kim@guest.example", mayPublish: false };
    await expect(submitGuestAnswer({ input, rawAnswers: { [qid]: "What I saw" }, locale: "en" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // Only the secretariat opens a call to guests; a call that requires a file cannot be.
    await expect(
      setGuestAnswers({ actor: await actorOf("contact@rights.example"), input: { questionnaireId: c.id, acceptsGuestAnswers: true } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const withFile = await call({ fileRequired: true });
    await expect(
      setGuestAnswers({ actor: secretariat, input: { questionnaireId: withFile.id, acceptsGuestAnswers: true } }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "guestAnswers.notPossible",
    });
    await setGuestAnswers({ actor: secretariat, input: { questionnaireId: c.id, acceptsGuestAnswers: true } });

    // Incomplete: refused beside the question.
    await expect(submitGuestAnswer({ input, rawAnswers: {}, locale: "en" })).rejects.toMatchObject({
      fieldErrors: { [`answer.${qid}`]: ["questionnaires.answerRequired"] },
    });
    await submitGuestAnswer({ input, rawAnswers: { [qid]: "What I saw" }, locale: "en" });
    const counted = async () => (await getManagedQuestionnaire({ actor: secretariat, questionnaireId: c.id, now: now() })).answerCount;
    expect(await counted()).toBe(0);
    const stored = await prisma.questionnaireResponse.findFirstOrThrow({ where: { questionnaireId: c.id } });
    expect(stored).toMatchObject({ respondentId: null, guestName: "Kim Guest", guestEmail: "kim@guest.example", submittedAt: null });

    // A second answer before confirming replaces the first, and voids its link.
    const firstToken = (await lastMail("kim@guest.example", "/calls-for-input/confirm/")).token;
    await submitGuestAnswer({ input, rawAnswers: { [qid]: "What I saw, better told" }, locale: "en" });
    const { token, urgent, atOnce } = await lastMail("kim@guest.example", "/calls-for-input/confirm/");
    expect({ urgent, atOnce }).toEqual({ urgent: false, atOnce: true });
    await expect(confirmGuestAnswer({ input: { token: firstToken } })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "guestAnswers.invalid",
    });
    expect(await prisma.questionnaireResponse.count({ where: { questionnaireId: c.id } })).toBe(1);

    const { receipt } = await confirmGuestAnswer({ input: { token } });
    expect(receipt).toMatch(/^CFI-/);
    expect(await counted()).toBe(1);
    const managed = await getManagedQuestionnaire({ actor: secretariat, questionnaireId: c.id, now: now() });
    expect(managed.answers[0]).toMatchObject({
      answers: { [qid]: "What I saw, better told" },
      respondent: { role: "GUEST", name: "Kim Guest", email: "kim@guest.example" },
    });
    expect((await lastMail("kim@guest.example")).subject).toContain(receipt);
    await expect(confirmGuestAnswer({ input: { token } })).rejects.toMatchObject({ code: "CONFLICT" });

    // The same address again: told by mail that it already answered; the answer that counts is unchanged.
    await submitGuestAnswer({ input, rawAnswers: { [qid]: "Another answer" }, locale: "en" });
    expect((await lastMail("kim@guest.example")).kind).toBe("questionnaire.guest-already-answered");
    expect((await prisma.questionnaireResponse.findFirstOrThrow({ where: { questionnaireId: c.id } })).answers).toEqual({
      [qid]: "What I saw, better told",
    });
    // The guest's address never reaches the audit log.
    const entries = await prisma.auditEntry.findMany({ where: { entityType: "QuestionnaireResponse", entityId: stored.id } });
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) expect(JSON.stringify([e.before, e.after])).not.toContain("kim@guest.example");
  });

  it("a guest's link expires at the deadline: an answer confirmed too late never counts", async () => {
    const { submitGuestAnswer, confirmGuestAnswer, setClockOffset } = await q();
    const c = await call({ acceptsGuestAnswers: true, deadlineInDays: 1 });
    await submitGuestAnswer({
      input: { questionnaireId: c.id, guestName: "Late Guest", guestEmail: "late@guest.example", mayPublish: true },
      rawAnswers: { [c.questions[0]!.id]: "In time, confirmed late" },
      locale: "en",
    });
    const { token } = await lastMail("late@guest.example", "/calls-for-input/confirm/");
    setClockOffset(2 * DAY);
    try {
      await expect(confirmGuestAnswer({ input: { token } })).rejects.toMatchObject({ code: "CONFLICT", message: "guestAnswers.invalid" });
    } finally {
      setClockOffset(0);
    }
    expect((await prisma.questionnaireResponse.findFirstOrThrow({ where: { questionnaireId: c.id } })).submittedAt).toBeNull();
  });
});
