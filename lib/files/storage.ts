import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { filesDirFromEnv } from "./files-dir";
import { AppError } from "../core/errors";
import { now } from "../core/clock";
import { dbPool } from "../db/client";

/**
 * Where attachment bytes live. In PostgreSQL by default (PostgresFileStore, table stored_files): every
 * instance of the portal reads them, and a backup of the database holds them with the rows that name
 * them. `SP_FILE_STORE=disk` keeps them under FILES_DIR instead (LocalFileStore: one instance only, and
 * the folder must be backed up with the database). An S3-compatible store would plug in here by
 * implementing this interface and being chosen in getFileStore() — not built. `list` serves the
 * orphan sweep (remove-orphan-files.ts); S3's ListObjectsV2 gives the same key + last-modified pairs.
 */
export interface FileStore {
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Buffer>;
  remove(key: string): Promise<void>;
  list(): AsyncIterable<{ key: string; modifiedAt: Date }>;
}

// Keys are always ours (newStorageKey); checking the shape keeps any other string off the file system.
const KEY_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function newStorageKey(): string {
  return randomUUID();
}

function assertKey(key: string) {
  if (!KEY_PATTERN.test(key)) throw new Error(`Not a storage key: ${JSON.stringify(key)}`);
}

function isMissing(err: unknown) {
  return (err as NodeJS.ErrnoException | null)?.code === "ENOENT";
}

/** Files under `root/ab/cd/<key>`: two levels of fan-out keep directories small at 100k+ files. */
export class LocalFileStore implements FileStore {
  constructor(readonly root: string) {}

  private pathOf(key: string) {
    assertKey(key);
    return path.join(this.root, key.slice(0, 2), key.slice(2, 4), key);
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    // Write beside the target and rename: a reader never sees half a file, a crash leaves only a
    // ".tmp" file (which list() ignores) and never a truncated annex under a real key.
    const temp = `${target}.${randomBytes(4).toString("hex")}.tmp`;
    try {
      const handle = await open(temp, "wx", 0o640);
      try {
        await handle.writeFile(bytes);
        // Stamped with the portal's clock, which the orphan sweep compares it with.
        const at = now();
        await handle.utimes(at, at);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, target);
    } catch (err) {
      await rm(temp, { force: true });
      throw err;
    }
  }

  async get(key: string): Promise<Buffer> {
    try {
      return await readFile(this.pathOf(key));
    } catch (err) {
      if (isMissing(err)) throw new AppError("NOT_FOUND", "files.notFound");
      throw err;
    }
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async *list(): AsyncIterable<{ key: string; modifiedAt: Date }> {
    for (const first of await readdirOrEmpty(this.root)) {
      for (const second of await readdirOrEmpty(path.join(this.root, first))) {
        const dir = path.join(this.root, first, second);
        for (const name of await readdirOrEmpty(dir)) {
          if (!KEY_PATTERN.test(name)) continue;
          const info = await stat(path.join(dir, name)).catch(() => null);
          if (info?.isFile()) yield { key: name, modifiedAt: info.mtime };
        }
      }
    }
  }
}

async function readdirOrEmpty(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (err) {
    if (isMissing(err) || (err as NodeJS.ErrnoException).code === "ENOTDIR") return [];
    throw err;
  }
}

/**
 * Files as rows of stored_files (key, bytes, size, createdAt), written and read through the app's
 * pool. Written before the Attachment row that names them, outside its transaction, as on disk: a
 * failed transaction leaves an orphan that withFileCleanup or the hourly sweep removes. Uploads are at
 * most SP_MAX_UPLOAD_MB (20 MB) each, held in memory once as they were on disk.
 */
export class PostgresFileStore implements FileStore {
  async put(key: string, bytes: Uint8Array): Promise<void> {
    assertKey(key);
    await dbPool().query(
      `INSERT INTO stored_files (key, bytes, size, "createdAt") VALUES ($1, $2, $3, ($4::timestamptz AT TIME ZONE 'UTC'))`,
      [key, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), bytes.byteLength, now().toISOString()],
    );
  }

  async get(key: string): Promise<Buffer> {
    assertKey(key);
    const { rows } = await dbPool().query<{ bytes: Buffer }>("SELECT bytes FROM stored_files WHERE key = $1", [key]);
    if (!rows[0]) throw new AppError("NOT_FOUND", "files.notFound");
    return rows[0].bytes;
  }

  async remove(key: string): Promise<void> {
    assertKey(key);
    await dbPool().query("DELETE FROM stored_files WHERE key = $1", [key]);
  }

  async *list(): AsyncIterable<{ key: string; modifiedAt: Date }> {
    let after = "";
    for (;;) {
      const { rows } = await dbPool().query<{ key: string; createdAt: Date }>(
        `SELECT key, "createdAt" FROM stored_files WHERE key > $1 ORDER BY key LIMIT 1000`,
        [after],
      );
      for (const row of rows) yield { key: row.key, modifiedAt: row.createdAt };
      if (rows.length < 1000) return;
      after = rows[rows.length - 1]!.key;
    }
  }
}

/** FILES_DIR, else <data dir>/files (SP_FILE_STORE=disk, and the folder earlier versions used). */
export const filesDir = filesDirFromEnv;

/** The configured store: PostgreSQL, or FILES_DIR with SP_FILE_STORE=disk. */
export function getFileStore(): FileStore {
  return process.env.SP_FILE_STORE === "disk" ? new LocalFileStore(filesDir()) : new PostgresFileStore();
}
