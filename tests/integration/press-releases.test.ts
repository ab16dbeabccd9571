import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { seedDatabase } from "@/prisma/seed/index";
import { actorByEmail, closeIntegrationDatabase, setNow } from "../support/integration";

// R3 against a real, seeded PostgreSQL. lib/ code uses the shared client (DATABASE_URL, read on
// first use) and the portal clock, which each test sets to a known Geneva instant.
let db: TestDatabase;
let prisma: PrismaClient;
const actors: Record<string, Actor> = {};
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Wednesday 10 June 2026, 10:00 in Geneva (CEST): the office is open.
const WEDNESDAY_10H = new Date("2026-06-10T08:00:00Z");
// Saturday 13 June 2026, 12:00 in Geneva: closed until Monday 15 June, 09:00 (07:00 UTC).
const SATURDAY_NOON = new Date("2026-06-13T10:00:00Z");
const MONDAY_OPENING = new Date("2026-06-15T07:00:00Z");
const JUSTIFICATION = "The human rights defender faces an imminent trial; public attention is needed now.";

const actorFor = (email: string) => actorByEmail(prisma, email);

const lib = async () => ({
  ...(await import("@/lib/press-releases/save-draft")),
  ...(await import("@/lib/press-releases/share-press-release")),
  ...(await import("@/lib/press-releases/publish-press-release")),
  ...(await import("@/lib/press-releases/get-press-release")),
  ...(await import("@/lib/press-releases/find-press-releases")),
  ...(await import("@/lib/press-releases/find-public-press-releases")),
});

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_press" });
  Object.assign(process.env, { DATABASE_URL: db.connectionString, SP_TEST_CLOCK: "1" });
  prisma = createPrismaClient(db.connectionString, 4);
  await seedDatabase(prisma, { communications: 40 });
  for (const [key, email] of Object.entries({
    secretariat: "secretariat@sp-portal.example",
    holder: "holder@sp-portal.example",
    cosigner: "cosigner@sp-portal.example",
    norway: "state@sp-portal.example",
    brazil: "state2@sp-portal.example",
  }))
    actors[key] = await actorFor(email);
  const { setFocalPoint } = await import("@/lib/states/set-focal-point");
  await setFocalPoint({ actor: actors.norway!, input: { name: "Kari Nordmann", email: "focal.point@norway.example", phone: null } });
});
afterEach(async () => {
  const { setClockOffset } = await import("@/lib/core/clock");
  setClockOffset(0);
});
afterAll(() => closeIntegrationDatabase({ db, prisma }));

let letterNumber = 0;
/** A letter of the holder's mandate to a State, sent `sentDaysAgo` before `now` with a 60-day reply period. */
async function sentLetter(opts: { iso3: string; now: Date; sentDaysAgo?: number; mandateId?: string }) {
  const state = await prisma.state.findUniqueOrThrow({ where: { iso3: opts.iso3 } });
  const sentAt = new Date(opts.now.getTime() - (opts.sentDaysAgo ?? 5) * DAY);
  const replyDueAt = new Date(sentAt.getTime() + 60 * DAY);
  return prisma.communication.create({
    data: {
      type: "AL",
      status: "SENT",
      addresseeKind: "STATE",
      addresseeStateId: state.id,
      subject: "Press release test letter",
      summary: "A summary long enough.",
      body: "Body ".repeat(40),
      sentAt,
      replyDueAt,
      publicFrom: replyDueAt,
      reference: `AL ${opts.iso3} ${(letterNumber += 1)}/2099`,
      mandates: { create: { mandateId: opts.mandateId ?? actors.holder!.mandateIds[0]!, status: "LEAD" } },
    },
    select: { id: true, reference: true, replyDueAt: true },
  });
}

async function draft(communicationId?: string) {
  const { savePressReleaseDraft } = await lib();
  return savePressReleaseDraft({
    actor: actors.holder!,
    input: {
      mandateId: actors.holder!.mandateIds[0]!,
      communicationId,
      title: "Experts alarmed at trial of defender",
      body: "Geneva — UN experts today expressed alarm at the trial.",
    },
  });
}

describe("sharing with the State (R3, R1, R2)", () => {
  it("mails the text to the mission and its focal point and dates the sharing when the mail is due", async () => {
    const { sharePressRelease } = await lib();
    await setNow(WEDNESDAY_10H);
    const letter = await sentLetter({ iso3: "NOR", now: WEDNESDAY_10H });
    const { id } = await draft(letter.id);
    const shared = await sharePressRelease({ actor: actors.holder!, input: { pressReleaseId: id } });
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { kind: "press-release.share", communicationId: letter.id } });
    const mission = (await prisma.state.findUniqueOrThrow({ where: { iso3: "NOR" } })).missionEmail!.toLowerCase();
    expect(mail.toAddresses).toEqual([mission]);
    expect(mail.ccAddresses).toEqual(["focal.point@norway.example"]);
    expect(mail).toMatchObject({ status: "PENDING", urgent: false });
    expect(mail.textBody).toContain("Experts alarmed at trial of defender");
    expect(mail.textBody).toContain(letter.reference!);
    const pr = await prisma.pressRelease.findUniqueOrThrow({ where: { id } });
    expect(pr.status).toBe("SHARED_WITH_STATE");
    expect(pr.sharedWithStateAt).toEqual(mail.notBefore);
    expect(Math.abs(pr.sharedWithStateAt!.getTime() - WEDNESDAY_10H.getTime())).toBeLessThan(60_000);
    expect(shared.heldUntilOpening).toBe(false);
    expect(await prisma.auditEntry.count({ where: { entityId: id, action: "press-release.share" } })).toBe(1);
  });

  it("outside business hours, the mail waits for Monday's opening and the lead time counts from then", async () => {
    const { sharePressRelease, getPressRelease, publishPressRelease } = await lib();
    await setNow(SATURDAY_NOON);
    const letter = await sentLetter({ iso3: "NOR", now: SATURDAY_NOON });
    const { id } = await draft(letter.id);
    const shared = await sharePressRelease({ actor: actors.holder!, input: { pressReleaseId: id } });
    expect(shared).toMatchObject({
      sharedWithStateAt: MONDAY_OPENING,
      possibleFrom: new Date(MONDAY_OPENING.getTime() + 24 * HOUR),
      heldUntilOpening: true,
    });
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { kind: "press-release.share", communicationId: letter.id } });
    expect(mail).toMatchObject({ status: "HELD", notBefore: MONDAY_OPENING });
    // The State has not received it yet, so it does not see it yet.
    await expect(getPressRelease({ actor: actors.norway!, pressReleaseId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Sunday noon is 24 h after the share was asked for, but not 24 h after the State got the text.
    await setNow(new Date(SATURDAY_NOON.getTime() + 25 * HOUR));
    await expect(
      publishPressRelease({ actor: actors.secretariat!, input: { pressReleaseId: id, justification: JUSTIFICATION } }),
    ).rejects.toMatchObject({ code: "CONFLICT", possibleFrom: new Date(MONDAY_OPENING.getTime() + 24 * HOUR) });
    await setNow(new Date(MONDAY_OPENING.getTime() + HOUR));
    expect((await getPressRelease({ actor: actors.norway!, pressReleaseId: id })).id).toBe(id);
  });

  it("refuses to share an unlinked press release, one already shared, and lets no other mandate share it", async () => {
    const { sharePressRelease } = await lib();
    await setNow(WEDNESDAY_10H);
    const unlinked = await draft();
    await expect(sharePressRelease({ actor: actors.secretariat!, input: { pressReleaseId: unlinked.id } })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "pressReleases.shareNeedsState",
    });
    const letter = await sentLetter({ iso3: "NOR", now: WEDNESDAY_10H });
    const { id } = await draft(letter.id);
    await expect(sharePressRelease({ actor: actors.cosigner!, input: { pressReleaseId: id } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(sharePressRelease({ actor: actors.norway!, input: { pressReleaseId: id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await sharePressRelease({ actor: actors.secretariat!, input: { pressReleaseId: id } });
    await expect(sharePressRelease({ actor: actors.holder!, input: { pressReleaseId: id } })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await prisma.outboxMessage.count({ where: { kind: "press-release.share", communicationId: letter.id } })).toBe(1);
  });
});

describe("drafting", () => {
  it("links only a sent communication of the holder's mandate, and edits only drafts", async () => {
    const { savePressReleaseDraft, sharePressRelease } = await lib();
    await setNow(WEDNESDAY_10H);
    const mandateId = actors.holder!.mandateIds[0]!;
    const others = await sentLetter({ iso3: "NOR", now: WEDNESDAY_10H, mandateId: actors.cosigner!.mandateIds[0]! });
    await expect(draft(others.id)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { communicationId: ["pressReleases.communicationInvalid"] },
    });
    await expect(
      savePressReleaseDraft({
        actor: actors.holder!,
        input: { mandateId: actors.cosigner!.mandateIds[0]!, title: "Not mine", body: "A body that is long enough." },
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const letter = await sentLetter({ iso3: "NOR", now: WEDNESDAY_10H });
    const { id } = await draft(letter.id);
    await savePressReleaseDraft({
      actor: actors.holder!,
      input: { pressReleaseId: id, mandateId, communicationId: letter.id, title: "A better title", body: "A body that is long enough." },
    });
    expect((await prisma.pressRelease.findUniqueOrThrow({ where: { id } })).title).toBe("A better title");
    await sharePressRelease({ actor: actors.holder!, input: { pressReleaseId: id } });
    await expect(
      savePressReleaseDraft({
        actor: actors.holder!,
        input: {
          pressReleaseId: id,
          mandateId,
          communicationId: letter.id,
          title: "Changed after sharing",
          body: "A body that is long enough.",
        },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("publishing (R3)", () => {
  it("waits for the lead time, then asks for a justification before the reply deadline and records it", async () => {
    const { sharePressRelease, publishPressRelease } = await lib();
    await setNow(WEDNESDAY_10H);
    const letter = await sentLetter({ iso3: "NOR", now: WEDNESDAY_10H });
    const { id } = await draft(letter.id);
    await expect(
      publishPressRelease({ actor: actors.secretariat!, input: { pressReleaseId: id, justification: JUSTIFICATION } }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "pressReleases.notShared" });
    await sharePressRelease({ actor: actors.holder!, input: { pressReleaseId: id } });
    await setNow(new Date(WEDNESDAY_10H.getTime() + 23 * HOUR));
    await expect(
      publishPressRelease({ actor: actors.secretariat!, input: { pressReleaseId: id, justification: JUSTIFICATION } }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "pressReleases.tooEarly" });
    await expect(
      publishPressRelease({ actor: actors.holder!, input: { pressReleaseId: id, justification: JUSTIFICATION } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    await setNow(new Date(WEDNESDAY_10H.getTime() + 25 * HOUR));
    await expect(
      publishPressRelease({ actor: actors.secretariat!, input: { pressReleaseId: id, justification: null } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { justification: ["pressReleases.justificationRequired"] } });
    await expect(
      publishPressRelease({ actor: actors.secretariat!, input: { pressReleaseId: id, justification: "Too short." } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect((await prisma.pressRelease.findUniqueOrThrow({ where: { id } })).status).toBe("SHARED_WITH_STATE");

    const published = await publishPressRelease({
      actor: actors.secretariat!,
      input: { pressReleaseId: id, justification: JUSTIFICATION },
    });
    expect(published.early).toBe(true);
    const pr = await prisma.pressRelease.findUniqueOrThrow({ where: { id } });
    expect(pr).toMatchObject({ status: "PUBLISHED", earlyJustification: JUSTIFICATION });
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: id, action: "press-release.publish-early" } });
    expect(audit.after).toMatchObject({ status: "PUBLISHED", earlyJustification: JUSTIFICATION, communicationReference: letter.reference });
    await expect(
      publishPressRelease({ actor: actors.secretariat!, input: { pressReleaseId: id, justification: JUSTIFICATION } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("after the reply deadline needs no justification, and an unlinked press release publishes directly", async () => {
    const { sharePressRelease, publishPressRelease } = await lib();
    await setNow(WEDNESDAY_10H);
    const letter = await sentLetter({ iso3: "NOR", now: WEDNESDAY_10H, sentDaysAgo: 70 });
    const linked = await draft(letter.id);
    await sharePressRelease({ actor: actors.holder!, input: { pressReleaseId: linked.id } });
    await setNow(new Date(WEDNESDAY_10H.getTime() + 2 * DAY));
    expect(
      await publishPressRelease({ actor: actors.secretariat!, input: { pressReleaseId: linked.id, justification: null } }),
    ).toMatchObject({ early: false });
    const unlinked = await draft();
    await publishPressRelease({ actor: actors.secretariat!, input: { pressReleaseId: unlinked.id, justification: null } });
    expect(
      await prisma.pressRelease.findMany({
        where: { id: { in: [linked.id, unlinked.id] } },
        select: { status: true, earlyJustification: true },
      }),
    ).toEqual([
      { status: "PUBLISHED", earlyJustification: null },
      { status: "PUBLISHED", earlyJustification: null },
    ]);
  });
});

describe("who sees what", () => {
  it("only the addressee State sees a shared press release; the public sees published ones only", async () => {
    const { sharePressRelease, publishPressRelease, getPressRelease, findPressReleases, findPublicPressReleases, getPublicPressRelease } =
      await lib();
    await setNow(WEDNESDAY_10H);
    const letter = await sentLetter({ iso3: "NOR", now: WEDNESDAY_10H, sentDaysAgo: 70 });
    const drafted = await draft(letter.id);
    const shared = await draft(letter.id);
    const published = await draft(letter.id);
    await sharePressRelease({ actor: actors.holder!, input: { pressReleaseId: shared.id } });
    await sharePressRelease({ actor: actors.holder!, input: { pressReleaseId: published.id } });
    await setNow(new Date(WEDNESDAY_10H.getTime() + 2 * DAY));
    await publishPressRelease({ actor: actors.secretariat!, input: { pressReleaseId: published.id, justification: null } });

    await expect(getPressRelease({ actor: actors.norway!, pressReleaseId: drafted.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getPressRelease({ actor: actors.norway!, pressReleaseId: shared.id })).status).toBe("SHARED_WITH_STATE");
    for (const id of [drafted.id, shared.id, published.id]) {
      await expect(getPressRelease({ actor: actors.brazil!, pressReleaseId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    const brazilList = await findPressReleases({ actor: actors.brazil! });
    expect(brazilList.rows.map((r) => r.id)).not.toContain(shared.id);
    const norwayIds = (await findPressReleases({ actor: actors.norway! })).rows.map((r) => r.id);
    expect(norwayIds).toEqual(expect.arrayContaining([shared.id, published.id]));
    expect(norwayIds).not.toContain(drafted.id);

    const publicIds = (await findPublicPressReleases({})).rows.map((r) => r.id);
    expect(publicIds).toContain(published.id);
    expect(publicIds).not.toContain(shared.id);
    expect(publicIds).not.toContain(drafted.id);
    expect(await prisma.pressRelease.count({ where: { id: { in: publicIds }, status: { not: "PUBLISHED" } } })).toBe(0);
    await expect(getPublicPressRelease({ pressReleaseId: shared.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const pub = await getPublicPressRelease({ pressReleaseId: published.id });
    expect(pub).toMatchObject({ communication: { reference: letter.reference }, communicationPublic: true });
    expect(pub).not.toHaveProperty("earlyJustification");
  });
});

/** A country visit of a mandate to a State, scheduled and under way on Wednesday 10 June 2026 (a fixture, as sentLetter). */
async function visitTo(opts: { iso3: string; mandateId?: string }) {
  const state = await prisma.state.findUniqueOrThrow({ where: { iso3: opts.iso3 } });
  const request = await prisma.visitRequest.create({
    data: {
      mandateId: opts.mandateId ?? actors.holder!.mandateIds[0]!,
      stateId: state.id,
      status: "SCHEDULED",
      purpose: "Press release test visit",
      requestedAt: new Date("2025-11-03T09:00:00Z"),
      answeredAt: new Date("2026-01-12T09:00:00Z"),
      visit: {
        create: {
          startDate: new Date("2026-06-08T00:00:00Z"),
          endDate: new Date("2026-06-17T00:00:00Z"),
          announcedAt: new Date("2026-02-02T09:00:00Z"),
        },
      },
    },
    select: { id: true, visit: { select: { id: true } } },
  });
  return { visitRequestId: request.id, visitId: request.visit!.id };
}

async function visitDraft(visitId: string, title = "Expert welcomes access during the visit to Norway") {
  const { savePressReleaseDraft } = await lib();
  return savePressReleaseDraft({
    actor: actors.holder!,
    input: {
      mandateId: actors.holder!.mandateIds[0]!,
      visitId,
      title,
      body: "Oslo — The Special Rapporteur thanked the Government for its cooperation.",
    },
  });
}

async function recordDebriefing(visitRequestId: string) {
  const { visitStep } = await import("@/lib/visits/statement");
  await visitStep({ actor: actors.holder!, input: { visitRequestId, step: "recordDebriefing" } });
}

describe("press releases on a country visit (R3, R4)", () => {
  it("links only a visit of the press release's own mandate, and never a visit and a communication at once", async () => {
    const { savePressReleaseDraft } = await lib();
    await setNow(WEDNESDAY_10H);
    const holdersVisit = await visitTo({ iso3: "NOR" });
    const othersVisit = await visitTo({ iso3: "BRA", mandateId: actors.cosigner!.mandateIds[0]! });
    const body = "A body that is long enough for a press release.";
    // Another mandate's holder cannot link the holder's visit, even to its own press release.
    await expect(
      savePressReleaseDraft({
        actor: actors.cosigner!,
        input: { mandateId: actors.cosigner!.mandateIds[0]!, visitId: holdersVisit.visitId, title: "Not my visit", body },
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { visitId: ["pressReleases.visitInvalid"] } });
    // Nor can the holder link another mandate's visit.
    await expect(visitDraft(othersVisit.visitId)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { visitId: ["pressReleases.visitInvalid"] },
    });
    const letter = await sentLetter({ iso3: "NOR", now: WEDNESDAY_10H });
    await expect(
      savePressReleaseDraft({
        actor: actors.holder!,
        input: {
          mandateId: actors.holder!.mandateIds[0]!,
          communicationId: letter.id,
          visitId: holdersVisit.visitId,
          title: "Both links",
          body,
        },
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { visitId: ["pressReleases.oneLinkOnly"] } });
    const { id } = await visitDraft(holdersVisit.visitId);
    expect(await prisma.pressRelease.findUniqueOrThrow({ where: { id }, select: { visitId: true, communicationId: true } })).toEqual({
      visitId: holdersVisit.visitId,
      communicationId: null,
    });
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: id, action: "press-release.create-draft" } });
    expect(audit.after).toMatchObject({ visitId: holdersVisit.visitId, communicationId: null });
  });

  it("is shared with the visited State's mission and focal point; only that State sees it, the public does not", async () => {
    const { sharePressRelease, getPressRelease, findPressReleases, getPublicPressRelease } = await lib();
    await setNow(WEDNESDAY_10H);
    const visit = await visitTo({ iso3: "NOR" });
    const title = `Visit press release ${Date.now()}`;
    const { id } = await visitDraft(visit.visitId, title);
    // Before it is shared, Norway does not see the draft.
    await expect(getPressRelease({ actor: actors.norway!, pressReleaseId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const holderView = await getPressRelease({ actor: actors.holder!, pressReleaseId: id });
    expect(holderView).toMatchObject({ canShare: true, linked: true, debriefed: false, visitPublic: true, replyDueAt: null });

    await sharePressRelease({ actor: actors.holder!, input: { pressReleaseId: id } });
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { kind: "press-release.share", subject: { contains: title } } });
    const mission = (await prisma.state.findUniqueOrThrow({ where: { iso3: "NOR" } })).missionEmail!.toLowerCase();
    expect(mail.toAddresses).toEqual([mission]);
    expect(mail.ccAddresses).toEqual(["focal.point@norway.example"]);
    expect(mail).toMatchObject({ status: "PENDING", urgent: false, communicationId: null });
    expect(mail.textBody).toContain("concerning the country visit to Norway from 8 June 2026 to 17 June 2026");
    expect(mail.textBody).toContain("nor before the debriefing with the Government");
    const share = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: id, action: "press-release.share" } });
    expect(share.after).toMatchObject({
      visitId: visit.visitId,
      outboxMessageId: mail.id,
      stateId: (await prisma.state.findUniqueOrThrow({ where: { iso3: "NOR" } })).id,
    });

    const norwayView = await getPressRelease({ actor: actors.norway!, pressReleaseId: id });
    expect(norwayView).toMatchObject({
      status: "SHARED_WITH_STATE",
      visit: { visitRequest: { id: visit.visitRequestId, state: { nameEn: "Norway" } } },
    });
    expect((await findPressReleases({ actor: actors.norway! })).rows.map((r) => r.id)).toContain(id);
    await expect(getPressRelease({ actor: actors.brazil!, pressReleaseId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await findPressReleases({ actor: actors.brazil! })).rows.map((r) => r.id)).not.toContain(id);
    await expect(getPressRelease({ actor: actors.cosigner!, pressReleaseId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getPublicPressRelease({ pressReleaseId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is not published before the debriefing with the State, then waits for the lead time, with no justification asked", async () => {
    const { sharePressRelease, publishPressRelease, getPressRelease, getPublicPressRelease } = await lib();
    const { findPublishedPressReleasesOfVisit } = await import("@/lib/press-releases/find-visit-press-releases");
    await setNow(WEDNESDAY_10H);
    const visit = await visitTo({ iso3: "NOR" });
    const { id } = await visitDraft(visit.visitId);
    const other = await visitDraft(visit.visitId, "A second release on the visit, only shared");
    await sharePressRelease({ actor: actors.holder!, input: { pressReleaseId: id } });
    await sharePressRelease({ actor: actors.holder!, input: { pressReleaseId: other.id } });

    // R4 comes first: well after the lead time, still no publication before the debriefing.
    await setNow(new Date(WEDNESDAY_10H.getTime() + 25 * HOUR));
    await expect(
      publishPressRelease({ actor: actors.secretariat!, input: { pressReleaseId: id, justification: JUSTIFICATION } }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "visits.debriefingFirst" });
    expect(await prisma.pressRelease.findUniqueOrThrow({ where: { id }, select: { status: true, publishedAt: true } })).toEqual({
      status: "SHARED_WITH_STATE",
      publishedAt: null,
    });
    expect(await prisma.auditEntry.count({ where: { entityId: id, action: { startsWith: "press-release.publish" } } })).toBe(0);
    await expect(publishPressRelease({ actor: actors.holder!, input: { pressReleaseId: id, justification: null } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    // The debriefing is recorded; the press release may go out, with no reply deadline to justify.
    await recordDebriefing(visit.visitRequestId);
    expect(await getPressRelease({ actor: actors.secretariat!, pressReleaseId: id })).toMatchObject({
      debriefed: true,
      beforeReplyDeadline: false,
      canPublish: true,
    });
    await setNow(new Date(WEDNESDAY_10H.getTime() + 26 * HOUR));
    const published = await publishPressRelease({ actor: actors.secretariat!, input: { pressReleaseId: id, justification: null } });
    expect(published.early).toBe(false);
    expect(await prisma.pressRelease.findUniqueOrThrow({ where: { id }, select: { status: true, earlyJustification: true } })).toEqual({
      status: "PUBLISHED",
      earlyJustification: null,
    });
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: id, action: "press-release.publish" } });
    expect(audit.after).toMatchObject({ status: "PUBLISHED", visitId: visit.visitId, communicationReference: null });

    // Public: the visit with its State, dates and page; the visit's page lists it, not the unpublished one.
    const pub = await getPublicPressRelease({ pressReleaseId: id });
    expect(pub.visit).toMatchObject({
      state: { nameEn: "Norway" },
      dates: { startDate: new Date("2026-06-08T00:00:00Z"), endDate: new Date("2026-06-17T00:00:00Z") },
      publicPath: `/visits/${visit.visitRequestId}`,
    });
    // An hour later: the portal's clock ran on a few milliseconds past 26 h while publishing.
    const listed = await findPublishedPressReleasesOfVisit({
      visitRequestId: visit.visitRequestId,
      now: new Date(WEDNESDAY_10H.getTime() + 27 * HOUR),
    });
    expect(listed.map((r) => r.id)).toEqual([id]);
  });

  it("after the debriefing, the lead time still applies (R3)", async () => {
    const { sharePressRelease, publishPressRelease } = await lib();
    await setNow(WEDNESDAY_10H);
    const visit = await visitTo({ iso3: "NOR" });
    const { id } = await visitDraft(visit.visitId);
    await sharePressRelease({ actor: actors.holder!, input: { pressReleaseId: id } });
    await setNow(new Date(WEDNESDAY_10H.getTime() + 2 * HOUR));
    await recordDebriefing(visit.visitRequestId);
    await setNow(new Date(WEDNESDAY_10H.getTime() + 3 * HOUR));
    await expect(
      publishPressRelease({ actor: actors.secretariat!, input: { pressReleaseId: id, justification: null } }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "pressReleases.tooEarly" });
    await setNow(new Date(WEDNESDAY_10H.getTime() + 24 * HOUR + 60_000));
    expect(await publishPressRelease({ actor: actors.secretariat!, input: { pressReleaseId: id, justification: null } })).toMatchObject({
      early: false,
    });
  });
});

describe("demo data: visits awaiting the holder's confirmation", () => {
  it("carry the dates the State proposed, so they can be accepted and the visit scheduled on them", async () => {
    const proposed = await prisma.visitRequest.findMany({
      where: { status: "DATES_PROPOSED", sample: true },
      select: { id: true, stateProposedStart: true, stateProposedEnd: true },
    });
    expect(proposed.length).toBeGreaterThan(0);
    for (const r of proposed) {
      expect(r.stateProposedStart).not.toBeNull();
      expect(r.stateProposedEnd!.getTime()).toBeGreaterThan(r.stateProposedStart!.getTime());
    }
    const { requesterAction } = await import("@/lib/visits/requester-action");
    const first = proposed[0]!;
    expect(
      await requesterAction({ actor: actors.secretariat!, input: { visitRequestId: first.id, action: "acceptProposedDates", note: null } }),
    ).toMatchObject({ status: "SCHEDULED" });
    expect(
      await prisma.visit.findUniqueOrThrow({ where: { visitRequestId: first.id }, select: { startDate: true, endDate: true } }),
    ).toEqual({ startDate: first.stateProposedStart, endDate: first.stateProposedEnd });
  });
});
