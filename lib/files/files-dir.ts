import path from "node:path";
import { dataDirFromEnv } from "../db/data-dir";

/**
 * FILES_DIR, else <data dir>/files; read on each call so tests and scripts can point it elsewhere —
 * and importing it (the seed does) does not fix the data directory before a test has chosen it.
 */
export function filesDirFromEnv(): string {
  return path.resolve(process.env.FILES_DIR ?? path.join(dataDirFromEnv(), "files"));
}
