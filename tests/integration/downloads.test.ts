import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import { seedDatabase } from "@/prisma/seed/index";
import { samplePdf } from "@/lib/files/sample-files.test-support";
import { inflateSync } from "node:zlib";
import { extractPdfText } from "@/lib/pdf/pdf-text.test-support";
import { closeIntegrationDatabase, DEMO_EMAILS, demoActors, setNow } from "../support/integration";

// Issue 13, item 11: a reply's annex downloads for every role that may see its letter — through
// GET /api/attachments/{id}, the link every letter page shows — and for no one else. The session
// is the one piece replaced: getActor answers the actor of the test (there is no request scope).
let currentActor: Actor | null = null;
vi.mock("@/lib/auth/session", async (importOriginal) => ({ ...(await importOriginal<object>()), getActor: async () => currentActor }));

let db: TestDatabase;
let prisma: PrismaClient;
let filesDir: string;
let actors: Record<keyof typeof DEMO_EMAILS, Actor>;
const NOW = new Date();
const DAY = 86_400_000;
let letterId = "";
let annexId = "";
let letterDocumentId = "";

async function download(actor: Actor | null, id: string): Promise<number> {
  currentActor = actor;
  const { GET } = await import("@/app/api/attachments/[id]/route");
  const res = await GET(new NextRequest(`http://localhost/api/attachments/${id}`), { params: Promise.resolve({ id }) });
  if (res.status === 200) expect(Buffer.from(await res.arrayBuffer()).equals(samplePdf())).toBe(true);
  else await res.text();
  return res.status;
}

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_downloads" });
  Object.assign(process.env, { DATABASE_URL: db.connectionString, SP_TEST_CLOCK: "1" });
  filesDir = await mkdtemp(path.join(tmpdir(), "sp-downloads-"));
  process.env.FILES_DIR = filesDir;
  prisma = createPrismaClient(db.connectionString, 4);
  await seedDatabase(prisma, { communications: 60, now: NOW });
  actors = await demoActors(prisma);
  // A letter sent to Norway five days ago, led by the holder's mandate and signed by the
  // co-signer's: still inside its reply period, so not public.
  const sentAt = new Date(NOW.getTime() - 5 * DAY);
  const letter = await prisma.communication.create({
    data: {
      type: "AL",
      status: "SENT",
      reference: "AL NOR 902/2026",
      addresseeKind: "STATE",
      addresseeStateId: actors.norway.stateId!,
      subject: "Zqdownload letter",
      summary: "Summary.",
      body: "Letter.",
      confidentialAnnex: "Annex.",
      sentAt,
      replyDueAt: new Date(sentAt.getTime() + 60 * DAY),
      publicFrom: new Date(sentAt.getTime() + 60 * DAY),
      mandates: {
        create: [
          { mandateId: actors.holder.mandateIds[0]!, status: "LEAD" },
          { mandateId: actors.cosigner.mandateIds[0]!, status: "SIGNED" },
        ],
      },
    },
  });
  letterId = letter.id;
  // The State replies through the portal, with a PDF annex.
  const { submitReply } = await import("@/lib/communications/submit-reply");
  await submitReply({
    actor: actors.norway,
    input: { communicationId: letterId, language: "en", body: "Our reply." },
    files: [{ fileName: "reply-annex.pdf", bytes: samplePdf() }],
  });
  const annex = await prisma.attachment.findFirstOrThrow({ where: { reply: { communicationId: letterId } }, select: { id: true } });
  annexId = annex.id;
  // A document of the letter itself, not marked public.
  const { saveAttachment } = await import("@/lib/files/save-attachment");
  const { withFileCleanup } = await import("@/lib/files/with-file-cleanup");
  const doc = await withFileCleanup({
    run: (stored) =>
      prisma.$transaction((tx) =>
        saveAttachment(tx, {
          fileName: "letter-document.pdf",
          bytes: samplePdf(),
          uploadedById: null,
          link: { communicationId: letterId },
          files: stored,
        }),
      ),
  });
  letterDocumentId = doc.id;
}, 300_000);

afterAll(async () => {
  await setNow(NOW);
  await closeIntegrationDatabase({ db, prisma });
  if (filesDir) await rm(filesDir, { recursive: true, force: true });
});

describe("a reply's annex, while the letter is not public", () => {
  it("the letter pages of the secretariat, the mandates' holders and the State link it", async () => {
    const { getCommunication } = await import("@/lib/communications/get-communication");
    for (const actor of [actors.secretariat, actors.holder, actors.cosigner, actors.norway]) {
      const c = await getCommunication({ actor, communicationId: letterId });
      expect(c.replies.flatMap((r) => r.attachments.map((a) => a.id))).toEqual([annexId]);
    }
  });

  it.each(["secretariat", "holder", "cosigner", "norway"] as const)("downloads for %s, who may see the letter", async (who) => {
    expect(await download(actors[who], annexId)).toBe(200);
  });

  it.each(["brazil", "civil", "admin"] as const)("is not found for %s, who may not", async (who) => {
    expect(await download(actors[who], annexId)).toBe(404);
  });

  it("is not found anonymously", async () => {
    expect(await download(null, annexId)).toBe(404);
  });

  it("the letter's own document: for the workspace, not for the public", async () => {
    for (const who of ["secretariat", "holder", "cosigner", "norway"] as const)
      expect(await download(actors[who], letterDocumentId), who).toBe(200);
    for (const actor of [actors.brazil, actors.civil, null]) expect(await download(actor, letterDocumentId)).toBe(404);
  });
});

describe("the letter as PDF, linked from the same pages", () => {
  it("for every role that may see the letter, and no one else", async () => {
    const { GET } = await import("@/app/api/communications/[id]/pdf/route");
    const pdf = async (actor: Actor | null) => {
      currentActor = actor;
      const res = await GET(new NextRequest(`http://localhost/api/communications/${letterId}/pdf`), {
        params: Promise.resolve({ id: letterId }),
      });
      await res.arrayBuffer();
      return res.status;
    };
    for (const who of ["secretariat", "holder", "cosigner", "norway"] as const) expect(await pdf(actors[who]), who).toBe(200);
    for (const actor of [actors.brazil, actors.civil, actors.admin, null]) expect(await pdf(actor), actor?.role ?? "anonymous").toBe(404);
  });
});

/** The PDF with its compressed streams inflated, so that its text can be read back. */
function uncompressed(pdf: Buffer): Buffer {
  const source = pdf.toString("latin1");
  const inflated = source.replace(
    /(\/Filter \/FlateDecode[^>]*>>\s*stream\r?\n)([\s\S]*?)(\r?\nendstream)/g,
    (whole, head: string, body: string, tail: string) => {
      try {
        return head + inflateSync(Buffer.from(body, "latin1")).toString("latin1") + tail;
      } catch {
        return whole;
      }
    },
  );
  return Buffer.from(inflated, "latin1");
}

describe("the letter as PDF, in the language it was written in (issue 15, item 4)", () => {
  it("has that language's wording, the mandates' titles and the State's name in it", async () => {
    const { communicationPdf } = await import("@/lib/communications/communication-pdf");
    const letter = await prisma.communication.findUniqueOrThrow({
      where: { id: letterId },
      select: {
        language: true,
        addresseeState: { select: { nameEn: true, nameFr: true, nameZh: true } },
        mandates: { where: { status: "LEAD" }, select: { mandate: { select: { titleFr: true, titleZh: true } } } },
      },
    });
    const lead = letter.mandates[0]!.mandate;
    const textIn = async (language: string) => {
      await prisma.communication.update({ where: { id: letterId }, data: { language } });
      const { bytes } = await communicationPdf({ actor: actors.secretariat, communicationId: letterId });
      return extractPdfText(uncompressed(bytes));
    };
    try {
      const fr = await textIn("fr");
      expect(fr).toContain(`Mission permanente de ${letter.addresseeState!.nameFr}`);
      expect(fr).toContain("Objet :");
      expect(fr.replace(/\s+/g, "")).toContain(lead.titleFr.replace(/\s+/g, ""));
      const zh = (await textIn("zh")).replace(/\s+/g, "");
      expect(zh).toContain(`${letter.addresseeState!.nameZh}常驻代表团`);
      expect(zh).toContain(lead.titleZh.replace(/\s+/g, ""));
      // A language the letter wording does not have reads as English.
      expect(await textIn("no")).toContain(`Permanent Mission of ${letter.addresseeState!.nameEn}`);
    } finally {
      await prisma.communication.update({ where: { id: letterId }, data: { language: letter.language } });
    }
  });
});

describe("once the letter is public (R5)", () => {
  it("the reply's annex downloads for everyone, the letter's unmarked document still not", async () => {
    await setNow(new Date(NOW.getTime() + 61 * DAY));
    for (const actor of [null, actors.civil, actors.brazil, actors.admin, actors.secretariat, actors.norway]) {
      expect(await download(actor, annexId), actor?.role ?? "anonymous").toBe(200);
    }
    expect(await download(null, letterDocumentId)).toBe(404);
    expect(await download(actors.secretariat, letterDocumentId)).toBe(200);
    await setNow(NOW);
  });
});
