// The portal's data directory: the embedded database, its password and log, stored files, the
// generated session secret. Its own module so the app can import it without the embedded server.
import path from "node:path";

/** SP_DATA_DIR, else ./.data — read when called, for code that must follow a later change (tests). */
export function dataDirFromEnv(): string {
  return path.resolve(process.env.SP_DATA_DIR ?? path.join(process.cwd(), ".data"));
}

export const DATA_DIR = dataDirFromEnv();
