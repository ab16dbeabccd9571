import "server-only";
import type { FileStore } from "./storage";

/** Collects the files stored during one unit of work, so they can be removed if it fails. */
export type StoredFiles = { add(key: string, store: FileStore): void };

/**
 * Runs `run` (typically a prisma.$transaction) and, if it throws — including a failed commit —
 * removes every file saveAttachment stored through the `files` it was given, then rethrows.
 * Files are written before the rows that name them, so a crash between the two still leaves
 * orphans for removeOrphanFiles(); this only makes the ordinary failure path clean.
 *
 *   await withFileCleanup({ run: (files) => prisma.$transaction(async (tx) => {
 *     await saveAttachment(tx, { …, files });
 *   }) });
 */
export async function withFileCleanup<T>({ run }: { run: (files: StoredFiles) => Promise<T> }): Promise<T> {
  const stored: { key: string; store: FileStore }[] = [];
  try {
    return await run({ add: (key, store) => stored.push({ key, store }) });
  } catch (err) {
    await Promise.all(
      stored.map(({ key, store }) => store.remove(key).catch((e: unknown) => console.error("Could not remove file", key, e))),
    );
    throw err;
  }
}
