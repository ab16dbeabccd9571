import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { genevaYear } from "@/lib/core/geneva";
import { seedDatabase } from "@/prisma/seed/index";
import { actorByEmail, closeIntegrationDatabase, demoActors } from "../support/integration";

// The Coordination Committee's space (issue 18, item 5) against a real, seeded PostgreSQL: who may
// record seats, draft, sign, publish and edit guidance; drafts never public; every version kept.
let db: TestDatabase;
let prisma: PrismaClient;
let actors: Awaited<ReturnType<typeof demoActors>>;
let chair: Actor;
let year: number;

const lib = async () => ({
  ...(await import("@/lib/committee/record-membership")),
  ...(await import("@/lib/committee/remove-membership")),
  ...(await import("@/lib/committee/find-committee")),
  ...(await import("@/lib/committee/save-statement")),
  ...(await import("@/lib/committee/sign-statement")),
  ...(await import("@/lib/committee/publish-statement")),
  ...(await import("@/lib/committee/get-statement")),
  ...(await import("@/lib/committee/find-public-statements")),
  ...(await import("@/lib/guidance/save-guidance")),
  ...(await import("@/lib/guidance/find-guidance")),
});
const code = (c: string) => expect.objectContaining({ code: c });
const TEXT = "Geneva — The Coordination Committee today expressed concern at reprisals against people who cooperate with the UN.";

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_committee" });
  Object.assign(process.env, { DATABASE_URL: db.connectionString, SP_TEST_CLOCK: "1" });
  prisma = createPrismaClient(db.connectionString, 4);
  await seedDatabase(prisma, { communications: 20 });
  actors = await demoActors(prisma);
  year = genevaYear();
  // This year's Chair, with an account of the test's own (the demo accounts hold no Chair).
  const seat = await prisma.committeeMembership.findFirstOrThrow({ where: { year, role: "CHAIR" } });
  await prisma.user.create({
    data: {
      email: "chair@committee.example",
      name: "Committee Chair",
      passwordHash: "-",
      role: "MANDATE_HOLDER",
      mandateHolderId: seat.mandateHolderId,
    },
  });
  chair = await actorByEmail(prisma, "chair@committee.example");
});
afterAll(() => closeIntegrationDatabase({ db, prisma }));

describe("membership per year", () => {
  it("the seed records this year's Committee (six seats, one Chair, the demo co-signer) and last year's", async () => {
    const { findCommitteeOfYear, committeeYears } = await lib();
    const seats = await findCommitteeOfYear({ year });
    expect(seats).toHaveLength(6);
    expect(seats.filter((s) => s.role === "CHAIR")).toHaveLength(1);
    expect(seats[0]!.role).toBe("CHAIR");
    expect(seats.map((s) => s.holderId)).toContain(actors.cosigner.mandateHolderId);
    expect(seats.map((s) => s.holderId)).not.toContain(actors.holder.mandateHolderId);
    expect(await committeeYears()).toEqual(expect.arrayContaining([year, year - 1]));
  });

  it("only the secretariat records seats: six at most, one Chair; each change audited", async () => {
    const { recordCommitteeMembership, removeCommitteeMembership, findCommitteeOfYear } = await lib();
    const input = { year, mandateHolderId: actors.holder.mandateHolderId!, role: "MEMBER" as const };
    for (const who of [actors.holder, actors.cosigner, actors.norway, actors.civil, actors.admin]) {
      await expect(recordCommitteeMembership({ actor: who, input })).rejects.toEqual(code("FORBIDDEN"));
    }
    await expect(recordCommitteeMembership({ actor: actors.secretariat, input })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { mandateHolderId: ["committee.full"] },
    });
    await expect(
      recordCommitteeMembership({
        actor: actors.secretariat,
        input: { year, mandateHolderId: actors.cosigner.mandateHolderId!, role: "CHAIR" },
      }),
    ).rejects.toMatchObject({ fieldErrors: { role: ["committee.chairTaken"] } });
    // Next year's Committee: the demo holder takes a seat, then it is taken back.
    const { id } = await recordCommitteeMembership({ actor: actors.secretariat, input: { ...input, year: year + 1, role: "CHAIR" } });
    expect((await findCommitteeOfYear({ year: year + 1 })).map((s) => [s.holderId, s.role])).toEqual([
      [actors.holder.mandateHolderId, "CHAIR"],
    ]);
    await removeCommitteeMembership({ actor: actors.secretariat, input: { membershipId: id } });
    expect(await findCommitteeOfYear({ year: year + 1 })).toEqual([]);
    const audit = await prisma.auditEntry.findMany({ where: { entityType: "CommitteeMembership", entityId: id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["committee.membership.add", "committee.membership.remove"]);
  });
});

describe("joint statements", () => {
  it("a member drafts, another co-signs, the Chair publishes; before that it is nobody else's business", async () => {
    const l = await lib();
    // A holder who does not sit on the Committee, a State, a visitor's role: no draft.
    const draft = { title: "Reprisals against those who cooperate with the UN", body: TEXT };
    await expect(l.saveCommitteeStatement({ actor: actors.holder, input: draft })).rejects.toEqual(code("FORBIDDEN"));
    await expect(l.saveCommitteeStatement({ actor: actors.norway, input: draft })).rejects.toEqual(code("FORBIDDEN"));
    await expect(l.saveCommitteeStatement({ actor: actors.civil, input: draft })).rejects.toEqual(code("FORBIDDEN"));

    const { id } = await l.saveCommitteeStatement({ actor: actors.cosigner, input: draft });
    const mine = await l.getCommitteeStatement({ actor: actors.cosigner, statementId: id });
    expect(mine.signatures.map((s) => s.mandateHolder.id)).toEqual([actors.cosigner.mandateHolderId]);
    expect(mine).toMatchObject({ status: "DRAFT", year, canSign: false, canPublish: false, canEdit: true });

    // Not public, not seen by a non-member or a State, not signable by them; its text not in the audit log.
    await expect(l.getPublicCommitteeStatement({ statementId: id })).rejects.toEqual(code("NOT_FOUND"));
    expect((await l.findPublicCommitteeStatements({})).rows.map((r) => r.id)).not.toContain(id);
    await expect(l.getCommitteeStatement({ actor: actors.holder, statementId: id })).rejects.toEqual(code("NOT_FOUND"));
    await expect(l.getCommitteeStatement({ actor: actors.norway, statementId: id })).rejects.toEqual(code("FORBIDDEN"));
    await expect(l.signCommitteeStatement({ actor: actors.holder, input: { statementId: id } })).rejects.toEqual(code("NOT_FOUND"));
    const audit = await prisma.auditEntry.findMany({
      where: { entityType: "CommitteeStatement", entityId: id },
      select: { before: true, after: true },
    });
    expect(JSON.stringify(audit)).not.toContain("Reprisals against");

    // One signature is not a joint statement; a member who is not the Chair does not publish.
    await expect(l.publishCommitteeStatement({ actor: actors.cosigner, input: { statementId: id } })).rejects.toEqual(code("FORBIDDEN"));
    await expect(l.publishCommitteeStatement({ actor: actors.secretariat, input: { statementId: id } })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "committeeStatements.tooFewSignatures",
    });

    // The Chair co-signs; an edit withdraws the other signatures, so the Chair signs the new text again.
    await l.signCommitteeStatement({ actor: chair, input: { statementId: id } });
    await expect(l.signCommitteeStatement({ actor: chair, input: { statementId: id } })).rejects.toMatchObject({
      message: "committeeStatements.alreadySigned",
    });
    await l.saveCommitteeStatement({
      actor: actors.cosigner,
      input: { statementId: id, ...draft, body: `${TEXT} It calls on States to investigate.` },
    });
    expect((await l.getCommitteeStatement({ actor: chair, statementId: id })).signatures.map((s) => s.mandateHolder.id)).toEqual([
      actors.cosigner.mandateHolderId,
    ]);
    await l.signCommitteeStatement({ actor: chair, input: { statementId: id } });
    expect(await l.getCommitteeStatement({ actor: chair, statementId: id })).toMatchObject({ canPublish: true, canSign: false });
    await l.publishCommitteeStatement({ actor: chair, input: { statementId: id } });

    const published = await l.getPublicCommitteeStatement({ statementId: id });
    expect(published.body).toContain("investigate");
    expect(published.signatories.map((s) => s.id)).toEqual([actors.cosigner.mandateHolderId, chair.mandateHolderId]);
    // Published means final.
    await expect(l.saveCommitteeStatement({ actor: actors.cosigner, input: { statementId: id, ...draft } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(l.publishCommitteeStatement({ actor: actors.secretariat, input: { statementId: id } })).rejects.toEqual(code("CONFLICT"));
    // Now anyone sees it, the non-member holder too.
    expect((await l.getCommitteeStatement({ actor: actors.holder, statementId: id })).status).toBe("PUBLISHED");
  });

  it("the seed has a published statement signed by members of its year", async () => {
    const { findPublicCommitteeStatements, getPublicCommitteeStatement } = await lib();
    const [first] = (await findPublicCommitteeStatements({})).rows.slice(-1);
    const s = await getPublicCommitteeStatement({ statementId: first!.id });
    expect(s.signatories.length).toBeGreaterThanOrEqual(2);
  });
});

describe("guidance with its version history", () => {
  it("every edit adds a version; the earlier ones stay readable; only the secretariat and current members edit", async () => {
    const { saveGuidance, getGuidanceDocument, findGuidanceDocuments } = await lib();
    const v1 = {
      topic: "QUESTIONNAIRES" as const,
      title: "Questionnaires: fewer and shorter",
      body: "Coordinate questionnaires; ask at most ten questions.",
      changeSummary: "",
    };
    for (const who of [actors.holder, actors.norway, actors.civil, actors.admin]) {
      await expect(saveGuidance({ actor: who, input: v1 })).rejects.toEqual(code("FORBIDDEN"));
    }
    const { id } = await saveGuidance({ actor: actors.secretariat, input: v1 });
    const v2 = {
      ...v1,
      documentId: id,
      expectedVersion: 1,
      body: `${v1.body} Give at least eight weeks to answer.`,
      changeSummary: "Adds the minimum response window.",
    };
    expect(await saveGuidance({ actor: actors.cosigner, input: v2 })).toEqual({ id, version: 2 });
    // Saving over a version one did not start from, or saving nothing new, is refused.
    await expect(saveGuidance({ actor: actors.secretariat, input: { ...v2, body: `${v2.body} More.` } })).rejects.toMatchObject({
      message: "guidance.staleVersion",
    });
    await expect(saveGuidance({ actor: actors.secretariat, input: { ...v2, expectedVersion: 2 } })).rejects.toMatchObject({
      fieldErrors: { body: ["guidance.unchanged"] },
    });

    const latest = await getGuidanceDocument({ documentId: id });
    expect(latest).toMatchObject({ latestVersion: 2, isLatest: true, shown: { number: 2, body: v2.body } });
    expect(latest.history.map((v) => [v.number, v.changeSummary])).toEqual([
      [2, "Adds the minimum response window."],
      [1, ""],
    ]);
    // The public history names a holder, never a secretariat officer.
    const cosignerName = (await prisma.mandateHolder.findUniqueOrThrow({ where: { id: actors.cosigner.mandateHolderId! } })).name;
    expect(latest.history.map((v) => v.authorName)).toEqual([cosignerName, null]);
    const old = await getGuidanceDocument({ documentId: id, version: 1 });
    expect(old).toMatchObject({ isLatest: false, shown: { number: 1, body: v1.body } });
    await expect(getGuidanceDocument({ documentId: id, version: 3 })).rejects.toEqual(code("NOT_FOUND"));
    expect(await prisma.guidanceVersion.count({ where: { documentId: id } })).toBe(2);

    // The seed's two documents, two versions each, are listed with the new one.
    const list = await findGuidanceDocuments({});
    expect(list.rows.filter((d) => d.latestVersion === 2).length).toBeGreaterThanOrEqual(3);
  });
});
