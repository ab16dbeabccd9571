import "server-only";
import type { FileStore } from "../files/storage";

/**
 * Removes the bytes of attachments whose rows were deleted and committed. A failure is logged, not
 * thrown: the row is gone, and the hourly sweep (lib/files/remove-orphan-files.ts) removes what is left.
 */
export async function removeStoredFiles(keys: readonly string[], store: FileStore): Promise<void> {
  await Promise.all(
    keys.map((key) => store.remove(key).catch((err: unknown) => console.error("Could not remove a deleted material's file", key, err))),
  );
}
