// Which PostgreSQL the portal uses: DATABASE_URL when set, otherwise the embedded one under .data/.
import path from "node:path";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { processAlive, startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded";
import { importPglite } from "./pglite-import";
import { DATA_DIR } from "./data-dir";

export { DATA_DIR };
/** The embedded PostgreSQL's cluster, its generated password and its server log. */
export const EMBEDDED_DIR = path.join(DATA_DIR, "postgres");
export const EMBEDDED_PASSWORD_FILE = path.join(DATA_DIR, "postgres-password");
export const EMBEDDED_LOG_FILE = path.join(DATA_DIR, "postgres.log");
/** Where the embedded database lived up to issue 19 (PGlite): imported on first start, then kept. */
export const PGLITE_DIR = path.join(DATA_DIR, "pglite");
export const PGLITE_IMPORTED_DIR = path.join(DATA_DIR, "pglite-imported");

export type Database = { connectionString: string; embedded: boolean; stop(): Promise<void> };

/** One `npm start` (or db script) per data directory: a second one would fight over the cluster. */
function takeLock() {
  const lock = path.join(DATA_DIR, "embedded.lock");
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, "utf8"));
    if (pid && pid !== process.pid && processAlive(pid)) {
      throw new Error(`The embedded database in ${EMBEDDED_DIR} is in use by process ${pid} (is \`npm start\` running?). Stop it first.`);
    }
  }
  writeFileSync(lock, String(process.pid));
  return () => rmSync(lock, { force: true });
}

/**
 * The first start of the embedded PostgreSQL beside a PGlite database of an earlier version: copy
 * it over. On failure the new cluster is removed (the next start tries again) and PGlite's folder
 * is left as it was; the message says how to start without it.
 */
async function importEarlierData(embedded: EmbeddedDatabase, log: (msg: string) => void) {
  log(`Found the database of an earlier version (PGlite) in ${PGLITE_DIR}: copying it into the embedded PostgreSQL…`);
  try {
    const result = await importPglite({ pgliteDir: PGLITE_DIR, targetUrl: embedded.connectionString, log });
    renameSync(PGLITE_DIR, PGLITE_IMPORTED_DIR);
    log(
      `Copied ${result.rows} rows in ${result.tables} tables. The old folder is kept as ${PGLITE_IMPORTED_DIR}; delete it once you are satisfied.`,
    );
  } catch (err) {
    await embedded.stop();
    rmSync(EMBEDDED_DIR, { recursive: true, force: true });
    throw new Error(
      `Could not copy the earlier database (${err instanceof Error ? err.message : String(err)}). ` +
        `Your data is still in ${PGLITE_DIR}. To start with a new, empty database and keep the old folder aside, run:\n` +
        `  mv "${PGLITE_DIR}" "${PGLITE_DIR}-old" && npm start`,
    );
  }
}

export async function openDatabase(opts: { port?: number; log?: (msg: string) => void } = {}): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) return { connectionString: url, embedded: false, stop: async () => {} };
  const log = opts.log ?? console.log;
  mkdirSync(DATA_DIR, { recursive: true });
  const release = takeLock();
  try {
    const isNew = !existsSync(path.join(EMBEDDED_DIR, "PG_VERSION"));
    const embedded = await startEmbeddedDatabase({
      dataDir: EMBEDDED_DIR,
      passwordFile: EMBEDDED_PASSWORD_FILE,
      logFile: EMBEDDED_LOG_FILE,
      port: opts.port,
      log,
    });
    if (isNew && existsSync(PGLITE_DIR)) await importEarlierData(embedded, log);
    return {
      connectionString: embedded.connectionString,
      embedded: true,
      async stop() {
        await embedded.stop();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}
