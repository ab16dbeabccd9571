import type { IncomingMessage, ServerResponse } from "node:http";
import { readdirSync } from "node:fs";
import pg from "pg";

// Health checks for load balancers and orchestrators, answered by the server (scripts/serve.ts)
// before Next.js: no session, no cache, no database for the first.
//
//  GET /healthz — the process is up and serving: always 200 {"status":"ok"}.
//  GET /readyz  — ready for traffic: PostgreSQL answers (within 2 s) and every migration under
//                 prisma/migrations is applied. 200 {"status":"ready"}, else 503 with the reason
//                 ({"status":"unavailable","reason":"database"|"migrations","pending":[…]}).

export const HEALTH_PATHS = ["/healthz", "/readyz"] as const;

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "cache-control": "no-store",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

/** The migration folders the build was shipped with (names, in order). */
export function migrationNames(migrationsDir: string): string[] {
  try {
    return readdirSync(migrationsDir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

export type Readiness = { ready: true } | { ready: false; reason: "database" | "migrations"; pending?: string[] };

/** Is the database reachable, with every migration of `expected` applied? */
export async function checkReadiness(pool: pg.Pool, expected: string[]): Promise<Readiness> {
  let applied: Set<string>;
  try {
    const client = await pool.connect();
    try {
      await client.query("SET statement_timeout = 2000");
      const exists = await client.query<{ t: string | null }>("SELECT to_regclass('_prisma_migrations')::text AS t");
      if (!exists.rows[0]?.t) return { ready: false, reason: "migrations", pending: expected };
      const { rows } = await client.query<{ name: string }>(
        "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
      );
      applied = new Set(rows.map((r) => r.name));
    } finally {
      client.release();
    }
  } catch {
    return { ready: false, reason: "database" };
  }
  const pending = expected.filter((name) => !applied.has(name));
  return pending.length ? { ready: false, reason: "migrations", pending } : { ready: true };
}

/**
 * The server's health-check handler: answers /healthz and /readyz (GET or HEAD) and returns true, or
 * returns false for any other request. Its own pool of one connection, opened on first need.
 */
export function healthChecks({ connectionString, migrationsDir }: { connectionString: string | undefined; migrationsDir: string }) {
  const expected = migrationNames(migrationsDir);
  let pool: pg.Pool | null = null;
  const handler = (req: IncomingMessage, res: ServerResponse): boolean => {
    const path = (req.url ?? "").split("?")[0];
    if (path !== "/healthz" && path !== "/readyz") return false;
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD", "cache-control": "no-store" });
      res.end();
      return true;
    }
    if (path === "/healthz") {
      send(res, 200, { status: "ok" });
      return true;
    }
    if (!connectionString) {
      send(res, 503, { status: "unavailable", reason: "database" });
      return true;
    }
    if (!pool) {
      pool = new pg.Pool({ connectionString, max: 1, connectionTimeoutMillis: 2_000, idleTimeoutMillis: 30_000 });
      pool.on("error", () => {});
    }
    void checkReadiness(pool, expected).then(
      (r) => send(res, r.ready ? 200 : 503, r.ready ? { status: "ready" } : { status: "unavailable", ...r, ready: undefined }),
      () => send(res, 503, { status: "unavailable", reason: "database" }),
    );
    return true;
  };
  return { handle: handler, close: async () => void (await pool?.end().catch(() => {})) };
}
