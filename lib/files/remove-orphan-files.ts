import "server-only";
import type { Db } from "../db/types";
import { getFileStore, type FileStore } from "./storage";
import { now as clockNow } from "../core/clock";

const ONE_HOUR_MS = 60 * 60 * 1000;
const BATCH = 500;

/**
 * Deletes stored files that no Attachment row names: left behind when a transaction failed after
 * saveAttachment wrote the bytes (without withFileCleanup) or the process died in between. Only
 * files older than `olderThanMs` (default one hour) are touched, so an upload whose transaction is
 * still open is never taken. Meant to run periodically (e.g. hourly, next to the mail dispatcher).
 */
export async function removeOrphanFiles({
  db,
  store = getFileStore(),
  olderThanMs = ONE_HOUR_MS,
  now = clockNow(),
}: {
  db: Db;
  store?: FileStore;
  olderThanMs?: number;
  now?: Date;
}): Promise<{ removed: string[] }> {
  const cutoff = now.getTime() - olderThanMs;
  const removed: string[] = [];
  let batch: string[] = [];
  const flush = async () => {
    const known = await db.attachment.findMany({ where: { storageKey: { in: batch } }, select: { storageKey: true } });
    const recorded = new Set(known.map((a) => a.storageKey));
    for (const key of batch) {
      if (recorded.has(key)) continue;
      await store.remove(key);
      removed.push(key);
    }
    batch = [];
  };
  for await (const file of store.list()) {
    if (file.modifiedAt.getTime() >= cutoff) continue;
    batch.push(file.key);
    if (batch.length >= BATCH) await flush();
  }
  if (batch.length) await flush();
  return { removed };
}
