// Which PostgreSQL the portal uses: DATABASE_URL when set, otherwise the embedded one under .data/.
import path from "node:path";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { startEmbeddedDatabase } from "./embedded";

export const DATA_DIR = path.resolve(process.env.SP_DATA_DIR ?? path.join(process.cwd(), ".data"));
export const EMBEDDED_DIR = path.join(DATA_DIR, "pglite");

export type Database = { connectionString: string; embedded: boolean; stop(): Promise<void> };

function processAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** PGlite is single-process: refuse to open the data directory twice (a second open corrupts it). */
function takeLock() {
  const lock = path.join(DATA_DIR, "pglite.lock");
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

export async function openDatabase(opts: { port?: number } = {}): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) return { connectionString: url, embedded: false, stop: async () => {} };
  const embedded = await startEmbeddedDatabase({ dataDir: EMBEDDED_DIR, port: opts.port });
  const release = takeLock();
  return {
    connectionString: embedded.connectionString,
    embedded: true,
    async stop() {
      await embedded.stop();
      release();
    },
  };
}
