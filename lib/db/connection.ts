// Which PostgreSQL the portal uses: DATABASE_URL when set, otherwise the embedded one under .data/.
import path from "node:path";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { startEmbeddedDatabase } from "./embedded";
import { DATA_DIR } from "./data-dir";

export { DATA_DIR };
/** The embedded PostgreSQL's cluster, its generated password and its server log. */
export const EMBEDDED_DIR = path.join(DATA_DIR, "postgres");
export const EMBEDDED_PASSWORD_FILE = path.join(DATA_DIR, "postgres-password");
export const EMBEDDED_LOG_FILE = path.join(DATA_DIR, "postgres.log");
/** Where the embedded database lived up to issue 19 (PGlite): imported on first start, then kept. */
export const PGLITE_DIR = path.join(DATA_DIR, "pglite");

export type Database = { connectionString: string; embedded: boolean; stop(): Promise<void> };

function processAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** One `npm start` (or db script) per data directory: a second one would fight over the cluster. */
function takeLock() {
  const lock = path.join(DATA_DIR, "embedded.lock");
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, "utf8"));
    if (pid && pid !== process.pid && processAlive(pid)) {
      throw new Error(
        `The embedded database in ${EMBEDDED_DIR} is in use by process ${pid} (is \`npm start\` running?). Stop it first.`,
      );
    }
  }
  writeFileSync(lock, String(process.pid));
  return () => rmSync(lock, { force: true });
}

export async function openDatabase(opts: { port?: number; log?: (msg: string) => void } = {}): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) return { connectionString: url, embedded: false, stop: async () => {} };
  mkdirSync(DATA_DIR, { recursive: true });
  const release = takeLock();
  try {
    const embedded = await startEmbeddedDatabase({
      dataDir: EMBEDDED_DIR,
      passwordFile: EMBEDDED_PASSWORD_FILE,
      logFile: EMBEDDED_LOG_FILE,
      port: opts.port,
      log: opts.log,
    });
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
