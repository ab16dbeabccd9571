import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDatabase } from "@/prisma/seed/index";
import { closeIntegrationDatabase, demoActors, setNow } from "../support/integration";

// Issue 17, items 1 and 2, against a real PostgreSQL: a submission saved as a draft and sent by a
// visitor without an account, its private link, the secretariat's triage (assign, ask, open a draft
// letter, merge, decline, mark acted upon), what holders of the assigned and of another mandate see,
// the counts for the annual report — and that the source and the confidential parts never reach a
// public, State or audit-log read, even once the letter opened from it is public.

let db: TestDatabase;
let prisma: PrismaClient;
let actors: Awaited<ReturnType<typeof demoActors>>;
const tag = randomUUID().slice(0, 8);
const M = {
  sourceName: `SOURCENAME${tag}`,
  sourceOrg: `SOURCEORG${tag}`,
  sourceEmail: `source${tag}@ngo.example`,
  sourcePhone: `+41 22 ${tag.replace(/\D/g, "").slice(0, 3) || "123"} 00 00`,
  victims: `VICTIMNAMES${tag}`,
  location: `SECRETPLACE${tag}`,
  note: `INTERNALNOTE${tag}`,
};
const MARKERS = [M.sourceName, M.sourceOrg, M.sourceEmail, M.victims, M.location, M.note];
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
let norway = "";
let holderMandate = "";
let startedAt = new Date();

const serialise = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? x.toString() : x));
function expectNoMarker(label: string, text: string) {
  for (const m of MARKERS) expect(text.includes(m), `${label} contains ${m}`).toBe(false);
}
async function collect(label: string, load: () => Promise<unknown>): Promise<string> {
  let out: string;
  try {
    out = serialise(await load());
  } catch (err) {
    out = `${label} threw ${(err as Error).name}: ${(err as Error).message}`;
  }
  expectNoMarker(label, out);
  return out;
}
const req = (path: string) => new NextRequest(`http://localhost${path}`);

const fields = (over: Record<string, unknown> = {}) => ({
  title: `Villagers detained after protest ${tag}`,
  affected: "GROUP" as const,
  affectedCount: 12,
  victims: M.victims,
  consentToName: false,
  responsible: "STATE" as const,
  stateId: norway,
  otherActorName: null,
  whatHappened: "Police arrested twelve villagers after a peaceful protest against the dam and held them without charge.",
  location: M.location,
  occurredOn: new Date("2026-10-01T00:00:00Z"),
  ongoing: true,
  domesticRemedies: "A habeas corpus petition was filed and is pending.",
  topics: ["defenders", "detention"],
  confidentialParts: ["location"] as ("location" | "victims" | "domesticRemedies" | "documents")[],
  urgent: false,
  sourceName: M.sourceName,
  sourceOrganisation: M.sourceOrg,
  sourceEmail: M.sourceEmail,
  sourcePhone: M.sourcePhone,
  sourceRelation: "organisation" as const,
  ...over,
});

async function send(over: Record<string, unknown> = {}) {
  const { saveCase } = await import("@/lib/cases/save-case");
  return saveCase({ actor: null, input: { ...fields(over), intent: "submit" }, language: "fr" });
}

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_cases" });
  Object.assign(process.env, { DATABASE_URL: db.connectionString, SP_TEST_CLOCK: "1" });
  prisma = createPrismaClient(db.connectionString, 4);
  await seedDatabase(prisma, { communications: 40 });
  actors = await demoActors(prisma);
  norway = (await prisma.state.findUniqueOrThrow({ where: { iso3: "NOR" } })).id;
  holderMandate = actors.holder.mandateIds[0]!;
  startedAt = new Date();
}, 300_000);

afterAll(() => closeIntegrationDatabase({ db, prisma }));

describe("submitting (item 1)", () => {
  it("keeps a draft behind its private link, then sends it with a receipt number, suggestions and a receipt mail", async () => {
    const { saveCase } = await import("@/lib/cases/save-case");
    const { getCaseByToken } = await import("@/lib/cases/get-case-by-token");
    const { genevaYear } = await import("@/lib/core/geneva");
    const draft = await saveCase({
      actor: null,
      input: { ...fields({ victims: "", whatHappened: "", location: "" }), intent: "draft" },
      files: [{ fileName: "statement.pdf", bytes: PDF }],
      proofId: `proof-${tag}`,
    });
    expect(draft).toMatchObject({ status: "DRAFT", receiptNumber: null });
    expect(draft.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await prisma.caseSubmission.findUniqueOrThrow({ where: { id: draft.id }, select: { tokenHash: true } });
    expect(row.tokenHash).not.toContain(draft.token);
    const seen = await getCaseByToken({ token: draft.token });
    expect(seen?.kind).toBe("draft");
    expect(seen?.kind === "draft" && seen.draft.attachments.map((a) => a.fileName)).toEqual(["statement.pdf"]);
    // The same proof of work cannot make a second submission.
    await expect(saveCase({ actor: null, input: { ...fields(), intent: "draft" }, proofId: `proof-${tag}` })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    // Sending an incomplete draft names the missing fields and keeps it a draft.
    await expect(
      saveCase({ actor: null, input: { ...fields({ victims: "", whatHappened: "short" }), token: draft.token, intent: "submit" } }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { victims: ["cases.victimsRequired"], whatHappened: ["cases.whatHappenedRequired"] },
    });

    const sent = await saveCase({ actor: null, input: { ...fields(), token: draft.token, intent: "submit" }, language: "fr" });
    expect(sent.status).toBe("RECEIVED");
    expect(sent.receiptNumber).toMatch(new RegExp(`^CASE-${genevaYear()}-\\d{5}$`));
    const mandates = await prisma.caseSubmissionMandate.findMany({
      where: { caseId: draft.id },
      select: { suggested: true, assignedAt: true, mandate: { select: { slug: true } } },
    });
    expect(mandates.map((m) => m.mandate.slug).sort()).toEqual(["arbitrary-detention", "hr-defenders", "torture"]);
    expect(mandates.every((m) => m.suggested && m.assignedAt === null)).toBe(true);
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { kind: "case.receipt", toAddresses: { has: M.sourceEmail } } });
    expect(mail.subject).toContain(sent.receiptNumber!);
    expect(mail.subject).toMatch(/a été reçue/); // the language the source used
    expect(mail.textBody).toContain(`/submit/case/${draft.token}`);

    // Sent: the link now shows the status only, not what was sent; it cannot be edited any more.
    const status = await getCaseByToken({ token: draft.token });
    expect(status).toMatchObject({ kind: "sent", view: { receiptNumber: sent.receiptNumber, status: "received" } });
    expectNoMarker("status page", serialise(status));
    await expect(saveCase({ actor: null, input: { ...fields(), token: draft.token, intent: "draft" } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await getCaseByToken({ token: "x".repeat(43) })).toBeNull();
  });

  it("refuses roles that do not submit cases, and numbers submissions without gaps", async () => {
    const { saveCase } = await import("@/lib/cases/save-case");
    for (const key of ["admin", "norway", "holder"] as const)
      await expect(saveCase({ actor: actors[key], input: { ...fields(), intent: "draft" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const a = await send();
    const b = await send();
    const seq = (r: string | null) => Number(r!.split("-")[2]);
    expect(seq(b.receiptNumber)).toBe(seq(a.receiptNumber) + 1);
  });
});

describe("triage (item 2)", () => {
  let caseId = "";
  let token = "";
  let urgentId = "";
  beforeAll(async () => {
    const s = await send();
    caseId = s.id;
    token = s.token;
    urgentId = (await send({ urgent: true, title: `Urgent ${tag}` })).id;
  });

  it("lists urgent submissions first and filters by State, mandate, urgency and age", async () => {
    const { findCases, parseCaseFilters } = await import("@/lib/cases/find-cases");
    const all = await findCases({ actor: actors.secretariat, filters: parseCaseFilters({ state: "NOR" }) });
    const ids = all.rows.map((r) => r.id);
    expect(ids.indexOf(urgentId)).toBeLessThan(ids.indexOf(caseId));
    expect(all.rows.filter((r) => r.urgent).every((r, i) => all.rows[i]!.urgent)).toBe(true);
    const urgent = await findCases({ actor: actors.secretariat, filters: parseCaseFilters({ urgent: "1", state: "NOR" }) });
    expect(urgent.rows.map((r) => r.id)).toContain(urgentId);
    expect(urgent.rows.map((r) => r.id)).not.toContain(caseId);
    const byMandate = await findCases({ actor: actors.secretariat, filters: parseCaseFilters({ mandate: "torture" }) });
    expect(byMandate.rows.map((r) => r.id)).toContain(caseId);
    const other = await findCases({ actor: actors.secretariat, filters: parseCaseFilters({ mandate: "water-sanitation", state: "NOR" }) });
    expect(other.rows.map((r) => r.id)).not.toContain(caseId);
    const old = await findCases({ actor: actors.secretariat, filters: parseCaseFilters({ age: "7", state: "NOR" }) });
    expect(old.rows.map((r) => r.id)).not.toContain(caseId);
    for (const key of ["norway", "civil", "admin"] as const)
      await expect(findCases({ actor: actors[key], filters: parseCaseFilters({}) })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("assigns to a mandate: its holders see the submission without its source, another mandate's do not", async () => {
    const { assignCase } = await import("@/lib/cases/assign-case");
    const { findCases, parseCaseFilters } = await import("@/lib/cases/find-cases");
    const { getCase } = await import("@/lib/cases/get-case");
    const { getCaseFile } = await import("@/lib/cases/get-case-file");
    const { addCaseNote } = await import("@/lib/cases/add-case-note");
    expect(
      await assignCase({ actor: actors.secretariat, input: { caseId, mandateIds: [holderMandate], otherMandateId: undefined } }),
    ).toMatchObject({
      status: "UNDER_CONSIDERATION",
    });
    await expect(
      assignCase({ actor: actors.holder, input: { caseId, mandateIds: [holderMandate], otherMandateId: undefined } }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const mine = await findCases({ actor: actors.holder, filters: parseCaseFilters({ status: "all" }) });
    expect(mine.rows.map((r) => r.id)).toContain(caseId);
    expect(mine.rows.map((r) => r.id)).not.toContain(urgentId);
    const seen = await getCase({ actor: actors.holder, caseId });
    expect(seen.victims).toBe(M.victims);
    expect(seen.source).toBeNull();
    const text = serialise(seen);
    for (const m of [M.sourceName, M.sourceOrg, M.sourceEmail]) expect(text).not.toContain(m);
    await addCaseNote({ actor: actors.holder, input: { caseId, text: M.note } });
    const full = await getCase({ actor: actors.secretariat, caseId });
    expect(full.source).toMatchObject({ sourceName: M.sourceName, sourceEmail: M.sourceEmail });
    expect(full.notes.map((n) => n.text)).toContain(M.note);

    const cosignerList = await findCases({ actor: actors.cosigner, filters: parseCaseFilters({ status: "all" }) });
    expect(cosignerList.rows.map((r) => r.id)).not.toContain(caseId);
    // What the co-signer lists is assigned to its own mandate (the demo data has one such submission).
    for (const r of cosignerList.rows)
      expect(r.mandates.some((m) => m.assignedAt && m.mandate.slug === "freedom-of-expression")).toBe(true);
    expectNoMarker("co-signer's list", serialise(cosignerList));
    expect(await collect("co-signer opens it", () => getCase({ actor: actors.cosigner, caseId }))).toMatch(/No such submission/);
    await expect(addCaseNote({ actor: actors.cosigner, input: { caseId, text: "x y" } })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const file = await prisma.attachment.create({
      data: {
        fileName: "f.pdf",
        contentType: "application/pdf",
        size: 1,
        sha256: "0".repeat(64),
        storageKey: `k-${tag}`,
        caseSubmissionId: caseId,
      },
      select: { id: true },
    });
    for (const a of [null, actors.cosigner, actors.norway, actors.admin, actors.civil])
      await expect(getCaseFile({ actor: a, attachmentId: file.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await prisma.attachment.delete({ where: { id: file.id } });
  });

  it("asks the source, who sees the question on its status page and answers it there, once", async () => {
    const { askSource } = await import("@/lib/cases/ask-source");
    const { getCaseByToken } = await import("@/lib/cases/get-case-by-token");
    const { addCaseUpdate } = await import("@/lib/cases/add-case-update");
    const question = "Were the villagers given access to a lawyer during their detention?";
    const asked = await askSource({ actor: actors.secretariat, input: { caseId, question } });
    expect(asked.mailed).toBe(true);
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { kind: "case.question" }, orderBy: { createdAt: "desc" } });
    expect(mail.toAddresses).toEqual([M.sourceEmail]);
    expect(mail.textBody).toContain(question);
    const view = await getCaseByToken({ token });
    expect(view?.kind === "sent" && view.view.questions.map((q) => q.question)).toEqual([question]);
    await addCaseUpdate({
      input: { token, questionId: asked.questionId, text: "No lawyer was allowed for ten days." },
      files: [{ fileName: "lawyer.pdf", bytes: PDF }],
    });
    const after = await getCaseByToken({ token });
    expect(after?.kind === "sent" && after.view).toMatchObject({ status: "under-consideration", updates: [{ documents: 1 }] });
    expect(after?.kind === "sent" && after.view.questions[0]!.answeredAt).not.toBeNull();
    await expect(addCaseUpdate({ input: { token, questionId: asked.questionId, text: "Again the same answer." } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(addCaseUpdate({ input: { token: "y".repeat(43), questionId: undefined, text: "Unknown link." } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("opens a draft letter from it — no source, names in the annex — and counts it acted upon once the letter is dispatched", async () => {
    const { openDraftFromCase } = await import("@/lib/cases/open-draft-from-case");
    const { getCaseByToken } = await import("@/lib/cases/get-case-by-token");
    const { submitDraft } = await import("@/lib/communications/submit-draft");
    const { reviewCommunication } = await import("@/lib/communications/review-communication");
    const { dispatchCommunication } = await import("@/lib/communications/dispatch-communication");
    await expect(
      openDraftFromCase({
        actor: actors.secretariat,
        input: { caseId, leadMandateId: actors.cosigner.mandateIds[0]!, type: "UA", addressee: { kind: "STATE", id: norway } },
      }),
    ).rejects.toMatchObject({ fieldErrors: { leadMandateId: ["cases.leadMandateAssigned"] } });
    const { communicationId } = await openDraftFromCase({
      actor: actors.secretariat,
      input: { caseId, leadMandateId: holderMandate, type: "UA", addressee: { kind: "STATE", id: norway } },
    });
    const letter = await prisma.communication.findUniqueOrThrow({
      where: { id: communicationId },
      select: {
        status: true,
        subject: true,
        body: true,
        confidentialAnnex: true,
        urgent: true,
        mandates: { select: { mandateId: true, status: true } },
        themes: { select: { theme: { select: { slug: true } } } },
      },
    });
    expect(letter).toMatchObject({ status: "DRAFT", urgent: true, mandates: [{ mandateId: holderMandate, status: "LEAD" }] });
    expect(letter.themes.map((t) => t.theme.slug).sort()).toEqual(["human-rights-defenders", "sdg-16"]);
    expect(letter.body).toContain("Police arrested twelve villagers");
    expect(letter.confidentialAnnex).toContain(M.victims);
    expect(letter.confidentialAnnex).toContain(M.location);
    for (const m of [M.victims, M.location, M.sourceName, M.sourceOrg, M.sourceEmail, M.note])
      expect(letter.body + letter.subject).not.toContain(m);
    expect(letter.confidentialAnnex).not.toContain(M.sourceName);

    expect(await getCaseByToken({ token })).toMatchObject({ view: { status: "under-consideration" } });
    await submitDraft({ actor: actors.holder, input: { communicationId } });
    await reviewCommunication({ actor: actors.secretariat, input: { communicationId, decision: "approve", comment: null } });
    await dispatchCommunication({ actor: actors.secretariat, input: { communicationId } });
    const view = await getCaseByToken({ token });
    expect(view).toMatchObject({ kind: "sent", view: { status: "acted-upon" } });
    // The source sees its status, never the letter.
    const text = serialise(view);
    expect(text).not.toContain(letter.subject);
    expect(text).not.toContain("Police arrested twelve villagers");
    const { findCases, parseCaseFilters } = await import("@/lib/cases/find-cases");
    const acted = await findCases({ actor: actors.secretariat, filters: parseCaseFilters({ status: "acted-upon" }) });
    expect(acted.rows.find((r) => r.id === caseId)?.status).toBe("ACTED_UPON");
    const open = await findCases({ actor: actors.secretariat, filters: parseCaseFilters({ status: "open", state: "NOR" }) });
    expect(open.rows.map((r) => r.id)).not.toContain(caseId);
  });

  it("merges a duplicate, declines with a reason told to the source, and marks acted upon", async () => {
    const { mergeCase } = await import("@/lib/cases/merge-case");
    const { closeCase } = await import("@/lib/cases/close-case");
    const { markActedUpon } = await import("@/lib/cases/mark-acted-upon");
    const { getCaseByToken } = await import("@/lib/cases/get-case-by-token");
    const { addCaseUpdate } = await import("@/lib/cases/add-case-update");
    const target = await send();
    const dup = await send();
    await expect(
      mergeCase({ actor: actors.secretariat, input: { caseId: dup.id, intoReceipt: dup.receiptNumber! } }),
    ).rejects.toMatchObject({
      fieldErrors: { intoReceipt: ["cases.mergeSelf"] },
    });
    await mergeCase({ actor: actors.secretariat, input: { caseId: dup.id, intoReceipt: target.receiptNumber! } });
    expect(await getCaseByToken({ token: dup.token })).toMatchObject({ view: { status: "closed", merged: true } });
    await expect(
      mergeCase({ actor: actors.secretariat, input: { caseId: target.id, intoReceipt: dup.receiptNumber! } }),
    ).rejects.toMatchObject({
      fieldErrors: { intoReceipt: ["cases.mergeClosed"] },
    });

    const reason = "The events fall outside the mandates of the special procedures.";
    await closeCase({ actor: actors.secretariat, input: { caseId: target.id, closure: "DECLINED", note: reason } });
    expect(await getCaseByToken({ token: target.token })).toMatchObject({
      view: { status: "closed", declined: true, closureNote: reason },
    });
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { kind: "case.closed" }, orderBy: { createdAt: "desc" } });
    expect(mail.textBody).toContain(reason);
    await expect(
      addCaseUpdate({ input: { token: target.token, questionId: undefined, text: "More news after closing." } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const third = await send();
    await markActedUpon({ actor: actors.secretariat, input: { caseId: third.id } });
    expect(await getCaseByToken({ token: third.token })).toMatchObject({ view: { status: "acted-upon" } });
    await expect(
      closeCase({ actor: actors.secretariat, input: { caseId: third.id, closure: "DECLINED", note: reason } }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await closeCase({ actor: actors.secretariat, input: { caseId: third.id, closure: "CLOSED", note: null } });
    expect(await getCaseByToken({ token: third.token })).toMatchObject({ view: { status: "closed", declined: false } });
  });

  it("counts submissions per year, status, State and mandate for the annual report", async () => {
    const { caseAnnualCounts } = await import("@/lib/cases/case-counts");
    const { genevaYear } = await import("@/lib/core/geneva");
    const year = genevaYear();
    const d = await caseAnnualCounts({ actor: actors.secretariat, year });
    const sent = await prisma.caseSubmission.count({ where: { receiptYear: year, status: { not: "DRAFT" } } });
    expect(d.total).toBe(sent);
    expect(Object.values(d.statuses).reduce((a, b) => a + b, 0)).toBe(sent);
    expect(d.statuses.ACTED_UPON).toBeGreaterThanOrEqual(1);
    expect(d.byState.find((s) => s.state?.iso3 === "NOR")!.count).toBe(
      await prisma.caseSubmission.count({ where: { receiptYear: year, stateId: norway, status: { not: "DRAFT" } } }),
    );
    expect(d.byMandate.find((m) => m.mandate.id === holderMandate)!.count).toBeGreaterThanOrEqual(1);
    expect(d.perYear.find((y) => y.year === year)!.count).toBe(sent);
    await expect(caseAnnualCounts({ actor: actors.admin, year })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("confidentiality: the source and the confidential parts", () => {
  it("never reach a public read, the open data, the search, a State's view or the audit log — even once the letter is public", async () => {
    const letterLink = await prisma.caseSubmissionCommunication.findFirstOrThrow({
      where: { submission: { title: { contains: tag } } },
      select: { communicationId: true },
    });
    const communicationId = letterLink.communicationId;
    const { getCommunication } = await import("@/lib/communications/get-communication");
    const { findCommunications } = await import("@/lib/communications/find-communications");
    const { getStateDashboard } = await import("@/lib/states/get-state-dashboard");
    const norwayView = await collect("Norway reads the letter", () => getCommunication({ actor: actors.norway, communicationId }));
    expect(norwayView).toContain("Police arrested twelve villagers"); // the letter reached the State…
    await collect("Norway's letters", () => findCommunications({ actor: actors.norway }));
    await collect("Norway's dashboard", () => getStateDashboard({ actor: actors.norway }));
    const { findAuditEntries } = await import("@/lib/audit/find-audit-entries");
    for (let page = 1; page <= 3; page++) await collect(`admin: audit page ${page}`, () => findAuditEntries({ actor: actors.admin, page }));
    const entries = await prisma.auditEntry.findMany({ where: { entityType: "CaseSubmission" }, select: { before: true, after: true } });
    expect(entries.length).toBeGreaterThan(10);
    expectNoMarker("every case submission audit entry", serialise(entries));
    const { findOwnSubmissions } = await import("@/lib/stories/find-own-submissions");
    await collect("civil society workspace", () => findOwnSubmissions({ actor: actors.civil }));

    // …and once the reply period is over, the letter is public: its public page, API, CSV, feed and search.
    await setNow(new Date(startedAt.getTime() + 70 * 86_400_000));
    try {
      const { getPublicCommunication } = await import("@/lib/communications/find-public-communications");
      const publicPage = await collect("public letter", () => getPublicCommunication({ communicationId }));
      expect(publicPage).toContain("Police arrested twelve villagers"); // the positive control: it is public
      const { searchPublicCommunications } = await import("@/lib/search/search-public-communications");
      const { parseSearchParams } = await import("@/lib/search/schemas");
      for (const q of ["villagers", M.victims, M.sourceName])
        await collect(`search ${q}`, () =>
          searchPublicCommunications({
            params: parseSearchParams(new URLSearchParams({ q })),
            now: new Date(startedAt.getTime() + 70 * 86_400_000),
          }),
        );
      const reference = (await prisma.communication.findUniqueOrThrow({ where: { id: communicationId }, select: { reference: true } }))
        .reference!;
      for (const [path, mod] of [
        ["/api/v1/communications?addressee=NOR", "@/app/api/v1/communications/route"],
        ["/api/v1/communications.csv?addressee=NOR", "@/app/api/v1/communications.csv/route"],
        ["/api/v1/communications.atom", "@/app/api/v1/communications.atom/route"],
      ] as const) {
        const { GET } = (await import(mod)) as { GET: (r: NextRequest) => Promise<Response> };
        await collect(`GET ${path}`, async () => (await GET(req(path))).text());
      }
      const { GET: byReference } = await import("@/app/api/v1/communications/[reference]/route");
      const api = await collect("GET /api/v1/communications/{reference}", async () =>
        (await byReference(req("/x"), { params: Promise.resolve({ reference }) })).text(),
      );
      expect(api).toContain(reference);
    } finally {
      const { setClockOffset } = await import("@/lib/core/clock");
      setClockOffset(0);
    }
  });
});
