import pg from "pg";
import { markGenerationUnknown, notePublication, noteSharedGeneration, setGenerationListening } from "../platform/public-data-generation";

// Keeps this process's view of the shared generation (lib/platform/public-data-generation.ts) current: one dedicated
// connection LISTENs on sp_public_data (sent by the trigger of migration shared_public_cache_and_files
// at the commit of every audited change, with the new value), reads the row once connected (changes
// made while it was away), and reconnects after an error with a growing delay (0.5 s to 10 s). While
// it is away, currentGeneration() reads the row instead, once per request (./serve.ts).

export const GENERATION_CHANNEL = "sp_public_data";
/** How the listening connection shows in pg_stat_activity. */
export const LISTENER_APPLICATION_NAME = "sp-portal public data listener";
const READ = "SELECT value::text AS value FROM public_data_generation WHERE id = 1";
// The last publication instant at or before the clock, and the next one (lib/platform/public-data-generation.ts):
// two reads of the ("publicFrom", id) index. Prisma's timestamps hold UTC without a time zone.
const PUBLICATION = `SELECT
  (SELECT extract(epoch FROM max("publicFrom")) * 1000 FROM "Communication" WHERE "status" = 'SENT' AND "publicFrom" <= ($1::timestamptz AT TIME ZONE 'UTC'))::float8 AS last,
  (SELECT extract(epoch FROM min("publicFrom")) * 1000 FROM "Communication" WHERE "status" = 'SENT' AND "publicFrom" > ($1::timestamptz AT TIME ZONE 'UTC'))::float8 AS next`;

export type GenerationListener = {
  /** Resolves once listening (or failed to, then retrying in the background). */
  ready: Promise<void>;
  /** Reads the row now (the fallback while not listening); false when the database does not answer. */
  readNow(): Promise<boolean>;
  /** Reads the publication instants around `at.nowMs` (lib/platform/public-data-generation.ts publicationNeedsReading). */
  readPublication(at: { offset: number; nowMs: number; generation: string }): Promise<void>;
  stop(): Promise<void>;
};

export function startGenerationListener({
  connectionString,
  onValue = noteSharedGeneration,
  onListening = setGenerationListening,
  log = (msg: string) => console.error(msg),
}: {
  connectionString: string;
  onValue?: (value: string) => void;
  onListening?: (listening: boolean) => void;
  log?: (msg: string) => void;
}): GenerationListener {
  let client: pg.Client | null = null;
  let stopped = false;
  let delay = 500;
  let retry: NodeJS.Timeout | null = null;
  // The fallback's own connection, opened on first need (never while listening works).
  let fallback: pg.Pool | null = null;

  const lost = (why: string) => {
    onListening(false);
    const old = client;
    client = null;
    old?.removeAllListeners();
    old?.on("error", () => {});
    void old?.end().catch(() => {});
    if (stopped || retry) return;
    log(`Public data notifications: ${why}; reconnecting in ${delay} ms`);
    retry = setTimeout(() => {
      retry = null;
      void connect();
    }, delay);
    retry.unref();
    delay = Math.min(10_000, delay * 2);
  };

  async function connect(): Promise<void> {
    if (stopped) return;
    const c = new pg.Client({ connectionString, application_name: LISTENER_APPLICATION_NAME });
    client = c;
    c.on("error", (err) => lost(err.message));
    c.on("end", () => {
      if (client === c) lost("connection closed");
    });
    c.on("notification", (msg) => {
      if (msg.channel === GENERATION_CHANNEL && msg.payload) onValue(msg.payload);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${GENERATION_CHANNEL}`);
      // Listening before reading: a change committed in between is in the row or in a notification.
      const { rows } = await c.query<{ value: string }>(READ);
      if (client !== c) return;
      if (rows[0]) onValue(rows[0].value);
      delay = 500;
      onListening(true);
    } catch (err) {
      if (client === c) lost(err instanceof Error ? err.message : String(err));
    }
  }

  const reader = () => {
    if (!fallback) {
      fallback = new pg.Pool({ connectionString, max: 2, idleTimeoutMillis: 10_000 });
      fallback.on("error", () => {});
    }
    return fallback;
  };

  const ready = connect();
  return {
    ready,
    async readNow() {
      try {
        const { rows } = await reader().query<{ value: string }>(READ);
        if (rows[0]) onValue(rows[0].value);
        return true;
      } catch {
        markGenerationUnknown();
        return false;
      }
    },
    async readPublication(at) {
      try {
        const { rows } = await reader().query<{ last: number | null; next: number | null }>(PUBLICATION, [
          new Date(at.nowMs).toISOString(),
        ]);
        notePublication(at, String(rows[0]?.last ?? "none"), rows[0]?.next ?? null);
      } catch {
        markGenerationUnknown();
      }
    },
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      onListening(false);
      const c = client;
      client = null;
      await c?.end().catch(() => {});
      await fallback?.end().catch(() => {});
    },
  };
}
