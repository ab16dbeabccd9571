import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { NextRequest } from "next/server";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { seedDatabase } from "@/prisma/seed/index";
import { actorByEmail, closeIntegrationDatabase } from "../support/integration";

// R13 and R14 against a real, seeded PostgreSQL: submission (signed in and anonymous), the status
// token, moderation, the public page, the feed, evidence files and the theme pages.
let db: TestDatabase;
let prisma: PrismaClient;
let filesDir = "";
const actors: Record<string, Actor> = {};
let norway = "";
let migration = { id: "", slug: "" };
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

const actorFor = (email: string) => actorByEmail(prisma, email);

const story = (title: string, over: Record<string, unknown> = {}) => ({
  title,
  recommendation: "Establish firewalls between public services and immigration enforcement.",
  whatChanged: "A decree now forbids hospitals from sharing data with immigration authorities.",
  evidenceLinks: "https://example.org/decree",
  mandateId: undefined,
  stateId: norway,
  themeIds: [migration.id],
  submitterName: null,
  submitterEmail: null,
  ...over,
});

beforeAll(async () => {
  filesDir = await mkdtemp(path.join(os.tmpdir(), "sp-stories-"));
  db = await createTestDatabase({ prefix: "sp_stories" });
  Object.assign(process.env, { DATABASE_URL: db.connectionString, SP_TEST_CLOCK: "1", FILES_DIR: filesDir });
  prisma = createPrismaClient(db.connectionString, 4);
  await seedDatabase(prisma, { communications: 40 });
  for (const [key, email] of Object.entries({
    secretariat: "secretariat@sp-portal.example",
    civil: "civil@sp-portal.example",
    norway: "state@sp-portal.example",
    admin: "admin@sp-portal.example",
    holder: "holder@sp-portal.example",
  }))
    actors[key] = await actorFor(email);
  norway = (await prisma.state.findUniqueOrThrow({ where: { iso3: "NOR" } })).id;
  migration = await prisma.theme.findUniqueOrThrow({ where: { slug: "migration" }, select: { id: true, slug: true } });
}, 300_000);

afterAll(async () => {
  await closeIntegrationDatabase({ db, prisma });
  await rm(filesDir, { recursive: true, force: true });
});

describe("submitting a good story", () => {
  it("gives an anonymous submitter a token shown once, stored only as its SHA-256, which reveals the status", async () => {
    const { submitStory } = await import("@/lib/stories/submit-story");
    const { getStoryStatusByToken } = await import("@/lib/stories/get-story-status");
    const r = await submitStory({
      actor: null,
      input: story("Anonymous story", { submitterEmail: "visitor@example.org", submitterName: "A visitor" }),
    });
    expect(r.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await prisma.goodStory.findUniqueOrThrow({
      where: { id: r.id },
      select: { statusTokenHash: true, submittedById: true, submitterEmail: true, status: true },
    });
    expect(row).toEqual({
      statusTokenHash: createHash("sha256").update(r.token!).digest("hex"),
      submittedById: null,
      submitterEmail: "visitor@example.org",
      status: "SUBMITTED",
    });
    expect(JSON.stringify(await prisma.goodStory.findUnique({ where: { id: r.id } }))).not.toContain(r.token!);
    expect((await getStoryStatusByToken({ token: r.token! }))?.status).toBe("SUBMITTED");
    expect(await getStoryStatusByToken({ token: `${r.token!.slice(0, -1)}${r.token!.endsWith("x") ? "y" : "x"}` })).toBeNull();
    const audit = await prisma.auditEntry.findFirstOrThrow({
      where: { entityId: r.id, action: "story.submit" },
      select: { actorId: true, after: true },
    });
    expect(audit.actorId).toBeNull();
    expect(JSON.stringify(audit.after)).not.toContain(r.token!);
  });

  it("refuses an anonymous submission without an email, and the administrator (no story:submit)", async () => {
    const { submitStory } = await import("@/lib/stories/submit-story");
    await expect(submitStory({ actor: null, input: story("No email") })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { submitterEmail: ["stories.emailRequired"] },
    });
    await expect(submitStory({ actor: actors.admin!, input: story("Admin story") })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses an unknown theme or State with field errors and stores nothing", async () => {
    const { submitStory } = await import("@/lib/stories/submit-story");
    const before = await prisma.goodStory.count();
    await expect(
      submitStory({
        actor: actors.civil!,
        input: story("Bad refs", { themeIds: ["00000000-0000-4000-8000-000000000000"], stateId: "00000000-0000-4000-8000-000000000001" }),
      }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { themeIds: ["stories.themesInvalid"], stateId: ["stories.stateRequired"] },
    });
    expect(await prisma.goodStory.count()).toBe(before);
  });
});

describe("moderation and publication", () => {
  it("takes a civil-society story through a request for more, an amendment, publication, the feed and the theme page", async () => {
    const { submitStory } = await import("@/lib/stories/submit-story");
    const { moderateStory, editStory } = await import("@/lib/stories/moderate-story");
    const { amendStory } = await import("@/lib/stories/amend-story");
    const { findMyStories } = await import("@/lib/stories/find-stories-for-moderation");
    const { findPublicStories, getPublicStory } = await import("@/lib/stories/find-public-stories");
    const { getThemePage } = await import("@/lib/themes/get-theme-page");
    const { getStoryFile } = await import("@/lib/stories/get-story-file");
    const title = `Firewall story ${Date.now()}`;
    const { id, token } = await submitStory({ actor: actors.civil!, input: story(title), files: [{ fileName: "decree.pdf", bytes: PDF }] });
    expect(token).toBeNull();
    const file = await prisma.attachment.findFirstOrThrow({ where: { goodStoryId: id }, select: { id: true, isPublic: true } });
    expect(file.isPublic).toBe(false);
    // Not public yet: neither the story nor its file.
    expect(await getPublicStory({ storyId: id })).toBeNull();
    await expect(getStoryFile({ actor: null, attachmentId: file.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getStoryFile({ actor: actors.norway!, attachmentId: file.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getStoryFile({ actor: actors.civil!, attachmentId: file.id })).fileName).toBe("decree.pdf");

    // Only the secretariat moderates; a reason is needed to ask for more.
    await expect(moderateStory({ actor: actors.civil!, input: { storyId: id, decision: "publish", note: null } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await moderateStory({
      actor: actors.secretariat!,
      input: { storyId: id, decision: "request-information", note: "Please add the decree's number." },
    });
    const mine = (await findMyStories({ actor: actors.civil! })).find((s) => s.id === id)!;
    expect(mine).toMatchObject({ status: "NEEDS_INFORMATION", moderationNote: "Please add the decree's number." });
    // Someone else cannot amend it; the submitter can, and it returns to the queue.
    await expect(
      amendStory({ actor: actors.norway!, input: { storyId: id, whatChanged: "Hijack attempt of the story.", evidenceLinks: null } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await amendStory({
      actor: actors.civil!,
      input: {
        storyId: id,
        whatChanged: "Decree 2026-17 forbids hospitals from sharing data.",
        evidenceLinks: "https://example.org/decree-2026-17",
      },
    });
    await expect(
      amendStory({ actor: actors.civil!, input: { storyId: id, whatChanged: "Again, twice in a row.", evidenceLinks: null } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await editStory({
      actor: actors.secretariat!,
      input: {
        storyId: id,
        title,
        recommendation: "Establish firewalls (edited).",
        whatChanged: "Decree 2026-17 forbids hospitals from sharing data.",
        evidenceLinks: null,
        mandateId: undefined,
        stateId: norway,
        themeIds: [migration.id],
      },
    });
    await moderateStory({ actor: actors.secretariat!, input: { storyId: id, decision: "publish", note: null } });

    expect(await prisma.outboxMessage.count({ where: { kind: "story.decision", toAddresses: { has: "civil@sp-portal.example" } } })).toBe(
      2,
    );
    const published = await getPublicStory({ storyId: id });
    expect(published).toMatchObject({ title, recommendation: "Establish firewalls (edited)." });
    expect(published!.attachments.map((a) => a.id)).toEqual([file.id]);
    expect((await getStoryFile({ actor: null, attachmentId: file.id })).isPublic).toBe(true);
    const onPage = await findPublicStories({ filters: { theme: "migration", state: "NOR", page: 1 } });
    expect(onPage.rows.map((r) => r.id)).toContain(id);
    expect((await findPublicStories({ filters: { theme: "gender", page: 1 } })).rows.map((r) => r.id)).not.toContain(id);
    expect(JSON.stringify(onPage)).not.toContain("civil@sp-portal.example");
    expect((await getThemePage({ slug: "migration" }))!.stories.rows.map((r) => r.id)).toContain(id);
    const { GET } = await import("@/app/api/stories/feed.atom/route");
    const xml = await (await GET(new NextRequest("http://localhost/api/stories/feed.atom?theme=migration"))).text();
    expect(xml).toContain(`/stories/${id}</id>`);
    expect(xml).toContain(title);

    // Withdrawn with a reason: off the public page, and its file is private again.
    await moderateStory({
      actor: actors.secretariat!,
      input: { storyId: id, decision: "reject", note: "Withdrawn at the submitter's request." },
    });
    expect(await getPublicStory({ storyId: id })).toBeNull();
    await expect(getStoryFile({ actor: null, attachmentId: file.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      moderateStory({ actor: actors.secretariat!, input: { storyId: id, decision: "publish", note: null } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("lets an anonymous submitter amend with its token only", async () => {
    const { submitStory } = await import("@/lib/stories/submit-story");
    const { moderateStory } = await import("@/lib/stories/moderate-story");
    const { amendStory } = await import("@/lib/stories/amend-story");
    const r = await submitStory({ actor: null, input: story("Token story", { submitterEmail: "v2@example.org" }) });
    await moderateStory({ actor: actors.secretariat!, input: { storyId: r.id, decision: "request-information", note: "Which year?" } });
    await expect(
      amendStory({ actor: null, input: { storyId: r.id, whatChanged: "No token, no change here.", evidenceLinks: null } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      amendStory({ actor: null, input: { token: "not-the-token-at-all", whatChanged: "Wrong token given here.", evidenceLinks: null } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const mail = await prisma.outboxMessage.findFirstOrThrow({
      where: { kind: "story.decision", toAddresses: { has: "v2@example.org" } },
      select: { subject: true, textBody: true, urgent: true },
    });
    expect(mail.subject).toBe("More information needed for your good story — Token story");
    expect(mail.textBody).toContain("Which year?");
    expect(mail.textBody).not.toContain(r.token!);
    expect(mail.urgent).toBe(false);
    await amendStory({ actor: null, input: { token: r.token!, whatChanged: "It happened in 2025, by decree.", evidenceLinks: null } });
    expect(await prisma.goodStory.findUniqueOrThrow({ where: { id: r.id }, select: { status: true, whatChanged: true } })).toEqual({
      status: "SUBMITTED",
      whatChanged: "It happened in 2025, by decree.",
    });
  });
});

describe("theme pages (R14)", () => {
  it("gather only public items and count them the same way on the list", async () => {
    const { findThemes } = await import("@/lib/themes/find-themes");
    const { getThemePage } = await import("@/lib/themes/get-theme-page");
    const themes = await findThemes();
    expect(themes.length).toBeGreaterThanOrEqual(20);
    for (const slug of ["migration", "reprisals", "sdg-16"]) {
      const summary = themes.find((t) => t.slug === slug)!;
      const page = (await getThemePage({ slug }))!;
      expect(page.reports.total).toBe(summary.counts.reports);
      expect(page.stories.total).toBe(summary.counts.goodStories);
      expect(page.questionnaires.total).toBe(summary.counts.questionnaires);
      expect(page.recommendations.total).toBe(summary.counts.recommendations);
      if (slug !== "reprisals") expect(page.communications.total).toBe(summary.counts.communications);
      for (const q of page.questionnaires.rows) expect(["OPEN", "CLOSED"]).toContain(q.status);
    }
    // The reprisals theme takes the letters flagged as concerning reprisals, as the public search does.
    const reprisals = (await getThemePage({ slug: "reprisals" }))!;
    const flagged = await prisma.communication.count({
      where: { concernsReprisals: true, status: "SENT", publicFrom: { lte: new Date() } },
    });
    expect(reprisals.communications.total).toBeGreaterThanOrEqual(flagged);
    expect(await getThemePage({ slug: "no-such-theme" })).toBeNull();
    expect(await getThemePage({ slug: "../etc" })).toBeNull();
  });

  it("never shows unpublished stories, draft questionnaires or unpublished reports", async () => {
    const { getThemePage } = await import("@/lib/themes/get-theme-page");
    const sdg16 = await prisma.theme.findUniqueOrThrow({ where: { slug: "sdg-16" }, select: { id: true } });
    const mandate = await prisma.mandate.findFirstOrThrow({ select: { id: true } });
    const q = await prisma.questionnaire.create({
      data: {
        title: "Draft questionnaire on SDG 16",
        purpose: "p",
        audience: "ALL",
        status: "DRAFT",
        languages: ["en"],
        opensAt: new Date(),
        deadline: new Date(Date.now() + 60 * 86_400_000),
        themes: { create: { themeId: sdg16.id } },
      },
    });
    const r = await prisma.report.create({
      data: { symbol: "A/HRC/99/99", title: "Unpublished report", mandateId: mandate.id, themes: { create: { themeId: sdg16.id } } },
    });
    const s = await prisma.goodStory.create({
      data: {
        title: "Submitted only",
        recommendation: "r",
        whatChanged: "w",
        status: "SUBMITTED",
        themes: { create: { themeId: sdg16.id } },
      },
    });
    const page = JSON.stringify(await getThemePage({ slug: "sdg-16" }));
    for (const id of [q.id, r.id, s.id]) expect(page).not.toContain(id);
  });
});
