import path from "node:path";
import { DATA_DIR } from "../db/data-dir";

/** FILES_DIR, else <data dir>/files; read on each call so tests and scripts can point it elsewhere. */
export function filesDirFromEnv(): string {
  return path.resolve(process.env.FILES_DIR ?? path.join(DATA_DIR, "files"));
}
