import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { DATA_DIR } from "../db/data-dir";
import { AppError } from "../core/errors";
import { now } from "../core/clock";

/**
 * Where attachment bytes live. Local disk by default; an S3-compatible store (DESIGN §4: "files on
 * local disk by default, S3-compatible storage by configuration") plugs in here by implementing this
 * interface and choosing it in getFileStore() from configuration — not built yet. `list` serves the
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

/** FILES_DIR, else <data dir>/files; read on each call so tests and scripts can point it elsewhere. */
export function filesDir(): string {
  return path.resolve(process.env.FILES_DIR ?? path.join(DATA_DIR, "files"));
}

export function getFileStore(): FileStore {
  return new LocalFileStore(filesDir());
}
