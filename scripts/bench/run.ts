// `npm run bench` — the public search's benchmark (issue 4, "Performance"). A measurement, not a test:
// it is not part of `npm test` and exits 0 whatever the numbers (unless BENCH_STRICT=1).
//
// What it does, all on 127.0.0.1:
//   1. builds the portal if the production build is stale (as scripts/build-if-stale.ts);
//   2. creates a separate database (a new database on the PostgreSQL server of TEST_DATABASE_URL,
//      default postgresql://postgres@127.0.0.1:5432/postgres, or the embedded one when it does not
//      answer), migrates it, seeds SEED_COMMUNICATIONS communications, VACUUM ANALYZE;
//   3. starts the production server (scripts/serve.ts) on a free port against it (SP_DB_POOL=10) and waits until it answers;
//   4. picks parameters from the data (a frequent word, the busiest State and other actor, public
//      communications, a filter with ≥ 5,000 rows for the CSV);
//   5. measures with autocannon, BENCH_SECONDS each at 16 and 64 connections: the search page, the
//      JSON API search (GET /api/v1/communications), the detail page — each twice: the same request
//      again and again, as a shared link brings it (the public response cache, lib/public-cache,
//      answers all but the first), and every request a new one that the cache has never seen (a
//      parameter the app ignores: the app's full work each time) — and in the same run the search's
//      own SQL (lib/search/search-plan.ts: the total as the app keeps it, the page) executed directly through a
//      pg.Pool of 16 / 64 clients; the CSV export at 4 connections (tried at /api/v1/communications.csv,
//      then /api/v1/communications/export.csv). A route that answers 404 is reported "not available
//      (404)" and skipped;
//   6. prints the table (p50/p95/p99 in ms, requests/s, errors/non-2xx), the API / raw-SQL throughput
//      ratio and the targets as PASS / FAIL / SKIP;
//   7. stops the server and drops the database — also on Ctrl-C and on errors.
//
// Environment:
//   SEED_COMMUNICATIONS  communications to seed (default 200000; seeding takes ~80 s on PostgreSQL)
//   BENCH_SECONDS        measured duration of each run (default 15)
//   BENCH_WARMUP         warm-up seconds before each run, not measured (default 2)
//   BENCH_CONNECTIONS    connection levels (default "16,64")
//   BENCH_CSV_CONNECTIONS, BENCH_CSV_SECONDS   the CSV run (default 4 connections, BENCH_SECONDS)
//   BENCH_EXTRA=0        skip the extra search-page runs (State filter, other actor; cache misses) at 16 connections
//   BENCH_STRICT=1       exit 1 when a target FAILs or cannot be checked (SKIP)
//   BENCH_DATABASE_URL   measure an existing, already seeded PostgreSQL database (migrated first,
//                        kept afterwards) instead of seeding a new one
//   TEST_DATABASE_URL, SP_TEST_EMBEDDED=1   the database server, as for the integration tests
//
// Examples:  npm run bench
//            SEED_COMMUNICATIONS=20000 BENCH_SECONDS=5 npm run bench
//
// The machine has 2 cores shared by the database, the server and the load generator (this process):
// the numbers are relative to that and to whatever else runs at the time (the load average is printed).
import os from "node:os";
import pg from "pg";
import { createPrismaClient } from "../../lib/db/create-client";
import { EMBEDDED_MAX_CONNECTIONS, freePort } from "../../lib/db/embedded";
import { migrateDatabase } from "../../lib/db/migrate";
import { createTestDatabase, type TestDatabase } from "../../lib/db/test-database";
import { seedDatabase } from "../../prisma/seed/index";
import { abortLoad, cacheMiss, measureHttp, measureSql, type HttpTarget, type Measurement, type SqlQuery } from "./load";
import { pickParameters } from "./parameters";
import { checks, formatTable, ratios, TARGETS } from "./report";
import { loadSearchSql } from "./search-sql";
import { buildIfStale, startServer, type Server } from "./server";

const envInt = (name: string, fallback: number) => {
  const raw = process.env[name];
  const n = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got ${raw}`);
  return n;
};

const SEED = envInt("SEED_COMMUNICATIONS", 200_000);
const SECONDS = envInt("BENCH_SECONDS", 15);
const WARMUP = envInt("BENCH_WARMUP", 2);
const LEVELS = (process.env.BENCH_CONNECTIONS ?? "16,64")
  .split(",")
  .map((s) => Number(s.trim()))
  .filter((n) => n > 0);
const CSV_CONNECTIONS = envInt("BENCH_CSV_CONNECTIONS", 4);
const CSV_SECONDS = envInt("BENCH_CSV_SECONDS", SECONDS);
const EXTRA = process.env.BENCH_EXTRA !== "0";
const STRICT = process.env.BENCH_STRICT === "1";
const APP_POOL = 10;
/** An already seeded database to measure again (migrated, never dropped): skips the slow seed. */
const REUSE = process.env.BENCH_DATABASE_URL || null;

const log = (msg: string) => console.log(msg);
const elapsed = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

let db: TestDatabase | null = null;
let server: Server | null = null;
const pools = new Set<pg.Pool>();
let cleaning: Promise<void> | null = null;

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T | void> {
  return Promise.race([
    p,
    new Promise<void>((resolve) =>
      setTimeout(() => {
        console.warn(`  ${what}: gave up after ${ms / 1000} s`);
        resolve();
      }, ms).unref(),
    ),
  ]);
}

/** Stops the server and drops the database; safe to call more than once. */
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    abortLoad();
    for (const pool of pools)
      await withTimeout(
        pool.end().catch(() => {}),
        10_000,
        "closing a pg pool",
      );
    if (server) {
      log("Stopping the server…");
      await withTimeout(server.stop(), 15_000, "stopping the server");
    }
    if (db) {
      log(`Dropping the benchmark database (${db.kind})…`);
      await withTimeout(
        db.drop().catch((e: Error) => console.warn(`  drop failed: ${e.message}`)),
        30_000,
        "dropping the database",
      );
    }
  })();
  return cleaning;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    log(`\n${signal}: stopping the benchmark…`);
    void cleanup().finally(() => process.exit(130));
  });
}

function newPool(connectionString: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, statement_timeout: 30_000, connectionTimeoutMillis: 60_000 });
  pool.on("error", () => {}); // an idle client dropped with the database at cleanup
  pools.add(pool);
  return pool;
}

async function closePool(pool: pg.Pool) {
  pools.delete(pool);
  await pool.end();
}

/**
 * The search's two queries once each, unloaded, with EXPLAIN ANALYZE: their own execution time, and
 * whether the plan reads the whole communications table (the issue wants no sequential scan there).
 */
async function explainSearch(pool: pg.Pool, statements: { name: string; sql: SqlQuery }[]): Promise<string[]> {
  const out: string[] = [];
  for (const { name, sql: q } of statements) {
    const res = await pool.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${q.text}`, q.values);
    const plan = res.rows.map((r) => r["QUERY PLAN"]);
    const time = plan.find((l) => l.startsWith("Execution Time"))?.replace("Execution Time: ", "") ?? "?";
    const seq = plan.map((l) => /Seq Scan on "Communication" \w+/.exec(l)?.[0]).filter(Boolean);
    out.push(`${name} query: ${time}, ${seq.length ? seq.join(", ") : 'no sequential scan on "Communication"'}`);
  }
  return out;
}

/**
 * After a run, autocannon abandons the requests in flight but the server still works through them.
 * One request to a database-backed page queues behind that work (the app's pool is FIFO): once it
 * is answered, the next run starts on an idle server. Bounded by `timeoutMs`.
 */
async function settle(url: string, timeoutMs = 60_000): Promise<void> {
  try {
    const res = await fetch(url, { headers: { "accept-language": "en" }, signal: AbortSignal.timeout(timeoutMs) });
    await res.arrayBuffer();
  } catch {
    log(`  (the server did not settle within ${timeoutMs / 1000} s)`);
  }
}

/** The status of a GET, and its body's size (and lines, for a CSV), to tell what is there. */
/** A probe that fails (timeout, reset) answers status 0 with the reason as `type`: the route exists, it is measured. */
async function probe(url: string): Promise<{ status: number; type: string; bytes: number; lines: number }> {
  const t = performance.now();
  try {
    const res = await fetch(url, { headers: { "accept-language": "en" }, signal: AbortSignal.timeout(60_000), redirect: "manual" });
    const body = await res.text();
    return {
      status: res.status,
      type: `${res.headers.get("content-type") ?? ""} in ${elapsed(t)}`,
      bytes: Buffer.byteLength(body),
      lines: body.split("\n").filter(Boolean).length,
    };
  } catch (e) {
    return { status: 0, type: `no answer after ${elapsed(t)} (${e instanceof Error ? e.name : String(e)})`, bytes: 0, lines: 0 };
  }
}

async function main(): Promise<number> {
  const t0 = performance.now();
  log(`SP Portal benchmark — ${os.cpus().length} cores, load average ${load()}, node ${process.version}`);
  log(
    `Seed ${SEED} communications; ${SECONDS} s per run (+${WARMUP} s warm-up) at ${LEVELS.join(" and ")} connections; CSV at ${CSV_CONNECTIONS} connections.`,
  );

  await buildIfStale(process.cwd(), log);

  db = REUSE
    ? { connectionString: REUSE, kind: "postgres", drop: async () => {} }
    : await createTestDatabase({ prefix: "sp_bench", migrate: false });
  log(
    `Database: ${db.kind === "postgres" ? "PostgreSQL" : "embedded PostgreSQL 17 (a throwaway cluster without fsync)"} ${db.connectionString.replace(/\/\/[^@]*@/, "//")}${REUSE ? " (reused, kept)" : ""}`,
  );
  const applied = await migrateDatabase(db.connectionString);
  log(`Applied ${applied.length} migrations.`);
  let t = performance.now();
  const prisma = createPrismaClient(db.connectionString, 2);
  try {
    // A reused database keeps its data (the seed adds nothing where sample data exists).
    const result = await seedDatabase(prisma, { communications: SEED, log: (m) => log(`  seed: ${m}`) });
    log(
      `Seeded in ${elapsed(t)}: ${result.counts.Communication ?? "?"} communications, ${result.counts.CommunicationReply ?? "?"} replies.`,
    );
    t = performance.now();
    await prisma.$executeRawUnsafe("VACUUM ANALYZE");
    log(`VACUUM ANALYZE in ${elapsed(t)}.`);
  } finally {
    await prisma.$disconnect();
  }

  const sql = await loadSearchSql();
  const meta = newPool(db.connectionString, 4);
  log("Picking parameters from the data…");
  const params = await pickParameters(meta, sql, log);
  await closePool(meta);
  log(`  ${params.publicCount} public communications`);
  log(`  full-text word: "${params.word}" (${params.wordCount} results)`);
  log(
    `  State: ${params.state.iso3} (${params.state.count}); other actor: ${params.actor ? `${params.actor.name} (${params.actor.count})` : "none"}`,
  );
  log(`  detail pages: ${params.detailIds.length} public communications in turn`);
  log(`  CSV filter: ${params.csv.query} (${params.csv.count} rows)`);

  const port = await freePort();
  server = await startServer({ port, databaseUrl: db.connectionString, pool: APP_POOL });
  log(`Server: ${server.url} (scripts/serve.ts, SP_DB_POOL=${APP_POOL}) after ${elapsed(t0)}.`);

  const searchQuery = `q=${encodeURIComponent(params.word)}`;
  const page: HttpTarget = { name: TARGETS.pageSearch, url: server.url, paths: [`/communications?${searchQuery}`] };
  const api: HttpTarget = { name: TARGETS.apiSearch, url: server.url, paths: [`/api/v1/communications?${searchQuery}`] };
  const detail: HttpTarget = { name: "detail page", url: server.url, paths: params.detailIds.map((id) => `/communications/${id}`) };
  const skipped: string[] = [];

  const pageProbe = await probe(server.url + page.paths[0]);
  log(`  probe ${page.paths[0]}: ${pageProbe.status}, ${pageProbe.bytes} bytes`);
  if (pageProbe.status !== 200) log(`  warning: the search page answered ${pageProbe.status}`);
  const apiProbe = await probe(server.url + api.paths[0]);
  log(`  probe ${api.paths[0]}: ${apiProbe.status} ${apiProbe.type}, ${apiProbe.bytes} bytes`);
  const apiAvailable = apiProbe.status !== 404;
  if (!apiAvailable) skipped.push(`${TARGETS.apiSearch}  GET /api/v1/communications`);
  let csv: HttpTarget | null = null;
  for (const path of ["/api/v1/communications.csv", "/api/v1/communications/export.csv"]) {
    const p = await probe(`${server.url}${path}?${params.csv.query}`);
    log(`  probe ${path}?${params.csv.query}: ${p.status} ${p.type}, ${p.bytes} bytes${p.status === 200 ? `, ${p.lines} lines` : ""}`);
    if (p.status !== 404) {
      csv = { name: `CSV export (${params.csv.count} rows)`, url: server.url, paths: [`${path}?${params.csv.query}`] };
      break;
    }
  }
  if (!csv) skipped.push("CSV export  /api/v1/communications.csv, /api/v1/communications/export.csv");

  const rows: Measurement[] = [];
  const record = (m: Measurement) => {
    rows.push(m);
    log(
      `  ${m.target} @${m.connections}: p50 ${m.p50.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms, ${m.rps.toFixed(1)} req/s, ${m.errors}/${m.non2xx} errors/non-2xx (load ${load()})`,
    );
  };
  const settleUrl = `${server.url}/communications/${params.detailIds[0]}`;
  const http = async (target: HttpTarget, connections: number, seconds = SECONDS) => {
    if (WARMUP > 0) {
      await measureHttp(target, connections, WARMUP);
      await settle(settleUrl);
    }
    record(await measureHttp(target, connections, seconds));
    await settle(settleUrl);
  };

  const explainPool = newPool(db.connectionString, 1);
  const explained = await explainSearch(explainPool, await sql.statements(explainPool, searchQuery));
  await closePool(explainPool);
  for (const line of explained) log(`  ${line}`);
  log(`Measuring (load average ${load()})…`);
  for (const connections of LEVELS) {
    // The pool of the raw-SQL baseline, as large as the connection level (the embedded server takes fewer).
    const max = db.kind === "embedded" ? Math.min(connections, EMBEDDED_MAX_CONNECTIONS - APP_POOL - 2) : connections;
    const pool = newPool(db.connectionString, max);
    const search = (p: pg.Pool) => sql.search(p, searchQuery);
    if (WARMUP > 0) await measureSql(TARGETS.sqlSearch, pool, search, max, WARMUP);
    record(await measureSql(TARGETS.sqlSearch, pool, search, max, SECONDS));
    await closePool(pool);
    // Each as visitors ask it (the same search again and again: answered by the public response
    // cache but for its first request), then with every request a new one (a cache miss each time).
    if (apiAvailable) {
      await http(api, connections);
      await http(cacheMiss(api, TARGETS.apiSearchMiss), connections);
    }
    await http(page, connections);
    await http(cacheMiss(page, TARGETS.pageSearchMiss), connections);
    await http(detail, connections);
    await http(cacheMiss(detail, "detail page, cache miss"), connections);
  }
  if (EXTRA) {
    await http(
      cacheMiss(
        { name: "", url: server.url, paths: [`/communications?addressee=state:${params.state.iso3}`] },
        "search page (State filter), cache miss",
      ),
      16,
    );
    if (params.actor)
      await http(
        cacheMiss(
          { name: "", url: server.url, paths: [`/communications?addressee=actor:${params.actor.id}`] },
          "search page (other actor), cache miss",
        ),
        16,
      );
  }
  if (csv) await http(csv, CSV_CONNECTIONS, CSV_SECONDS);

  log("");
  log(
    `Results — ${db.kind === "postgres" ? "PostgreSQL" : "embedded PostgreSQL"}, ${params.publicCount} public of ${SEED} seeded communications, q="${params.word}" (${params.wordCount} results), ${SECONDS} s per run, ${os.cpus().length} cores, load average at the end ${load()}`,
  );
  log(
    "Raw SQL = the search's own statements (lib/search/search-plan.ts: the total — estimate, count when small, remembered a minute per filters as in the app — then the page) on a pg.Pool, one search per request.",
  );
  log(`Unloaded, once (EXPLAIN ANALYZE): ${explained.join("; ")}.`);
  log("");
  log(formatTable(rows, skipped));
  log("");
  for (const line of ratios(rows, LEVELS)) log(line);
  log("");
  const results = checks(rows, LEVELS);
  for (const c of results) log(`${c.status.padEnd(4)}  ${c.name}: ${c.detail}`);
  log(`\nTotal time ${elapsed(t0)}.`);
  const failed = results.some((c) => c.status !== "PASS");
  return STRICT && failed ? 1 : 0;
}

let code = 1;
try {
  code = await main();
} catch (e) {
  console.error(`\nBenchmark failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  const running = server as Server | null; // assigned inside main()
  if (running) console.error(`\nLast server output:\n${running.output()}`);
  code = 1;
} finally {
  await cleanup();
}
process.exit(code);
