import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { seedDatabase } from "@/prisma/seed/index";
import { samplePdf, sampleExe } from "@/lib/files/sample-files.test-support";
import { closeIntegrationDatabase, demoActors } from "../support/integration";

// Issue 18, item 5 against a real PostgreSQL: vacancies from fixed tenures (CC1), who declares
// external resources (CC2), induction materials kept from the public (CC3), former holders (CC4).
let db: TestDatabase;
let prisma: PrismaClient;
let actors: Awaited<ReturnType<typeof demoActors>>;
const NOW = new Date("2026-11-10T09:30:00Z");
const d = (s: string) => new Date(`${s}T00:00:00Z`);

const lib = async () => ({
  ...(await import("@/lib/committee-people/find-vacancies")),
  ...(await import("@/lib/committee-people/record-vacancy")),
  ...(await import("@/lib/committee-people/declare-external-resource")),
  ...(await import("@/lib/committee-people/remove-external-resource")),
  ...(await import("@/lib/committee-people/find-external-resources")),
  ...(await import("@/lib/committee-people/create-induction-session")),
  ...(await import("@/lib/committee-people/add-induction-material")),
  ...(await import("@/lib/committee-people/find-induction-programme")),
  ...(await import("@/lib/committee-people/find-former-holders")),
  ...(await import("@/lib/committee-people/record-engagement")),
  ...(await import("@/lib/committee-people/find-engagements")),
  ...(await import("@/lib/committee-people/update-induction-session")),
  ...(await import("@/lib/committee-people/delete-induction-session")),
  ...(await import("@/lib/committee-people/remove-induction-material")),
  ...(await import("@/lib/committee-people/get-induction-material-file")),
  ...(await import("@/lib/committee-people/update-external-resource")),
});

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_committee_people" });
  Object.assign(process.env, { DATABASE_URL: db.connectionString, SP_DB_POOL: "4" });
  prisma = createPrismaClient(db.connectionString, 4);
  await seedDatabase(prisma, { communications: 10 });
  actors = await demoActors(prisma);
});
afterAll(() => closeIntegrationDatabase({ db, prisma }));

/** A mandate of the test's own, with holders serving the given (fixed) tenures. */
async function mandateWithTenures(slug: string, tenures: { name: string; start: string; end: string | null }[]) {
  const mandate = await prisma.mandate.create({
    data: {
      slug,
      kind: "THEMATIC",
      body: "SPECIAL_RAPPORTEUR",
      titleEn: slug,
      titleFr: slug,
      titleEs: slug,
      titleAr: slug,
      titleZh: slug,
      titleRu: slug,
      established: 2008,
    },
  });
  const ids: string[] = [];
  for (const t of tenures) {
    const holder = await prisma.mandateHolder.create({ data: { name: t.name } });
    const tenure = await prisma.mandateTenure.create({
      data: { mandateId: mandate.id, mandateHolderId: holder.id, startDate: d(t.start), endDate: t.end ? d(t.end) : null },
    });
    ids.push(tenure.id);
  }
  return { mandate, tenureIds: ids };
}

async function allVacancies(now: Date) {
  const { findVacancies } = await lib();
  const first = await findVacancies({ now, page: 1 });
  const rows = [...first.rows];
  for (let page = 2; page <= first.pages; page++) rows.push(...(await findVacancies({ now, page })).rows);
  return rows;
}

describe("vacancies computed from tenures (CC1)", () => {
  it("shows an ended term with no successor as vacant, a term ending soon as upcoming, a succeeded one not at all", async () => {
    const { tenureIds } = await mandateWithTenures("test-vacancies", [
      { name: "Outgoing Soon", start: "2021-02-01", end: null }, // six years end 2027-01-31
      { name: "Long Gone", start: "2014-01-01", end: "2019-12-31" }, // succeeded by the next one
      { name: "Successor", start: "2020-01-01", end: "2025-12-31" }, // ended; Outgoing Soon began long before: vacant
    ]);
    const mine = (await allVacancies(NOW)).filter((v) => v.mandate.slug === "test-vacancies");
    expect(mine.map((v) => [v.outgoingHolder, v.status, v.session, v.sessionRecorded])).toEqual([
      ["Successor", "CURRENT", 60, false],
      ["Outgoing Soon", "UPCOMING", 63, false],
    ]);

    // The secretariat records the appointing session, then the shortlist once public.
    const { recordVacancy } = await lib();
    await recordVacancy({
      actor: actors.secretariat,
      now: NOW,
      input: { tenureId: tenureIds[0]!, appointmentSession: 64, shortlist: "A. Candidate; B. Candidate", appointedName: null },
    });
    const recorded = (await allVacancies(NOW)).find((v) => v.tenureId === tenureIds[0]);
    expect(recorded).toMatchObject({ session: 64, sessionRecorded: true, shortlist: "A. Candidate; B. Candidate", appointedName: null });
    // A tenure that is no vacancy (it was succeeded) cannot be recorded; only the secretariat records.
    await expect(
      recordVacancy({
        actor: actors.secretariat,
        now: NOW,
        input: { tenureId: tenureIds[1]!, appointmentSession: 40, shortlist: null, appointedName: null },
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { tenureId: ["committeePeople.vacancyRequired"] } });
    await expect(
      recordVacancy({
        actor: actors.holder,
        now: NOW,
        input: { tenureId: tenureIds[0]!, appointmentSession: 64, shortlist: null, appointedName: null },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("external resources (CC2)", () => {
  it("a holder declares for its own mandate only; it is public per mandate and year with totals", async () => {
    const { declareExternalResource, findExternalResources, findMandateResourceTotals, removeExternalResource } = await lib();
    const own = actors.holder.mandateIds[0]!;
    const other = actors.cosigner.mandateIds[0]!;
    const input = {
      mandateId: own,
      year: 2026,
      source: "Test Foundation CC2",
      amountUsd: 12_000,
      inKind: null,
      purpose: "Research assistant",
    };
    const declared = await declareExternalResource({ actor: actors.holder, now: NOW, input });
    await declareExternalResource({
      actor: actors.holder,
      now: NOW,
      input: { ...input, amountUsd: null, inKind: "Office space for a month", source: "Test University CC2" },
    });

    // Another mandate's holder, a State, civil society, nobody: refused.
    for (const who of [actors.cosigner, actors.norway, actors.civil, actors.admin])
      await expect(declareExternalResource({ actor: who, now: NOW, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(declareExternalResource({ actor: null as unknown as Actor, now: NOW, input })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    // Nor may a holder name another's mandate; a year to come is refused.
    await expect(declareExternalResource({ actor: actors.holder, now: NOW, input: { ...input, mandateId: other } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(declareExternalResource({ actor: actors.holder, now: NOW, input: { ...input, year: 2027 } })).rejects.toMatchObject({
      fieldErrors: { year: ["committeePeople.yearInFuture"] },
    });
    // The secretariat declares for any mandate.
    await declareExternalResource({
      actor: actors.secretariat,
      now: NOW,
      input: { ...input, mandateId: other, source: "Secretariat-recorded CC2" },
    });

    const slug = declared.slug;
    const list = await findExternalResources({ year: 2026, mandateSlug: slug });
    const mine = list.rows.filter((r) => r.source.endsWith("CC2"));
    expect(mine.map((r) => [r.source, r.amountUsd, r.inKind, r.declaredByRole]).sort()).toEqual([
      ["Test Foundation CC2", 12_000, null, "MANDATE_HOLDER"],
      ["Test University CC2", null, "Office space for a month", "MANDATE_HOLDER"],
    ]);
    expect(list.sum).toEqual({ amountUsd: 12_000, declarations: 2, inKindOnly: 1 });
    expect(await findMandateResourceTotals({ mandateId: own })).toEqual([
      { mandateId: own, year: 2026, amountUsd: 12_000, declarations: 2, inKindOnly: 1 },
    ]);

    // Another holder cannot withdraw it (not found to it); its own holder can.
    await expect(removeExternalResource({ actor: actors.cosigner, input: { id: declared.id } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await removeExternalResource({ actor: actors.holder, input: { id: declared.id } });
    expect((await findExternalResources({ year: 2026, mandateSlug: slug })).sum.amountUsd).toBe(0);
    expect(await prisma.auditEntry.count({ where: { action: { startsWith: "external-resource." } } })).toBe(4);
  });
});

describe("the induction programme (CC3)", () => {
  it("shows the outline to everyone and the materials only to holders and the secretariat", async () => {
    const { createInductionSession, addInductionMaterial, findInductionProgramme } = await lib();
    const { id } = await createInductionSession({
      actor: actors.secretariat,
      input: {
        title: "Induction CC3",
        startsOn: d("2027-03-01"),
        endsOn: d("2027-03-03"),
        location: "Geneva",
        outline: "Working methods, communications, visits.",
      },
    });
    const secret = "https://drive.example/induction-r21-materials";
    await addInductionMaterial({ actor: actors.secretariat, input: { sessionId: id, title: "Speaker notes", url: secret } });
    // A file and a link at once, or neither, is refused beside the file field.
    for (const [url, files] of [
      [secret, [{ fileName: "a.pdf", bytes: samplePdf() }]],
      [null, []],
    ] as const)
      await expect(
        addInductionMaterial({ actor: actors.secretariat, input: { sessionId: id, title: "Both or none", url }, files: [...files] }),
      ).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { file: ["committeePeople.fileOrLink"] } });
    await expect(
      addInductionMaterial({ actor: actors.holder, input: { sessionId: id, title: "Mine", url: secret } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    for (const who of [null, actors.norway, actors.civil, actors.admin]) {
      const seen = await findInductionProgramme({ actor: who });
      const session = seen.rows.find((s) => s.id === id);
      expect(session?.title).toBe("Induction CC3");
      expect(session?.materials).toBeNull();
      expect(JSON.stringify(seen)).not.toContain(secret);
    }
    for (const who of [actors.holder, actors.cosigner, actors.secretariat]) {
      const session = (await findInductionProgramme({ actor: who })).rows.find((s) => s.id === id);
      expect(session?.materials?.map((m) => m.url)).toEqual([secret]);
    }
    // The audit log (read by admins) keeps that a material was added, not its link.
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { action: "induction.material.add" }, orderBy: { id: "desc" } });
    expect(JSON.stringify(entry.after)).not.toContain(secret);
  });
});

describe("induction materials as files; the secretariat edits and deletes (CC2, CC3)", () => {
  const session = {
    title: "Induction files CC3",
    startsOn: d("2027-04-01"),
    endsOn: d("2027-04-02"),
    location: "Geneva",
    outline: "Communications procedure, country visits.",
  };

  it("stores an uploaded material for holders and the secretariat only; anyone else gets not found", async () => {
    const { createInductionSession, addInductionMaterial, findInductionProgramme, getInductionMaterialFile } = await lib();
    const { id } = await createInductionSession({ actor: actors.secretariat, input: session });
    const bytes = samplePdf();
    const fileName = "briefing-pack-secret-name.pdf";
    const material = await addInductionMaterial({
      actor: actors.secretariat,
      input: { sessionId: id, title: "Briefing pack", url: null },
      files: [{ fileName, bytes }],
    });
    // Checked as every upload: an executable named .pdf is refused beside the file field, nothing kept.
    const before = await prisma.inductionMaterial.count();
    await expect(
      addInductionMaterial({
        actor: actors.secretariat,
        input: { sessionId: id, title: "Not a PDF", url: null },
        files: [{ fileName: "notes.pdf", bytes: sampleExe() }],
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { file: ["files.mismatch"] } });
    expect(await prisma.inductionMaterial.count()).toBe(before);
    // Only the secretariat adds one.
    await expect(
      addInductionMaterial({
        actor: actors.holder,
        input: { sessionId: id, title: "Mine", url: null },
        files: [{ fileName: "x.pdf", bytes }],
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    for (const who of [actors.holder, actors.cosigner, actors.secretariat]) {
      const file = await getInductionMaterialFile({ actor: who, materialId: material.id });
      expect(file).toMatchObject({ fileName, contentType: "application/pdf" });
      expect(Buffer.from(file.bytes).equals(Buffer.from(bytes))).toBe(true);
      const row = (await findInductionProgramme({ actor: who })).rows.find((s) => s.id === id);
      expect(row?.materials).toEqual([{ id: material.id, title: "Briefing pack", url: null, file: true }]);
    }
    for (const who of [null, actors.norway, actors.civil, actors.admin]) {
      await expect(getInductionMaterialFile({ actor: who, materialId: material.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(JSON.stringify(await findInductionProgramme({ actor: who }))).not.toContain(fileName);
    }
    await expect(getInductionMaterialFile({ actor: actors.holder, materialId: "not-a-uuid" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // The audit log says a file was added, not its name or content.
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { action: "induction.material.add", entityId: material.id } });
    expect(entry.after).toMatchObject({ title: "Briefing pack", kind: "file" });
    expect(JSON.stringify([entry.before, entry.after, entry.changedFields])).not.toContain(fileName);
  });

  it("edits and deletes a session with its materials and files; only the secretariat", async () => {
    const { createInductionSession, addInductionMaterial, updateInductionSession, deleteInductionSession, removeInductionMaterial } =
      await lib();
    const { id } = await createInductionSession({ actor: actors.secretariat, input: session });
    const kept = await addInductionMaterial({
      actor: actors.secretariat,
      input: { sessionId: id, title: "Pack", url: null },
      files: [{ fileName: "pack.pdf", bytes: samplePdf() }],
    });
    const removed = await addInductionMaterial({
      actor: actors.secretariat,
      input: { sessionId: id, title: "Old pack", url: null },
      files: [{ fileName: "old.pdf", bytes: samplePdf() }],
    });
    const key = async (materialId: string) =>
      (await prisma.attachment.findUniqueOrThrow({ where: { inductionMaterialId: materialId } })).storageKey;
    const stored = async (k: string) =>
      (await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM stored_files WHERE key = ${k}`)[0]!.n;
    const [keptKey, removedKey] = [await key(kept.id), await key(removed.id)];
    expect(await stored(keptKey)).toBe(1n);

    const edit = { ...session, id, title: "Induction files CC3, revised", location: "Palais Wilson" };
    for (const who of [actors.holder, actors.norway, actors.admin])
      await expect(updateInductionSession({ actor: who, input: edit })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await updateInductionSession({ actor: actors.secretariat, input: edit });
    expect(await prisma.inductionSession.findUniqueOrThrow({ where: { id }, select: { title: true, location: true } })).toEqual({
      title: "Induction files CC3, revised",
      location: "Palais Wilson",
    });
    const update = await prisma.auditEntry.findFirstOrThrow({ where: { action: "induction.session.update", entityId: id } });
    expect([update.before, update.after]).toMatchObject([{ title: "Induction files CC3" }, { title: "Induction files CC3, revised" }]);

    // Withdrawing one material removes its row and its file.
    await removeInductionMaterial({ actor: actors.secretariat, input: { id: removed.id } });
    expect(await prisma.attachment.count({ where: { storageKey: removedKey } })).toBe(0);
    expect(await stored(removedKey)).toBe(0n);

    for (const who of [actors.holder, actors.cosigner, actors.civil])
      await expect(deleteInductionSession({ actor: who, input: { id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await deleteInductionSession({ actor: actors.secretariat, input: { id } });
    expect(await prisma.inductionSession.count({ where: { id } })).toBe(0);
    expect(await prisma.inductionMaterial.count({ where: { sessionId: id } })).toBe(0);
    expect(await prisma.attachment.count({ where: { storageKey: keptKey } })).toBe(0);
    expect(await stored(keptKey)).toBe(0n);
    const deleted = await prisma.auditEntry.findFirstOrThrow({ where: { action: "induction.session.delete", entityId: id } });
    expect(deleted.before).toMatchObject({ title: "Induction files CC3, revised", materials: 1 });
    await expect(deleteInductionSession({ actor: actors.secretariat, input: { id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("the secretariat corrects any mandate's declaration; a holder still withdraws only its own", async () => {
    const { declareExternalResource, updateExternalResource, removeExternalResource } = await lib();
    const own = actors.holder.mandateIds[0]!;
    const input = { mandateId: own, year: 2026, source: "Edit Trust CC2", amountUsd: 5_000, inKind: null, purpose: "Expert meeting" };
    const declared = await declareExternalResource({ actor: actors.holder, now: NOW, input });
    const edit = { ...input, id: declared.id, amountUsd: 5_500, purpose: "Expert meeting and report" };

    for (const who of [actors.holder, actors.cosigner, actors.norway, actors.admin])
      await expect(updateExternalResource({ actor: who, now: NOW, input: edit })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateExternalResource({ actor: actors.secretariat, now: NOW, input: { ...edit, year: 2027 } })).rejects.toMatchObject({
      fieldErrors: { year: ["committeePeople.yearInFuture"] },
    });
    await updateExternalResource({ actor: actors.secretariat, now: NOW, input: edit });
    expect(
      await prisma.externalResource.findUniqueOrThrow({
        where: { id: declared.id },
        select: { amountUsd: true, purpose: true, declaredByRole: true },
      }),
    ).toEqual({ amountUsd: 5_500, purpose: "Expert meeting and report", declaredByRole: "MANDATE_HOLDER" });
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { action: "external-resource.update", entityId: declared.id } });
    expect([audit.before, audit.after]).toMatchObject([{ amountUsd: 5_000 }, { amountUsd: 5_500 }]);

    // Another mandate's holder cannot delete it; the secretariat can delete any mandate's.
    await expect(removeExternalResource({ actor: actors.cosigner, input: { id: declared.id } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await removeExternalResource({ actor: actors.secretariat, input: { id: declared.id } });
    expect(await prisma.externalResource.count({ where: { id: declared.id } })).toBe(0);
    const removal = await prisma.auditEntry.findFirstOrThrow({ where: { action: "external-resource.remove", entityId: declared.id } });
    expect(removal.before).toMatchObject({ source: "Edit Trust CC2", amountUsd: 5_500 });
  });
});

describe("former mandate holders' engagement (CC4)", () => {
  it("records an engagement of a former holder only, public at once", async () => {
    const { findFormerHolders, recordEngagement, findEngagements } = await lib();
    const { mandate } = await mandateWithTenures("test-former", [
      { name: "Former Person", start: "2015-08-01", end: "2021-07-31" },
      { name: "Current Person", start: "2021-08-01", end: null },
    ]);
    const former = (await findFormerHolders({ now: NOW })).filter((f) => f.mandateId === mandate.id);
    expect(former.map((f) => f.name)).toEqual(["Former Person"]);
    const current = await prisma.mandateTenure.findFirstOrThrow({ where: { mandateId: mandate.id, endDate: null } });

    const input = {
      formerHolder: { mandateHolderId: former[0]!.mandateHolderId, mandateId: mandate.id },
      activity: "Lecture CC4 on the mandate",
      occurredOn: d("2026-10-01"),
    };
    await recordEngagement({ actor: actors.secretariat, now: NOW, input });
    await expect(
      recordEngagement({
        actor: actors.secretariat,
        now: NOW,
        input: { ...input, formerHolder: { mandateHolderId: current.mandateHolderId, mandateId: mandate.id } },
      }),
    ).rejects.toMatchObject({ fieldErrors: { formerHolder: ["committeePeople.formerHolderRequired"] } });
    await expect(
      recordEngagement({ actor: actors.secretariat, now: NOW, input: { ...input, occurredOn: d("2026-12-01") } }),
    ).rejects.toMatchObject({
      fieldErrors: { occurredOn: ["committeePeople.dateInFuture"] },
    });
    for (const who of [actors.holder, actors.norway])
      await expect(recordEngagement({ actor: who, now: NOW, input })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const register = await findEngagements({ page: 1 });
    expect(register.rows.find((r) => r.activity === "Lecture CC4 on the mandate")).toMatchObject({
      mandateHolder: { name: "Former Person" },
    });
  });
});
