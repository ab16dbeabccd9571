import { mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { seedDatabase } from "@/prisma/seed/index";
import { actorByEmail, closeIntegrationDatabase, setNow } from "../support/integration";

// lib/ code uses the shared client (DATABASE_URL, read on first use) and the portal clock.
let db: TestDatabase;
let prisma: PrismaClient;
let filesDir: string;
const actors: Record<string, Actor> = {};

const actorFor = (email: string) => actorByEmail(prisma, email);

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_comm" });
  filesDir = mkdtempSync(path.join(os.tmpdir(), "sp-files-"));
  Object.assign(process.env, { DATABASE_URL: db.connectionString, FILES_DIR: filesDir, SP_TEST_CLOCK: "1" });
  prisma = createPrismaClient(db.connectionString, 4);
  await seedDatabase(prisma, { communications: 40 });
  for (const [key, email] of Object.entries({
    secretariat: "secretariat@sp-portal.example",
    holder: "holder@sp-portal.example",
    norway: "state@sp-portal.example",
    brazil: "state2@sp-portal.example",
  }))
    actors[key] = await actorFor(email);
});
afterAll(() => closeIntegrationDatabase({ db, prisma }));

async function approvedLetter(opts: { iso3: string; urgent?: boolean; annex?: string }) {
  const state = await prisma.state.findUniqueOrThrow({ where: { iso3: opts.iso3 } });
  const mandateId = actors.holder!.mandateIds[0]!;
  return prisma.communication.create({
    data: {
      type: opts.urgent ? "UA" : "AL",
      status: "APPROVED",
      urgent: opts.urgent ?? false,
      addresseeKind: "STATE",
      addresseeStateId: state.id,
      subject: "Integration letter",
      summary: "A summary long enough.",
      body: "Body ".repeat(40),
      confidentialAnnex: opts.annex ?? null,
      mandates: { create: { mandateId, status: "LEAD" } },
    },
    select: { id: true },
  });
}

describe("dispatch", () => {
  it("gives 50 concurrent dispatches for the same State and year 50 distinct consecutive numbers", async () => {
    const { dispatchCommunication } = await import("@/lib/communications/dispatch-communication");
    const letters = await Promise.all(Array.from({ length: 50 }, () => approvedLetter({ iso3: "ISL", urgent: true })));
    const results = await Promise.all(
      letters.map((l) => dispatchCommunication({ actor: actors.secretariat!, input: { communicationId: l.id } })),
    );
    const year = results[0]!.sentAt.getFullYear();
    const numbers = results.map((r) => Number(r.reference.match(/^UA ISL (\d+)\/\d{4}$/)![1])).sort((a, b) => a - b);
    const before = await prisma.communication.count({
      where: { referenceCode: "ISL", referenceYear: year, id: { notIn: letters.map((l) => l.id) } },
    });
    expect(new Set(numbers).size).toBe(50);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => before + i + 1));
    expect(await prisma.outboxMessage.count({ where: { communicationId: { in: letters.map((l) => l.id) } } })).toBe(50);
  });

  it("refuses to dispatch twice or before approval, and only the secretariat may", async () => {
    const { dispatchCommunication } = await import("@/lib/communications/dispatch-communication");
    const l = await approvedLetter({ iso3: "ISL", urgent: true });
    await expect(dispatchCommunication({ actor: actors.holder!, input: { communicationId: l.id } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await dispatchCommunication({ actor: actors.secretariat!, input: { communicationId: l.id } });
    await expect(dispatchCommunication({ actor: actors.secretariat!, input: { communicationId: l.id } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("sends the letter by SMTP to the mission and its focal point (R2)", async () => {
    const { setFocalPoint } = await import("@/lib/states/set-focal-point");
    const { dispatchCommunication } = await import("@/lib/communications/dispatch-communication");
    const { deliverDueMail } = await import("@/lib/mail/deliver-due-mail");
    const { createMailTransport } = await import("@/lib/mail/transport");
    await setFocalPoint({ actor: actors.norway!, input: { name: "Kari Nordmann", email: "focal.point@norway.example", phone: null } });
    const received: { to: string[]; data: string }[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, cb) {
        let data = "";
        stream.on("data", (c: Buffer) => (data += c.toString()));
        stream.on("end", () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
          cb();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    const port = (smtp.server.address() as { port: number }).port;
    try {
      const l = await approvedLetter({ iso3: "NOR", urgent: true, annex: "SECRET-VICTIM-NAME" });
      const sent = await dispatchCommunication({ actor: actors.secretariat!, input: { communicationId: l.id } });
      const transport = createMailTransport({ SMTP_URL: `smtp://127.0.0.1:${port}` });
      await deliverDueMail({ now: new Date(Date.now() + 1000), transport });
      const mine = received.find((m) => m.data.includes(sent.reference));
      expect(mine, "the dispatch mail reached the SMTP server").toBeDefined();
      const mission = (await prisma.state.findUniqueOrThrow({ where: { iso3: "NOR" } })).missionEmail!;
      expect(mine!.to).toEqual(expect.arrayContaining([mission.toLowerCase(), "focal.point@norway.example"]));
      expect(mine!.data).not.toContain("SECRET-VICTIM-NAME");
    } finally {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});

describe("who sees what", () => {
  it("a State asking for another State's communication gets not found; the addressee sees it without the annex", async () => {
    const { dispatchCommunication } = await import("@/lib/communications/dispatch-communication");
    const { getCommunication } = await import("@/lib/communications/get-communication");
    const l = await approvedLetter({ iso3: "NOR", urgent: true, annex: "Names: CONFIDENTIAL-PERSON" });
    await dispatchCommunication({ actor: actors.secretariat!, input: { communicationId: l.id } });
    await expect(getCommunication({ actor: actors.brazil!, communicationId: l.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const seen = await getCommunication({ actor: actors.norway!, communicationId: l.id });
    expect(seen.confidentialAnnex).toBeNull();
    expect(JSON.stringify(seen)).not.toContain("CONFIDENTIAL-PERSON");
    expect((await getCommunication({ actor: actors.secretariat!, communicationId: l.id })).confidentialAnnex).toContain(
      "CONFIDENTIAL-PERSON",
    );
  });

  it("the public page lists public documents and published press releases only; a non-public document is not downloadable", async () => {
    const { dispatchCommunication } = await import("@/lib/communications/dispatch-communication");
    const { getPublicCommunication } = await import("@/lib/communications/find-public-communications");
    const { getAttachment } = await import("@/lib/communications/get-attachment");
    const { saveAttachment } = await import("@/lib/files/save-attachment");
    const { prisma: shared } = await import("@/lib/db/client");
    const { setClockOffset } = await import("@/lib/core/clock");
    const l = await approvedLetter({ iso3: "NOR" });
    await dispatchCommunication({ actor: actors.secretariat!, input: { communicationId: l.id } });
    // Not urgent: sent at the next Geneva opening, public from there — read it rather than guess it.
    const { publicFrom } = await prisma.communication.findUniqueOrThrow({ where: { id: l.id }, select: { publicFrom: true } });
    const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    const [open, internal] = await shared.$transaction(async (tx) => [
      await saveAttachment(tx, {
        fileName: "public-note.pdf",
        bytes: pdf,
        uploadedById: null,
        link: { communicationId: l.id },
        isPublic: true,
      }),
      await saveAttachment(tx, { fileName: "internal-note.pdf", bytes: pdf, uploadedById: null, link: { communicationId: l.id } }),
    ]);
    const mandateId = actors.holder!.mandateIds[0]!;
    await prisma.pressRelease.createMany({
      data: [
        { title: "PR-PUBLISHED-CHECK", body: "Published.", status: "PUBLISHED", publishedAt: new Date(), mandateId, communicationId: l.id },
        { title: "PR-DRAFT-CHECK", body: "Draft.", status: "DRAFT", mandateId, communicationId: l.id },
      ],
    });
    try {
      await setNow(new Date(publicFrom!.getTime() + 60_000));
      const pub = await getPublicCommunication({ communicationId: l.id });
      expect(pub.attachments.map((a) => a.fileName)).toEqual(["public-note.pdf"]);
      expect(pub.pressReleases.map((p) => p.title)).toEqual(["PR-PUBLISHED-CHECK"]);
      expect(JSON.stringify(pub)).not.toContain("PR-DRAFT-CHECK");
      expect((await getAttachment({ actor: null, attachmentId: open!.id })).fileName).toBe("public-note.pdf");
      await expect(getAttachment({ actor: null, attachmentId: internal!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      // The workspace still gets it: the addressee State and the secretariat.
      expect((await getAttachment({ actor: actors.secretariat!, attachmentId: internal!.id })).fileName).toBe("internal-note.pdf");
    } finally {
      setClockOffset(0);
    }
  });

  it("refuses an upload whose bytes are not what its name claims, storing nothing", async () => {
    const { dispatchCommunication } = await import("@/lib/communications/dispatch-communication");
    const { submitReply } = await import("@/lib/communications/submit-reply");
    const l = await approvedLetter({ iso3: "NOR", urgent: true });
    await dispatchCommunication({ actor: actors.secretariat!, input: { communicationId: l.id } });
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, ...new Array(200).fill(0)]);
    const filesBefore = readdirSync(filesDir, { recursive: true }).length;
    await expect(
      submitReply({
        actor: actors.norway!,
        input: { communicationId: l.id, language: "en", body: "Reply with a bad annex." },
        files: [{ fileName: "report.pdf", bytes: exe }],
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { file: [expect.any(String)] } });
    expect(await prisma.communicationReply.count({ where: { communicationId: l.id } })).toBe(0);
    expect(await prisma.attachment.count({ where: { reply: { communicationId: l.id } } })).toBe(0);
    expect(readdirSync(filesDir, { recursive: true }).length).toBe(filesBefore);
  });

  it("only the addressee State may reply", async () => {
    const { dispatchCommunication } = await import("@/lib/communications/dispatch-communication");
    const { submitReply } = await import("@/lib/communications/submit-reply");
    const l = await approvedLetter({ iso3: "NOR", urgent: true });
    await dispatchCommunication({ actor: actors.secretariat!, input: { communicationId: l.id } });
    await expect(
      submitReply({ actor: actors.brazil!, input: { communicationId: l.id, language: "pt", body: "Not ours to answer." }, files: [] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
