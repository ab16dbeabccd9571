import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TransactionClient } from "@/lib/db/types";
import { readAttachmentBytes, saveAttachment } from "@/lib/files/save-attachment";
import { removeOrphanFiles } from "@/lib/files/remove-orphan-files";
import { withFileCleanup } from "@/lib/files/with-file-cleanup";
import { sampleExe, samplePdf } from "@/lib/files/sample-files.test-support";

let db: TestDatabase;
let prisma: PrismaClient;
let filesDir: string;
let goodStoryId: string;
const HOUR = 60 * 60 * 1000;

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_files" });
  process.env.DATABASE_URL = db.connectionString;
  filesDir = await mkdtemp(path.join(tmpdir(), "sp-files-"));
  process.env.FILES_DIR = filesDir;
  prisma = createPrismaClient(db.connectionString, 2);
  const story = await prisma.goodStory.create({
    data: { title: "A law amended", recommendation: "Amend the law", whatChanged: "It was amended" },
  });
  goodStoryId = story.id;
});
afterAll(async () => {
  await prisma?.$disconnect();
  await db?.drop();
  if (filesDir) await rm(filesDir, { recursive: true, force: true });
});

/** Every stored file (PostgreSQL, the default store), and nothing on disk. */
async function storedFiles(): Promise<string[]> {
  expect(await readdir(filesDir)).toEqual([]);
  const rows = await prisma.storedFile.findMany({ select: { key: true }, orderBy: { key: "asc" } });
  return rows.map((r) => r.key);
}

const keyOf = async (id: string) => (await prisma.attachment.findUniqueOrThrow({ where: { id } })).storageKey;

describe("saveAttachment", () => {
  it("stores a good PDF with its sha256, and the bytes read back are the same", async () => {
    const bytes = samplePdf();
    const saved = await prisma.$transaction((tx) =>
      saveAttachment(tx, { fileName: "../Réponse\u0000 officielle.pdf", bytes, uploadedById: null, link: { goodStoryId } }),
    );
    expect(saved).toEqual({
      id: expect.any(String),
      fileName: "Réponse officielle.pdf",
      contentType: "application/pdf",
      size: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    });
    const row = await prisma.attachment.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row).toMatchObject({ goodStoryId, isPublic: false, uploadedById: null });
    expect(await readAttachmentBytes(row.storageKey)).toEqual(bytes);
    // In PostgreSQL under the generated key (every instance reads it; a backup holds it), nothing of
    // the user's file name kept with it, nothing on disk.
    expect(await prisma.storedFile.findUniqueOrThrow({ where: { key: row.storageKey }, select: { size: true } })).toEqual({
      size: bytes.length,
    });
    expect(await storedFiles()).toContain(row.storageKey);
  });

  it("refuses an executable renamed .pdf: mismatch, no row, no file", async () => {
    const rowsBefore = await prisma.attachment.count();
    const filesBefore = await storedFiles();
    await expect(
      prisma.$transaction((tx) =>
        saveAttachment(tx, { fileName: "report.pdf", bytes: sampleExe(), uploadedById: null, link: { goodStoryId } }),
      ),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { file: ["files.mismatch"] } });
    expect(await prisma.attachment.count()).toBe(rowsBefore);
    expect(await storedFiles()).toEqual(filesBefore);
  });

  it("removes the stored file at once when the row cannot be inserted", async () => {
    const filesBefore = await storedFiles();
    const missingStory = "00000000-0000-4000-8000-000000000000"; // foreign key violation
    await expect(
      prisma.$transaction((tx) =>
        saveAttachment(tx, { fileName: "a.pdf", bytes: samplePdf(), uploadedById: null, link: { goodStoryId: missingStory } }),
      ),
    ).rejects.toThrow();
    expect(await storedFiles()).toEqual(filesBefore);
  });
});

describe("a transaction that fails after saveAttachment", () => {
  it("leaves no row; without withFileCleanup the file stays as an orphan until the sweep removes it", async () => {
    let orphanKey = "";
    await expect(
      prisma.$transaction(async (tx) => {
        const saved = await saveAttachment(tx, { fileName: "a.pdf", bytes: samplePdf(), uploadedById: null, link: { goodStoryId } });
        orphanKey = (await tx.attachment.findUniqueOrThrow({ where: { id: saved.id } })).storageKey;
        throw new Error("a later step of the mutation fails");
      }),
    ).rejects.toThrow("a later step");
    expect(await prisma.attachment.findUnique({ where: { storageKey: orphanKey } })).toBeNull();
    // The file is still there: it was written outside the transaction.
    expect(await storedFiles()).toContain(orphanKey);

    // A fresh orphan may belong to a transaction still open: the sweep leaves it.
    expect(await removeOrphanFiles({ db: prisma })).toEqual({ removed: [] });
    const recorded = await prisma.attachment.findMany({ select: { storageKey: true } });
    const later = new Date(Date.now() + 2 * HOUR);
    expect(await removeOrphanFiles({ db: prisma, now: later })).toEqual({ removed: [orphanKey] });
    expect(await storedFiles()).toEqual(recorded.map((r) => r.storageKey).sort());
    await expect(readAttachmentBytes(orphanKey)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("with withFileCleanup leaves neither row nor file", async () => {
    const filesBefore = await storedFiles();
    const rowsBefore = await prisma.attachment.count();
    await expect(
      withFileCleanup({
        run: (files) =>
          prisma.$transaction(async (tx) => {
            const saved = await saveAttachment(tx, {
              fileName: "a.pdf",
              bytes: samplePdf(),
              uploadedById: null,
              link: { goodStoryId },
              files,
            });
            expect(await storedFiles()).toContain(await keyOfIn(tx, saved.id));
            throw new Error("a later step of the mutation fails");
          }),
      }),
    ).rejects.toThrow("a later step");
    expect(await prisma.attachment.count()).toBe(rowsBefore);
    expect(await storedFiles()).toEqual(filesBefore);
  });

  it("with withFileCleanup keeps the file when the transaction commits", async () => {
    const saved = await withFileCleanup({
      run: (files) =>
        prisma.$transaction((tx) =>
          saveAttachment(tx, { fileName: "b.pdf", bytes: samplePdf(), uploadedById: null, link: { goodStoryId }, files }),
        ),
    });
    expect(await readAttachmentBytes(await keyOf(saved.id))).toEqual(samplePdf());
  });
});

const keyOfIn = async (tx: TransactionClient, id: string) => (await tx.attachment.findUniqueOrThrow({ where: { id } })).storageKey;

describe("files kept on disk by an earlier version", () => {
  it("are moved into the database once, under their keys, and the folder is renamed", async () => {
    const { importDiskFiles } = await import("@/lib/files/import-disk-files");
    const { LocalFileStore, newStorageKey } = await import("@/lib/files/storage");
    const old = await mkdtemp(path.join(tmpdir(), "sp-old-files-"));
    const key = newStorageKey();
    await new LocalFileStore(old).put(key, samplePdf());
    const logged: string[] = [];
    const result = await importDiskFiles({ connectionString: db.connectionString, dir: old, log: (m) => logged.push(m) });
    expect(result).toEqual({ imported: 1, renamedTo: `${old}-imported` });
    expect(logged).toHaveLength(1);
    expect(await readAttachmentBytes(key)).toEqual(samplePdf());
    // Nothing left to do on the next start.
    expect(await importDiskFiles({ connectionString: db.connectionString, dir: old })).toEqual({ imported: 0, renamedTo: null });
    await rm(`${old}-imported`, { recursive: true, force: true });
  });
});
