import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDatabase } from "@/prisma/seed/index";
import { currentPeriod, previousPeriod, type ReportPeriod } from "@/lib/joint-report/periods";
import { PAGE_SIZE } from "@/lib/core/pagination";
import { closeIntegrationDatabase } from "../support/integration";

let db: TestDatabase;
let prisma: PrismaClient;
let mandateId: string;
const DAY = 86_400_000;

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_outst" });
  process.env.DATABASE_URL = db.connectionString;
  prisma = createPrismaClient(db.connectionString, 4);
  await seedDatabase(prisma, { communications: 40 });
  mandateId = (await prisma.mandate.findFirstOrThrow({ where: { slug: "hr-defenders" } })).id;
});
afterAll(() => closeIntegrationDatabase({ db, prisma }));

/** Completed periods, newest first (their replies window has closed). */
function completed(n: number): ReportPeriod[] {
  const now = new Date();
  const out: ReportPeriod[] = [];
  for (let p = previousPeriod(currentPeriod(now)); out.length < n; p = previousPeriod(p)) if (p.repliesTo <= now) out.push(p);
  return out;
}

/** A State that the seed sent nothing to, so only this test's letters count. */
async function quietState(exclude: string[]) {
  return prisma.state.findFirstOrThrow({
    where: { communications: { none: {} }, copiedOn: { none: {} }, iso3: { notIn: exclude } },
    orderBy: { iso3: "asc" },
  });
}

async function letter(stateId: string, sentAt: Date, reply?: Date, subject = "Outstanding test letter") {
  const c = await prisma.communication.create({
    data: {
      type: "AL",
      status: "SENT",
      addresseeKind: "STATE",
      addresseeStateId: stateId,
      subject,
      summary: "s",
      body: "b",
      sentAt,
      replyDueAt: new Date(sentAt.getTime() + 60 * DAY),
      publicFrom: new Date(sentAt.getTime() + 60 * DAY),
      mandates: { create: { mandateId, status: "LEAD" } },
    },
  });
  if (reply) await prisma.communicationReply.create({ data: { communicationId: c.id, receivedAt: reply, language: "en", body: "reply" } });
  return c;
}

describe("outstanding communications and persistent non-cooperation (R7)", () => {
  it("flags a State silent in each of the last three report periods, not one that replied in time once", async () => {
    const periods = completed(3);
    const silent = await quietState([]);
    const answering = await quietState([silent.iso3]);
    for (const p of periods) {
      const mid = new Date(p.sentFrom.getTime() + 10 * DAY);
      await letter(silent.id, mid);
      await letter(answering.id, mid, periods.indexOf(p) === 1 ? new Date(mid.getTime() + 20 * DAY) : undefined);
    }
    const { findOutstandingPublic } = await import("@/lib/communications/find-outstanding-public");
    const d = await findOutstandingPublic({ page: 1 });
    const flagged = d.flagged.map((f) => f.state.iso3);
    expect(flagged).toContain(silent.iso3);
    expect(flagged).not.toContain(answering.iso3);
    expect(d.flagged.find((f) => f.state.iso3 === silent.iso3)!.streak).toBeGreaterThanOrEqual(3);
  });

  it("lists published letters without a reply sent before the current report, and nothing else", async () => {
    const state = await quietState([]);
    const old = new Date(Date.now() - 400 * DAY);
    const unanswered = await letter(state.id, old, undefined, "UNANSWERED-MARKER");
    const answered = await letter(state.id, old, new Date(old.getTime() + 5 * DAY), "ANSWERED-MARKER");
    const recent = await letter(state.id, new Date(Date.now() - 5 * DAY), undefined, "RECENT-MARKER");
    const { findOutstandingPublic } = await import("@/lib/communications/find-outstanding-public");
    const first = await findOutstandingPublic({ page: 1 });
    const ids = new Set<string>();
    for (let page = 1; page <= first.pages; page++) for (const r of (await findOutstandingPublic({ page })).rows) ids.add(r.id);
    expect(ids.size).toBe(first.total);
    expect(first.rows.length).toBeLessThanOrEqual(PAGE_SIZE);
    expect(ids.has(unanswered.id)).toBe(true);
    expect(ids.has(answered.id)).toBe(false);
    expect(ids.has(recent.id)).toBe(false);
  });
});
