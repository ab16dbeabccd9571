// The embedded PostgreSQL (PGlite) served over the Postgres wire protocol on 127.0.0.1, so the app,
// the schema engine and `pg` use it exactly as they use a real server
// (docs/architecture.md, Data and toolchain).
import { createServer } from "node:net";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedDatabase = {
  connectionString: string;
  port: number;
  stop(): Promise<void>;
};

/** Connections the socket server accepts; the app's pool must stay below it. */
export const EMBEDDED_MAX_CONNECTIONS = 24;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts PGlite on `dataDir` (or in memory when omitted) and serves it on `port` (a free one when 0).
 */
export async function startEmbeddedDatabase(opts: { dataDir?: string; port?: number } = {}): Promise<EmbeddedDatabase> {
  if (opts.dataDir) mkdirSync(opts.dataDir, { recursive: true });
  let db: PGlite;
  try {
    db = await PGlite.create(opts.dataDir ? { dataDir: opts.dataDir } : {});
  } catch (err) {
    throw new Error(
      `The embedded database in ${opts.dataDir ?? "memory"} could not be opened (${String(err)}). ` +
        "If it was written by another PGlite version, move that folder away (or run `npm run db:reset`) and start again.",
    );
  }
  const port = opts.port && opts.port > 0 ? opts.port : await freePort();
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: EMBEDDED_MAX_CONNECTIONS });
  await server.start();
  return {
    port,
    connectionString: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
