import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { CommunicationType, PrismaClient } from "@/lib/generated/prisma/client";
import { seedDatabase } from "@/prisma/seed/index";
import { closeIntegrationDatabase } from "../support/integration";
import { genevaYear } from "@/lib/core/geneva";

// R18 and the mandate page, on a seeded database plus a fictional State and mandate whose every
// figure is known. lib/ code uses the shared client (DATABASE_URL, read on first use).
let db: TestDatabase;
let prisma: PrismaClient;
const DAY = 86_400_000;
const now = new Date();
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d, 9, 0));
const currentYear = genevaYear(now);

let stateId: string;
let mandateId: string;
const known: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_prof" });
  Object.assign(process.env, { DATABASE_URL: db.connectionString });
  prisma = createPrismaClient(db.connectionString, 4);
  await seedDatabase(prisma, { communications: 60, now });

  const state = await prisma.state.create({
    data: {
      iso3: "ZZT",
      iso2: "ZT",
      nameEn: "Testland",
      nameFr: "Testlande",
      nameEs: "Testlandia",
      nameAr: "تستلاند",
      nameZh: "测试国",
      nameRu: "Тестландия",
      regionalGroup: "WESTERN_EUROPEAN_OTHERS",
      focalPoints: { create: { name: "Private Focal Person", email: "private.focal@testland.example" } },
      standingInvitations: { create: { extendedOn: utc(2015, 4, 1), withdrawnOn: utc(2021, 6, 30) } },
      councilTerms: {
        create: [
          { fromYear: 2017, toYear: 2019 },
          { fromYear: 2023, toYear: 2025 },
        ],
      },
    },
  });
  stateId = state.id;
  const mandate = await prisma.mandate.create({
    data: {
      slug: "zz-test-mandate",
      kind: "THEMATIC",
      body: "SPECIAL_RAPPORTEUR",
      established: 2010,
      titleEn: "Special Rapporteur on testing",
      titleFr: "Rapporteur spécial sur les essais",
      titleEs: "Relator Especial sobre los ensayos",
      titleAr: "المقرر الخاص المعني بالاختبار",
      titleZh: "测试问题特别报告员",
      titleRu: "Специальный докладчик по вопросу об испытаниях",
      tenures: {
        create: [
          { startDate: utc(2014, 8, 1), endDate: utc(2020, 7, 31), mandateHolder: { create: { name: "Aurelia Fictiva" } } },
          { startDate: utc(2020, 8, 1), endDate: null, mandateHolder: { create: { name: "Bruno Imaginario" } } },
        ],
      },
    },
  });
  mandateId = mandate.id;

  let number = 0;
  const letter = async (key: string, type: CommunicationType, sentAt: Date, replyAfterDays: number[], published = true) => {
    number += 1;
    const replyDueAt = new Date(sentAt.getTime() + 60 * DAY);
    const year = sentAt.getUTCFullYear();
    const c = await prisma.communication.create({
      data: {
        type,
        status: "SENT",
        addresseeKind: "STATE",
        addresseeStateId: stateId,
        reference: `${type} ZZT ${number}/${year}`,
        referenceCode: "ZZT",
        referenceYear: year,
        referenceNumber: number,
        subject: `Profile letter ${key}`,
        summary: "Summary.",
        body: "Body.",
        sentAt,
        replyDueAt,
        publicFrom: published ? replyDueAt : new Date(now.getTime() + 30 * DAY),
        mandates: { create: { mandateId, status: "LEAD" } },
        replies: {
          create: replyAfterDays.map((d) => ({ receivedAt: new Date(sentAt.getTime() + d * DAY), language: "en", body: "Reply." })),
        },
      },
    });
    known[key] = c.id;
  };
  await letter("al1", "AL", utc(2022, 3, 1), [10]); // replied in time, 10 days
  await letter("al2", "AL", utc(2022, 5, 1), [90]); // replied late, 90 days
  await letter("ua1", "UA", utc(2022, 6, 1), []); // no reply
  await letter("ol1", "OL", utc(2024, 2, 1), [30, 45]); // first reply after 30 days counts
  // Sent two days ago: still within its reply period, so not public (R5), reply or not.
  await letter("unpublished", "AL", new Date(now.getTime() - 2 * DAY), [1], false);
  await prisma.communication.create({
    data: { type: "UA", status: "DRAFT", addresseeKind: "STATE", addresseeStateId: stateId, subject: "Draft", summary: "S.", body: "B." },
  });

  const request = (status: "DRAFT" | "REQUESTED" | "ACCEPTED" | "SCHEDULED" | "COMPLETED", visit?: [Date, Date]) =>
    prisma.visitRequest.create({
      data: {
        mandateId,
        stateId,
        status,
        purpose: "Test visit",
        requestedAt: status === "DRAFT" ? null : utc(2021, 1, 10),
        ...(visit ? { visit: { create: { startDate: visit[0], endDate: visit[1] } } } : {}),
      },
    });
  await request("DRAFT");
  await request("REQUESTED");
  await request("ACCEPTED");
  await request("SCHEDULED", [new Date(now.getTime() + 40 * DAY), new Date(now.getTime() + 50 * DAY)]);
  await request("COMPLETED", [utc(2022, 9, 1), utc(2022, 9, 10)]);
  // Status never updated, but the visit took place: accepted and completed.
  await request("REQUESTED", [utc(2023, 3, 1), utc(2023, 3, 8)]);

  await prisma.report.createMany({
    data: [
      {
        symbol: "A/HRC/99/1",
        title: "Published report on testing",
        mandateId,
        presentedAt: utc(2023, 3, 20),
        publishedAt: utc(2023, 2, 1),
      },
      { symbol: "A/HRC/99/2", title: "Unpublished report", mandateId, presentedAt: null, publishedAt: null },
    ],
  });
});

afterAll(() => closeIntegrationDatabase({ db, prisma }));

describe("State profile (R18)", () => {
  it("counts published communications by year and type, with zeros for missing years", async () => {
    const { getStateCooperation } = await import("@/lib/statistics/state-profile");
    const p = await getStateCooperation({ stateId, now });
    expect(p.years[0]!.year).toBe(2022);
    expect(p.years.at(-1)!.year).toBe(currentYear);
    const y = (year: number) => p.years.find((b) => b.year === year)!;
    expect(y(2022)).toMatchObject({ AL: 2, UA: 1, OL: 0, received: 3, replied: 2, repliedInTime: 1 });
    expect(y(2022).replyRate).toBeCloseTo(2 / 3);
    expect(y(2023)).toMatchObject({ AL: 0, UA: 0, OL: 0, received: 0, replyRate: null });
    expect(y(2024)).toMatchObject({ OL: 1, received: 1, replied: 1, repliedInTime: 1, replyRate: 1 });
    expect(p.totals).toMatchObject({
      byType: { AL: 2, UA: 1, OL: 1 },
      received: 4,
      replied: 3,
      repliedInTime: 2,
      replyRate: 0.75,
      inTimeRate: 0.5,
    });
  });

  it("computes the median days to the first reply (10, 30, 90 → 30)", async () => {
    const { getStateCooperation } = await import("@/lib/statistics/state-profile");
    expect((await getStateCooperation({ stateId, now })).medianDaysToReply).toBe(30);
  });

  it("never counts an unpublished communication, nor its reply (R5)", async () => {
    const { getStateCooperation } = await import("@/lib/statistics/state-profile");
    const before = await getStateCooperation({ stateId, now });
    // The unpublished letter exists, with a reply after one day that would change every figure.
    expect(await prisma.communication.count({ where: { addresseeStateId: stateId } })).toBe(6);
    expect(before.totals.received).toBe(4);
    expect(before.totals.byType.AL).toBe(2);
    expect(before.medianDaysToReply).toBe(30);
    // Public from day 30 (as if published on receipt of its reply, R5), it is counted only once its
    // reply period has ended: an answered letter must not count before the unanswered ones do.
    const early = await getStateCooperation({ stateId, now: new Date(now.getTime() + 31 * DAY) });
    expect(early.totals.received).toBe(4);
    expect(early.medianDaysToReply).toBe(30);
    const later = await getStateCooperation({ stateId, now: new Date(now.getTime() + 59 * DAY) });
    expect(later.totals.received).toBe(5);
    expect(later.totals.replied).toBe(4);
    expect(later.medianDaysToReply).toBe(20);
  });

  it("counts visits requested (not drafts), accepted and completed", async () => {
    const { getStateCooperation } = await import("@/lib/statistics/state-profile");
    const { visits } = await getStateCooperation({ stateId, now });
    expect(visits).toMatchObject({ requested: 5, accepted: 4, completed: 2 });
    expect(visits.acceptanceRate).toBeCloseTo(0.8);
  });

  it("gives the standing invitation and Council terms, never the focal point", async () => {
    const { getStateProfile } = await import("@/lib/statistics/state-profile");
    const s = await getStateProfile({ iso3: "zzt" });
    expect(s.nameFr).toBe("Testlande");
    expect(s.standingInvitations).toEqual([{ extendedOn: new Date("2015-04-01"), withdrawnOn: new Date("2021-06-30") }]);
    expect(s.councilTerms).toEqual([
      { fromYear: 2017, toYear: 2019 },
      { fromYear: 2023, toYear: 2025 },
    ]);
    expect(JSON.stringify(s)).not.toMatch(/focal/i);
  });

  it("answers not found for an unknown or malformed code", async () => {
    const { getStateProfile } = await import("@/lib/statistics/state-profile");
    await expect(getStateProfile({ iso3: "QQQ" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getStateProfile({ iso3: "NO'R" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("on seeded data, agrees with the public scope of lib/communications for Norway", async () => {
    const { getStateProfile, getStateCooperation } = await import("@/lib/statistics/state-profile");
    const { publicCommunicationScope } = await import("@/lib/communications/scope");
    const nor = await getStateProfile({ iso3: "NOR" });
    const p = await getStateCooperation({ stateId: nor.id, now });
    const rows = await prisma.communication.findMany({
      where: { AND: [publicCommunicationScope(now), { addresseeStateId: nor.id }] },
      select: {
        type: true,
        referenceYear: true,
        sentAt: true,
        replyDueAt: true,
        replies: { where: { receivedAt: { lte: now } }, orderBy: { receivedAt: "asc" }, take: 1, select: { receivedAt: true } },
      },
    });
    expect(rows.length, "the seed gives Norway published letters").toBeGreaterThan(0);
    expect(p.totals.received).toBe(rows.length);
    for (const type of ["AL", "UA", "OL"] as const) expect(p.totals.byType[type]).toBe(rows.filter((r) => r.type === type).length);
    for (const b of p.years) expect(b.received).toBe(rows.filter((r) => r.referenceYear === b.year).length);
    const days = rows
      .flatMap((r) => (r.replies[0] ? [(r.replies[0].receivedAt.getTime() - r.sentAt!.getTime()) / DAY] : []))
      .sort((a, b) => a - b);
    expect(p.totals.replied).toBe(days.length);
    expect(p.totals.repliedInTime).toBe(rows.filter((r) => r.replies[0] && r.replies[0].receivedAt <= r.replyDueAt!).length);
    if (days.length > 0) {
      const mid = (days.length - 1) / 2;
      const median = (days[Math.floor(mid)]! + days[Math.ceil(mid)]!) / 2;
      expect(p.medianDaysToReply).toBeCloseTo(median, 1);
    }
  });
});

describe("mandate page", () => {
  it("lists holders past and present and only published communications", async () => {
    const { getMandatePage } = await import("@/lib/mandates/get-mandate-page");
    const m = await getMandatePage({ slug: "zz-test-mandate", now });
    expect(m.tenures.map((t) => [t.mandateHolder.name, t.current])).toEqual([
      ["Bruno Imaginario", true],
      ["Aurelia Fictiva", false],
    ]);
    expect(m.communications.total).toBe(4);
    expect(m.communications.byYear.slice(0, 3)).toEqual([
      { year: 2022, count: 3 },
      { year: 2023, count: 0 },
      { year: 2024, count: 1 },
    ]);
    expect(m.communications.latest.map((c) => c.id)).toEqual([known.ol1, known.ua1, known.al2, known.al1]);
    expect(m.communications.latest.map((c) => c.id)).not.toContain(known.unpublished);
    expect(JSON.stringify(m)).not.toContain("confidentialAnnex");
  });

  it("lists visit requests (not drafts) and published reports only", async () => {
    const { getMandatePage } = await import("@/lib/mandates/get-mandate-page");
    const m = await getMandatePage({ slug: "zz-test-mandate", now });
    expect(m.visitRequests).toHaveLength(5);
    expect(m.visitRequests.every((v) => v.state.iso3 === "ZZT" && v.status !== "DRAFT")).toBe(true);
    expect(m.reports.map((r) => r.symbol)).toEqual(["A/HRC/99/1"]);
  });

  it("on a seeded mandate, counts what the public scope counts and keeps at most ten", async () => {
    const { getMandatePage, MANDATE_LATEST_COMMUNICATIONS } = await import("@/lib/mandates/get-mandate-page");
    const { publicCommunicationScope } = await import("@/lib/communications/scope");
    const busiest = await prisma.communicationMandate.groupBy({
      by: ["mandateId"],
      _count: { _all: true },
      orderBy: { _count: { mandateId: "desc" } },
      take: 1,
    });
    const mandate = await prisma.mandate.findUniqueOrThrow({ where: { id: busiest[0]!.mandateId } });
    const m = await getMandatePage({ slug: mandate.slug, now });
    const expected = await prisma.communication.count({
      where: {
        AND: [publicCommunicationScope(now), { mandates: { some: { mandateId: mandate.id, status: { in: ["LEAD", "SIGNED"] } } } }],
      },
    });
    expect(m.communications.total).toBe(expected);
    expect(m.communications.byYear.reduce((a, b) => a + b.count, 0)).toBe(expected);
    expect(m.communications.latest.length).toBe(Math.min(expected, MANDATE_LATEST_COMMUNICATIONS));
    expect(m.tenures.length).toBeGreaterThan(0);
  });

  it("answers not found for an unknown slug", async () => {
    const { getMandatePage } = await import("@/lib/mandates/get-mandate-page");
    await expect(getMandatePage({ slug: "no-such-mandate", now })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getMandatePage({ slug: "../etc", now })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
