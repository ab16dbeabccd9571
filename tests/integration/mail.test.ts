import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import type { Transporter } from "nodemailer";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import { freePort } from "@/lib/db/embedded";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { DEFAULT_BUSINESS_HOURS as BH } from "@/lib/platform/business-hours";
import { closeIntegrationDatabase } from "../support/integration";

// R1 end to end: the outbox in a real PostgreSQL, delivered to a real SMTP server on 127.0.0.1.
type Received = { from: string; rcptTo: string[]; subject: string; raw: string };
const received: Received[] = [];

const SATURDAY = new Date("2026-03-14T09:00:00Z"); // 10:00 in Geneva
const MONDAY_OPENING = new Date("2026-03-16T08:00:00Z"); // 09:00 CET
const FRIDAY_AFTERNOON = new Date("2026-03-13T14:00:00Z"); // 15:00 CET

let db: TestDatabase;
let prisma: PrismaClient;
let smtp: SMTPServer;
let transport: Transporter;
let lib: {
  enqueueMail: typeof import("@/lib/platform/enqueue-mail").enqueueMail;
  getBusinessHours: typeof import("@/lib/platform/enqueue-mail").getBusinessHours;
  deliverDueMail: typeof import("@/lib/mail/deliver-due-mail").deliverDueMail;
  createMailTransport: typeof import("@/lib/mail/transport").createMailTransport;
  findOutbox: typeof import("@/lib/mail/find-outbox").findOutbox;
};

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_mail" });
  // lib/ reads DATABASE_URL on first use of the shared client: set it before importing lib code.
  process.env.DATABASE_URL = db.connectionString;
  prisma = createPrismaClient(db.connectionString, 4);
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk: string) => (raw += chunk));
      stream.on("end", () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
        const subject = /^Subject: (.*)$/m.exec(raw)?.[1]?.trim() ?? "";
        received.push({ from, rcptTo: session.envelope.rcptTo.map((r) => r.address), subject, raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const { port } = smtp.server.address() as AddressInfo;
  lib = {
    ...(await import("@/lib/platform/enqueue-mail")),
    ...(await import("@/lib/mail/deliver-due-mail")),
    ...(await import("@/lib/mail/transport")),
    ...(await import("@/lib/mail/find-outbox")),
  };
  transport = lib.createMailTransport({ SMTP_URL: `smtp://127.0.0.1:${port}` })!;
});

afterAll(async () => {
  transport?.close();
  await new Promise<void>((resolve) => (smtp ? smtp.close(resolve) : resolve()));
  await closeIntegrationDatabase({ db, prisma });
});

beforeEach(async () => {
  received.length = 0;
  await prisma.outboxMessage.deleteMany();
  await prisma.setting.deleteMany();
});

type Msg = Partial<Parameters<typeof import("@/lib/platform/enqueue-mail").enqueueMail>[1]>;
function enqueue(msg: Msg = {}) {
  return prisma.$transaction((tx) =>
    lib.enqueueMail(tx, {
      to: ["mission@example.org"],
      subject: "Letter",
      text: "Body",
      urgent: false,
      kind: "test",
      now: SATURDAY,
      businessHours: BH,
      ...msg,
    }),
  );
}
const deliver = (now: Date, opts: { transport?: Transporter | null; db?: PrismaClient } = {}) =>
  lib.deliverDueMail({ now, transport: opts.transport === undefined ? transport : opts.transport, db: opts.db ?? prisma });

describe("enqueueMail (R1)", () => {
  it("an urgent appeal on a Saturday is pending at once and delivered with to and cc", async () => {
    const m = await enqueue({
      urgent: true,
      subject: "UA OTH 1/2026",
      to: [" Mission@Example.org ", "mission@example.org"],
      cc: ["Contact@Example.org", "MISSION@example.org"],
    });
    expect(m).toMatchObject({
      status: "PENDING",
      heldReason: null,
      toAddresses: ["mission@example.org"],
      ccAddresses: ["contact@example.org"],
    });
    expect(m.notBefore).toEqual(SATURDAY);

    expect(await deliver(SATURDAY)).toEqual({ sent: 1, retrying: 0, failed: 0, held: 0 });
    expect(received).toHaveLength(1);
    expect(received[0]!.rcptTo.sort()).toEqual(["contact@example.org", "mission@example.org"]);
    expect(received[0]!.subject).toBe("UA OTH 1/2026");
    expect(received[0]!.from).toBe("no-reply@sp-portal.example");
    expect(received[0]!.raw).toMatch(/^Cc: contact@example\.org/m);
    expect(received[0]!.raw).toMatch(new RegExp(`^X-SP-Outbox-Id: ${m.id}`, "im"));
    const row = await prisma.outboxMessage.findUniqueOrThrow({ where: { id: m.id } });
    expect(row).toMatchObject({ status: "SENT", sentAt: SATURDAY, attempts: 0, notBefore: SATURDAY });
  });

  it("keeps a link's single-use secret until the mail is sent, and not after", async () => {
    const token = "k".repeat(10) + "Z9_-".repeat(8) + "q";
    const m = await enqueue({ urgent: true, text: `Set your password: https://sp.example/invitation/${token}` });
    expect((await prisma.outboxMessage.findUniqueOrThrow({ where: { id: m.id } })).textBody).toContain(token);
    expect(await deliver(SATURDAY)).toMatchObject({ sent: 1 });
    expect(received[0]!.raw.replace(/=\r?\n/g, "")).toContain(token); // quoted-printable wraps long lines
    const row = await prisma.outboxMessage.findUniqueOrThrow({ where: { id: m.id } });
    expect(row.textBody).toBe("Set your password: https://sp.example/invitation/[removed]");
  });

  it("a non-urgent mail on a Saturday is held until Monday 09:00 Geneva, then sent and recorded", async () => {
    const m = await enqueue({ subject: "AL NOR 2/2026" });
    expect(m).toMatchObject({ status: "HELD", heldReason: "outside-business-hours" });
    expect(m.notBefore).toEqual(MONDAY_OPENING);

    expect(await deliver(SATURDAY)).toEqual({ sent: 0, retrying: 0, failed: 0, held: 0 });
    expect(await deliver(new Date(MONDAY_OPENING.getTime() - 1000))).toMatchObject({ sent: 0 });
    expect(received).toHaveLength(0);
    expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ status: "HELD", sentAt: null });

    expect(await deliver(MONDAY_OPENING)).toMatchObject({ sent: 1 });
    expect(received.map((r) => r.subject)).toEqual(["AL NOR 2/2026"]);
    // What was held, why, until when, and when it went.
    expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({
      status: "SENT",
      heldReason: "outside-business-hours",
      notBefore: MONDAY_OPENING,
      sentAt: MONDAY_OPENING,
      createdAt: SATURDAY,
    });
  });

  it("a non-urgent mail during business hours is pending at once", async () => {
    const m = await enqueue({ now: FRIDAY_AFTERNOON });
    expect(m).toMatchObject({ status: "PENDING", heldReason: null, notBefore: FRIDAY_AFTERNOON });
  });

  it("refuses a mail without recipients or with a malformed address, and writes nothing", async () => {
    await expect(enqueue({ to: [] })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(enqueue({ to: ["  "] })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(enqueue({ cc: ["not an address"] })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await prisma.outboxMessage.count()).toBe(0);
  });
});

describe("deliverDueMail", () => {
  it("with no transport sends nothing and changes nothing", async () => {
    await enqueue({ urgent: true });
    await enqueue();
    const before = await prisma.outboxMessage.findMany({ orderBy: { id: "asc" } });
    expect(await deliver(MONDAY_OPENING, { transport: null })).toEqual({ sent: 0, retrying: 0, failed: 0, held: 0 });
    expect(await prisma.outboxMessage.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("records a failure, backs off, and gives up after five attempts", async () => {
    const closed = lib.createMailTransport({ SMTP_URL: `smtp://127.0.0.1:${await freePort()}` })!;
    const m = await enqueue({ urgent: true });
    expect(await deliver(SATURDAY, { transport: closed })).toEqual({ sent: 0, retrying: 1, failed: 0, held: 0 });
    let row = await prisma.outboxMessage.findUniqueOrThrow({ where: { id: m.id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, sentAt: null });
    expect(row.lastError).toMatch(/ECONNREFUSED/);
    expect(row.notBefore).toEqual(new Date(SATURDAY.getTime() + 2 * 60_000));
    // Not due again before the back-off has passed.
    expect(await deliver(new Date(SATURDAY.getTime() + 60_000), { transport: closed })).toMatchObject({ retrying: 0 });

    let at = row.notBefore;
    for (const attempts of [2, 3, 4]) {
      await deliver(at, { transport: closed });
      row = await prisma.outboxMessage.findUniqueOrThrow({ where: { id: m.id } });
      expect(row).toMatchObject({ status: "PENDING", attempts });
      expect(row.notBefore).toEqual(new Date(at.getTime() + 2 ** attempts * 60_000));
      at = row.notBefore;
    }
    expect(await deliver(at, { transport: closed })).toMatchObject({ failed: 1 });
    expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ status: "FAILED", attempts: 5 });
    // A failed message is left for a person; it is not retried.
    expect(await deliver(new Date(at.getTime() + 86_400_000))).toMatchObject({ sent: 0 });
    closed.close();
  });

  it("holds non-urgent mail that finds the office closed when it comes due (R1 at dispatch), not urgent mail", async () => {
    const normal = await enqueue({ now: FRIDAY_AFTERNOON, subject: "normal" });
    await enqueue({ now: FRIDAY_AFTERNOON, subject: "urgent", urgent: true });
    expect(await deliver(SATURDAY)).toEqual({ sent: 1, retrying: 0, failed: 0, held: 1 });
    expect(received.map((r) => r.subject)).toEqual(["urgent"]);
    expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id: normal.id } })).toMatchObject({
      status: "HELD",
      heldReason: "outside-business-hours",
      notBefore: MONDAY_OPENING,
    });
  });

  it("re-dates a held message when a holiday added to the setting falls on its release", async () => {
    const m = await enqueue();
    await prisma.setting.create({ data: { key: "businessHours", value: { ...BH, holidays: [...BH.holidays, "2026-03-16"] } } });
    expect(await deliver(MONDAY_OPENING)).toEqual({ sent: 0, retrying: 0, failed: 0, held: 1 });
    expect(received).toHaveLength(0);
    expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({
      status: "HELD",
      notBefore: new Date("2026-03-17T08:00:00Z"),
    });
  });

  it("sends at most batchSize messages per run, urgent ones first", async () => {
    await enqueue({ now: FRIDAY_AFTERNOON, subject: "normal" });
    await enqueue({ now: FRIDAY_AFTERNOON, subject: "urgent", urgent: true });
    expect(await lib.deliverDueMail({ db: prisma, now: FRIDAY_AFTERNOON, transport, batchSize: 1 })).toMatchObject({ sent: 1 });
    expect(received.map((r) => r.subject)).toEqual(["urgent"]);
  });

  it("two workers running at once deliver each message exactly once", async () => {
    for (let i = 0; i < 12; i++) await enqueue({ urgent: true, subject: `UA ${i}` });
    const other = createPrismaClient(db.connectionString, 2); // a second server process
    const [a, b] = await Promise.all([deliver(SATURDAY), deliver(SATURDAY, { db: other })]);
    await other.$disconnect();
    expect(a.sent + b.sent).toBe(12);
    const subjects = received.map((r) => r.subject).sort();
    expect(subjects).toEqual([...new Set(subjects)]);
    expect(subjects).toHaveLength(12);
    expect(await prisma.outboxMessage.count({ where: { status: "SENT" } })).toBe(12);
  });
});

describe("getBusinessHours", () => {
  it("reads the setting the seed writes, and falls back to the Geneva default", async () => {
    expect(await lib.getBusinessHours(prisma)).toEqual(BH);
    const { seedSettings } = await import("@/prisma/seed/settings");
    await seedSettings(prisma);
    const bh = await lib.getBusinessHours(prisma);
    expect(bh).toMatchObject({ timeZone: "Europe/Zurich", days: [1, 2, 3, 4, 5], open: "09:00", close: "18:00" });
    expect(bh.holidays).toContain("--12-26"); // the UN Office at Geneva's closure every 26 December, which the seed adds
    await prisma.setting.update({ where: { key: "businessHours" }, data: { value: { open: "late" } } });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(await lib.getBusinessHours(prisma)).toEqual(BH);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});

describe("findOutbox", () => {
  const secretariat: Actor = {
    userId: "00000000-0000-4000-8000-000000000001",
    role: "SECRETARIAT",
    name: "Secretariat",
    email: "s@test.example",
    timeZone: "Europe/Zurich",
    stateId: null,
    mandateHolderId: null,
    mandateIds: [],
    coordinationCommittee: false,
  };

  it("lists newest first with counts per status and the communication reference", async () => {
    const communication = await prisma.communication.create({
      data: { type: "UA", addresseeKind: "STATE", subject: "s", summary: "s", body: "b", reference: "UA NOR 9/2026" },
    });
    await enqueue({ now: FRIDAY_AFTERNOON, subject: "first", urgent: true, communicationId: communication.id });
    await enqueue({ now: SATURDAY, subject: "second", cc: ["copy@example.org"] });
    const all = await lib.findOutbox({ actor: secretariat, status: "all", page: 1 });
    expect(all.counts).toEqual({ all: 2, PENDING: 1, HELD: 1, SENT: 0, FAILED: 0 });
    expect(all.messages.map((m) => m.subject)).toEqual(["second", "first"]);
    expect(all.messages[0]).toMatchObject({
      status: "HELD",
      to: ["mission@example.org"],
      cc: ["copy@example.org"],
      communicationReference: null,
    });
    expect(all.messages[1]).toMatchObject({ urgent: true, communicationReference: "UA NOR 9/2026" });
    const held = await lib.findOutbox({ actor: secretariat, status: "HELD", page: 1 });
    expect(held).toMatchObject({ total: 1, pages: 1 });
    expect(held.messages.map((m) => m.subject)).toEqual(["second"]);
  });

  it("a mail that could not be delivered is listed as FAILED and sent again on request, audited", async () => {
    const closed = lib.createMailTransport({ SMTP_URL: `smtp://127.0.0.1:${await freePort()}` })!;
    const m = await enqueue({ urgent: true, subject: "UA retry" });
    await prisma.outboxMessage.update({ where: { id: m.id }, data: { attempts: 4 } });
    expect(await deliver(SATURDAY, { transport: closed })).toMatchObject({ failed: 1 });
    closed.close();
    const failed = await lib.findOutbox({ actor: secretariat, status: "FAILED", page: 1 });
    expect(failed.messages.map((r) => r.subject)).toEqual(["UA retry"]);
    const { retryFailedMail } = await import("@/lib/mail/retry-mail");
    await prisma.user.upsert({
      where: { id: secretariat.userId },
      create: { id: secretariat.userId, email: secretariat.email, name: "S", role: "SECRETARIAT", passwordHash: "x" },
      update: {},
    });
    await expect(retryFailedMail({ actor: { ...secretariat, role: "STATE" }, id: m.id, now: SATURDAY })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await retryFailedMail({ actor: secretariat, id: m.id, now: SATURDAY })).toMatchObject({ status: "PENDING" });
    await expect(retryFailedMail({ actor: secretariat, id: m.id, now: SATURDAY })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await prisma.auditEntry.findFirst({ where: { action: "outbox.retry", entityId: m.id } })).toMatchObject({
      actorId: secretariat.userId,
    });
    expect(await deliver(SATURDAY)).toMatchObject({ sent: 1 });
    expect(received.map((r) => r.subject)).toEqual(["UA retry"]);
  });

  it("is refused to anyone without outbox:view", async () => {
    await expect(lib.findOutbox({ actor: { ...secretariat, role: "ADMIN" }, status: "all", page: 1 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
