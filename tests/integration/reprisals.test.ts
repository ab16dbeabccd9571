import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { seedDatabase } from "@/prisma/seed/index";
import { actorByEmail, closeIntegrationDatabase } from "../support/integration";

// R8 against a real, seeded PostgreSQL: recording, linking, referrals, clearing and the annual figures.
let db: TestDatabase;
let prisma: PrismaClient;
const actors: Record<string, Actor> = {};
let stateId = "";
const letters: Record<string, string> = {};

const actorFor = (email: string) => actorByEmail(prisma, email);

const input = (over: Record<string, unknown> = {}) => ({
  stateId,
  personsConcerned: "A defender (fictional)",
  cooperationContext: "Met the Special Rapporteur during a visit.",
  actsAlleged: "Summoned and threatened.",
  actsDate: new Date("2026-03-01T00:00:00Z"),
  actionsTaken: null,
  communicationReferences: [] as string[],
  status: "OPEN" as const,
  confidentiality: "STRICTLY_CONFIDENTIAL" as const,
  sgReportYear: null,
  ...over,
});

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_reprisals" });
  Object.assign(process.env, { DATABASE_URL: db.connectionString, SP_TEST_CLOCK: "1" });
  prisma = createPrismaClient(db.connectionString, 4);
  await seedDatabase(prisma, { communications: 40 });
  for (const [key, email] of Object.entries({
    secretariat: "secretariat@sp-portal.example",
    secretariat2: "secretariat2@sp-portal.example",
    holder: "holder@sp-portal.example",
    cosigner: "cosigner@sp-portal.example",
    norway: "state@sp-portal.example",
  }))
    actors[key] = await actorFor(email);
  stateId = (await prisma.state.findUniqueOrThrow({ where: { iso3: "NOR" } })).id;
  // Sent in the current year (its first hour), so the annual figures of this year count it.
  const sentAt = new Date(Date.UTC(new Date().getUTCFullYear(), 0, 1, 1));
  for (const [key, mandateId] of [
    ["holder", actors.holder!.mandateIds[0]!],
    ["cosigner", actors.cosigner!.mandateIds[0]!],
  ] as const) {
    const c = await prisma.communication.create({
      data: {
        type: "AL",
        status: "SENT",
        addresseeKind: "STATE",
        addresseeStateId: stateId,
        subject: `Letter of ${key}`,
        summary: "s",
        body: "b",
        sentAt,
        replyDueAt: sentAt,
        publicFrom: sentAt,
        reference: `AL NOR ${key === "holder" ? 901 : 902}/2026`,
        mandates: { create: { mandateId, status: "LEAD" } },
      },
      select: { reference: true },
    });
    letters[key] = c.reference!;
  }
}, 300_000);

afterAll(() => closeIntegrationDatabase({ db, prisma }));

describe("recording cases", () => {
  it("lets a mandate holder record a case on its own letter, strictly confidential and open, and see it", async () => {
    const { saveReprisalCase } = await import("@/lib/reprisals/save-case");
    const { findReprisalCases } = await import("@/lib/reprisals/find-cases");
    const { getReprisalCase } = await import("@/lib/reprisals/get-case");
    const { id } = await saveReprisalCase({
      actor: actors.holder!,
      input: input({ communicationReferences: [letters.holder!], status: "CLOSED", confidentiality: "CONFIDENTIAL", sgReportYear: 2026 }),
    });
    const row = await prisma.reprisalCase.findUniqueOrThrow({
      where: { id },
      select: { status: true, confidentiality: true, sgReportYear: true, createdById: true },
    });
    expect(row).toEqual({
      status: "OPEN",
      confidentiality: "STRICTLY_CONFIDENTIAL",
      sgReportYear: null,
      createdById: actors.holder!.userId,
    });
    expect((await findReprisalCases({ actor: actors.holder! })).rows.map((r) => r.id)).toContain(id);
    expect((await getReprisalCase({ actor: actors.holder!, caseId: id })).access).toBe("mandate");
    // The co-signer's mandate is not on that letter: the case does not exist for it.
    await expect(getReprisalCase({ actor: actors.cosigner!, caseId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await findReprisalCases({ actor: actors.cosigner! })).rows.map((r) => r.id)).not.toContain(id);
  });

  it("refuses a mandate holder linking another mandate's letter, or an unknown reference, with a field error", async () => {
    const { saveReprisalCase } = await import("@/lib/reprisals/save-case");
    await expect(
      saveReprisalCase({ actor: actors.holder!, input: input({ communicationReferences: [letters.cosigner!] }) }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { communicationReferences: ["reprisals.notYourCommunication"] } });
    await expect(
      saveReprisalCase({ actor: actors.secretariat!, input: input({ communicationReferences: ["AL NOR 99999/1999"] }) }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { communicationReferences: ["reprisals.unknownReferences"] } });
  });

  it("refuses editing by a mandate holder and anything at all by a State", async () => {
    const { saveReprisalCase } = await import("@/lib/reprisals/save-case");
    const { id } = await saveReprisalCase({ actor: actors.secretariat!, input: input() });
    await expect(saveReprisalCase({ actor: actors.holder!, input: input({ caseId: id }) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveReprisalCase({ actor: actors.norway!, input: input() })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("lets the secretariat relink letters and records the change without the confidential text", async () => {
    const { saveReprisalCase } = await import("@/lib/reprisals/save-case");
    const { parseReferences } = await import("@/lib/reprisals/schemas");
    const { id } = await saveReprisalCase({ actor: actors.secretariat!, input: input({ communicationReferences: [letters.holder!] }) });
    await saveReprisalCase({
      actor: actors.secretariat!,
      input: input({
        caseId: id,
        communicationReferences: parseReferences(` ${letters.cosigner!.toLowerCase()} ,`),
        personsConcerned: "Someone else (fictional)",
      }),
    });
    const links = await prisma.reprisalCaseCommunication.findMany({
      where: { reprisalCaseId: id },
      select: { communication: { select: { reference: true } } },
    });
    expect(links.map((l) => l.communication.reference)).toEqual([letters.cosigner]);
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: id, action: "reprisal.update" }, select: { after: true } });
    expect(audit.after).toMatchObject({ changedFields: ["personsConcerned"] });
    expect(JSON.stringify(audit.after)).not.toContain("Someone else");
  });
});

describe("public summary (R8)", () => {
  it("is public only once cleared; editing it withdraws the clearance and the case becomes strictly confidential", async () => {
    const { saveReprisalCase } = await import("@/lib/reprisals/save-case");
    const { savePublicSummary, clearPublicSummary, withdrawClearance } = await import("@/lib/reprisals/public-summary");
    const { getPublicReprisal } = await import("@/lib/reprisals/find-public-reprisals");
    const secretariat = actors.secretariat!;
    const { id } = await saveReprisalCase({ actor: secretariat, input: input({ confidentiality: "CONFIDENTIAL" }) });
    await expect(clearPublicSummary({ actor: secretariat, input: { caseId: id } })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "reprisals.noSummary",
    });
    await savePublicSummary({
      actor: secretariat,
      input: { caseId: id, publicSummary: "A person was reportedly threatened after a visit." },
    });
    expect(await getPublicReprisal({ caseId: id })).toBeNull();
    const reviewer = actors.secretariat2!;
    await clearPublicSummary({ actor: reviewer, input: { caseId: id } });
    expect((await getPublicReprisal({ caseId: id }))?.publicSummary).toBe("A person was reportedly threatened after a visit.");
    const cleared = await prisma.reprisalCase.findUniqueOrThrow({ where: { id }, select: { publicSummaryClearedById: true } });
    expect(cleared.publicSummaryClearedById).toBe(reviewer.userId);
    await expect(clearPublicSummary({ actor: reviewer, input: { caseId: id } })).rejects.toMatchObject({ code: "CONFLICT" });

    const edit = await savePublicSummary({
      actor: secretariat,
      input: { caseId: id, publicSummary: "A new text that nobody cleared yet." },
    });
    expect(edit.withdrawn).toBe(true);
    expect(await getPublicReprisal({ caseId: id })).toBeNull();
    expect((await prisma.reprisalCase.findUniqueOrThrow({ where: { id }, select: { confidentiality: true } })).confidentiality).toBe(
      "STRICTLY_CONFIDENTIAL",
    );

    await clearPublicSummary({ actor: reviewer, input: { caseId: id } });
    await withdrawClearance({ actor: secretariat, input: { caseId: id } });
    expect(await getPublicReprisal({ caseId: id })).toBeNull();
    await expect(clearPublicSummary({ actor: actors.holder!, input: { caseId: id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("is cleared by another member of the secretariat than its author (four eyes), the refusal audited", async () => {
    const { saveReprisalCase } = await import("@/lib/reprisals/save-case");
    const { savePublicSummary, clearPublicSummary } = await import("@/lib/reprisals/public-summary");
    const { getPublicReprisal } = await import("@/lib/reprisals/find-public-reprisals");
    const { getReprisalCase } = await import("@/lib/reprisals/get-case");
    const [author, reviewer] = [actors.secretariat!, actors.secretariat2!];
    const { id } = await saveReprisalCase({ actor: author, input: input() });
    await savePublicSummary({ actor: author, input: { caseId: id, publicSummary: "A defender was reportedly threatened after a visit." } });
    expect((await prisma.reprisalCase.findUniqueOrThrow({ where: { id } })).publicSummaryWrittenById).toBe(author.userId);
    expect((await getReprisalCase({ actor: reviewer, caseId: id })).summaryWrittenBy?.id).toBe(author.userId);
    await expect(clearPublicSummary({ actor: author, input: { caseId: id } })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "reprisals.clearerIsAuthor",
    });
    expect(await getPublicReprisal({ caseId: id })).toBeNull();
    const refusal = await prisma.auditEntry.findFirstOrThrow({ where: { action: "reprisal.summary.clear-refused", entityId: id } });
    expect(refusal).toMatchObject({ actorId: author.userId, after: { reason: "same-author" } });

    // Whoever rewrites the summary becomes its author: the reviewer who edits it no longer clears it.
    await savePublicSummary({
      actor: reviewer,
      input: { caseId: id, publicSummary: "A defender was reportedly threatened after a country visit." },
    });
    await expect(clearPublicSummary({ actor: reviewer, input: { caseId: id } })).rejects.toMatchObject({
      message: "reprisals.clearerIsAuthor",
    });
    await clearPublicSummary({ actor: author, input: { caseId: id } });
    expect((await getPublicReprisal({ caseId: id }))?.publicSummary).toBe("A defender was reportedly threatened after a country visit.");
    expect((await getReprisalCase({ actor: reviewer, caseId: id })).clearedByName).toBe(author.name);
  });

  it("refuses a summary naming a person concerned, in any variant, when saved and when cleared", async () => {
    const { saveReprisalCase } = await import("@/lib/reprisals/save-case");
    const { savePublicSummary, clearPublicSummary } = await import("@/lib/reprisals/public-summary");
    const { getPublicReprisal } = await import("@/lib/reprisals/find-public-reprisals");
    const [author, reviewer] = [actors.secretariat!, actors.secretariat2!];
    const persons = "Aziza Karimová (journalist)";
    const { id } = await saveReprisalCase({ actor: author, input: input({ personsConcerned: persons }) });
    for (const summary of [
      "Aziza Karimova was reportedly threatened after a visit.",
      "KARIMOVA A. was reportedly threatened after a visit.",
      "A journalist (A.K.) was reportedly threatened after a visit.",
    ]) {
      await expect(savePublicSummary({ actor: author, input: { caseId: id, publicSummary: summary } })).rejects.toMatchObject({
        code: "INVALID_INPUT",
        fieldErrors: { publicSummary: ["reprisals.summaryNamesPerson"] },
      });
    }
    expect((await prisma.reprisalCase.findUniqueOrThrow({ where: { id } })).publicSummary).toBeNull();

    // A summary saved before the name was added to "People affected" is checked again when cleared.
    await savePublicSummary({ actor: author, input: { caseId: id, publicSummary: "Ms Nodira Saidova was reportedly summoned." } });
    await saveReprisalCase({ actor: author, input: input({ caseId: id, personsConcerned: `${persons}; Nodira Saidova` }) });
    await expect(clearPublicSummary({ actor: reviewer, input: { caseId: id } })).rejects.toMatchObject({
      message: "reprisals.summaryNamesPerson",
    });
    expect(await getPublicReprisal({ caseId: id })).toBeNull();
    expect(
      await prisma.auditEntry.count({
        where: { action: "reprisal.summary.clear-refused", entityId: id, after: { equals: { reason: "names-person" } } },
      }),
    ).toBe(1);

    // A cleared summary whose person is then added to "People affected" is withdrawn from publication.
    await savePublicSummary({ actor: author, input: { caseId: id, publicSummary: "A journalist was reportedly summoned by the police." } });
    await clearPublicSummary({ actor: reviewer, input: { caseId: id } });
    expect(await getPublicReprisal({ caseId: id })).not.toBeNull();
    await saveReprisalCase({ actor: author, input: input({ caseId: id, personsConcerned: `${persons}; Police Summoned` }) });
    expect(await getPublicReprisal({ caseId: id })).toBeNull();
    expect((await prisma.reprisalCase.findUniqueOrThrow({ where: { id } })).confidentiality).toBe("STRICTLY_CONFIDENTIAL");
  });

  it("masks the names in everything a mandate holder reads of a strictly confidential case", async () => {
    const { saveReprisalCase } = await import("@/lib/reprisals/save-case");
    const { getReprisalCase } = await import("@/lib/reprisals/get-case");
    const persons = "Aziza Karimová (journalist)";
    const fields = {
      personsConcerned: persons,
      cooperationContext: "Aziza met the Special Rapporteur.",
      actsAlleged: "KARIMOVA was summoned; A.K. was threatened.",
      actionsTaken: "Raised the case of Ms Karimova with the Government.",
      communicationReferences: [letters.holder!],
    };
    const { id } = await saveReprisalCase({ actor: actors.secretariat!, input: input(fields) });
    const holderView = await getReprisalCase({ actor: actors.holder!, caseId: id });
    expect(holderView).toMatchObject({
      personsConcerned: null,
      cooperationContext: "[…] met the Special Rapporteur.",
      actsAlleged: "[…] was summoned; […] was threatened.",
      actionsTaken: "Raised the case of Ms […] with the Government.",
    });
    expect(JSON.stringify(holderView)).not.toMatch(/karimov|aziza/i);
    // "Confidential": the holder reads the names, so nothing is masked; the secretariat always reads them.
    await saveReprisalCase({ actor: actors.secretariat!, input: input({ ...fields, caseId: id, confidentiality: "CONFIDENTIAL" }) });
    expect((await getReprisalCase({ actor: actors.holder!, caseId: id })).actsAlleged).toBe(fields.actsAlleged);
    expect((await getReprisalCase({ actor: actors.secretariat!, caseId: id })).actsAlleged).toBe(fields.actsAlleged);
  });

  it("counts public entries per year and State over cleared cases only", async () => {
    const { publicReprisalCounts, findPublicReprisals, parsePublicReprisalParams } = await import("@/lib/reprisals/find-public-reprisals");
    const counts = await publicReprisalCounts();
    const cleared = await prisma.reprisalCase.count({
      where: { confidentiality: "PUBLIC_SUMMARY_CLEARED", publicSummary: { not: null }, publicSummaryClearedAt: { lte: new Date() } },
    });
    expect(cleared).toBeGreaterThan(0);
    expect(counts.byYear.reduce((a, r) => a + r.count, 0)).toBe(cleared);
    expect(counts.byState.reduce((a, r) => a + r.count, 0)).toBe(cleared);
    const first = counts.byState[0]!;
    expect((await findPublicReprisals({ params: parsePublicReprisalParams(new URLSearchParams(`state=${first.iso3}`)) })).total).toBe(
      first.count,
    );
    const year = counts.byYear[0]!;
    expect((await findPublicReprisals({ params: parsePublicReprisalParams(new URLSearchParams(`year=${year.year}`)) })).total).toBe(
      year.count,
    );
  });
});

describe("referrals and the annual figures", () => {
  it("counts recorded, communicated, referred per body, in the report and follow-ups for a year", async () => {
    const { saveReprisalCase } = await import("@/lib/reprisals/save-case");
    const { addReferral, removeReferral } = await import("@/lib/reprisals/referrals");
    const { reprisalAnnualCounts } = await import("@/lib/reprisals/annual-counts");
    const secretariat = actors.secretariat!;
    // Cases are recorded "now" (the portal clock): count in the current year.
    const Y = new Date().getUTCFullYear();
    const before = await reprisalAnnualCounts({ actor: secretariat, year: Y });
    const { id } = await saveReprisalCase({
      actor: secretariat,
      input: input({ communicationReferences: [letters.holder!], sgReportYear: Y }),
    });
    const old = await saveReprisalCase({ actor: secretariat, input: input({ status: "FOLLOW_UP", sgReportYear: Y - 1 }) });
    await addReferral({
      actor: secretariat,
      input: { caseId: id, body: "COUNCIL_PRESIDENT", referredAt: new Date(Date.UTC(Y, 3, 2)), note: null },
    });
    const r = await addReferral({
      actor: secretariat,
      input: { caseId: id, body: "ASSISTANT_SECRETARY_GENERAL", referredAt: new Date(Date.UTC(Y, 3, 3)), note: null },
    });
    await addReferral({
      actor: secretariat,
      input: { caseId: old.id, body: "HIGH_COMMISSIONER", referredAt: new Date(Date.UTC(Y - 1, 11, 31)), note: null },
    });
    const after = await reprisalAnnualCounts({ actor: secretariat, year: Y });
    expect(after.recorded - before.recorded).toBe(2);
    expect(after.communicated - before.communicated).toBe(1);
    expect(after.inReport - before.inReport).toBe(1);
    expect(after.followUps - before.followUps).toBe(1);
    expect(after.referrals.COUNCIL_PRESIDENT - before.referrals.COUNCIL_PRESIDENT).toBe(1);
    expect(after.referrals.ASSISTANT_SECRETARY_GENERAL - before.referrals.ASSISTANT_SECRETARY_GENERAL).toBe(1);
    expect(after.referrals.HIGH_COMMISSIONER - before.referrals.HIGH_COMMISSIONER).toBe(0);
    await removeReferral({ actor: secretariat, input: { caseId: id, referralId: r.id } });
    expect((await reprisalAnnualCounts({ actor: secretariat, year: Y })).referrals.ASSISTANT_SECRETARY_GENERAL).toBe(
      before.referrals.ASSISTANT_SECRETARY_GENERAL,
    );
    await expect(reprisalAnnualCounts({ actor: actors.holder!, year: 2026 })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
