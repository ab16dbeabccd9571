// `npm run test:load` (part of `npm test`), issue 19: the portal as `npm start` runs it, under the
// traffic of a small secretariat (scripts/load-test/traffic.ts), twice:
//   1. the embedded default — no DATABASE_URL, a fresh data directory;
//   2. a real PostgreSQL — DATABASE_URL when set, else a new database on the server of
//      TEST_DATABASE_URL (default 127.0.0.1:5432, lib/db/test-database.ts), dropped afterwards.
// Fails (exit 1) on any 5xx, any failed sign-in, any answer that is not the one asked for, and any
// protocol error (lib/db/protocol-errors.ts) in the server's output or the embedded PostgreSQL's log.
//
// Environment: LOAD_REQUESTS (reads, default 240), LOAD_SIGN_INS (default 30), LOAD_PORT (default a
// free port), LOAD_TARGETS ("embedded,postgres" by default; either one alone).
import { mkdtempSync, readFileSync, existsSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../lib/db/embedded";
import { protocolErrors } from "../../lib/db/protocol-errors";
import { createTestDatabase, type TestDatabase } from "../../lib/db/test-database";
import { buildIfStale } from "../bench/server";
import { startPortal, type Portal } from "./portal";
import { runTraffic, type TrafficReport } from "./traffic";

const int = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number`);
  return value;
};
const REQUESTS = int("LOAD_REQUESTS", 240);
const SIGN_INS = int("LOAD_SIGN_INS", 30);
const TARGETS = (process.env.LOAD_TARGETS ?? "embedded,postgres").split(",").map((s) => s.trim());

let portal: Portal | null = null;
let testDb: TestDatabase | null = null;
const dataDirs: string[] = [];

async function cleanup() {
  await portal?.stop();
  portal = null;
  await testDb?.drop().catch((e: Error) => console.warn(`dropping the test database: ${e.message}`));
  testDb = null;
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void cleanup().finally(() => process.exit(130)));

/** The demo data is there: the home page counts the 195 States, the States and mandates lists name them. */
async function seededDataServed(base: string): Promise<string[]> {
  const expected: [path: string, pattern: RegExp, what: string][] = [
    ["/", /data-testid="figure"[^>]*>195</, "the home page's count of 195 States"],
    ["/states", /Norway/, "Norway in the States list"],
    ["/mandates", /Working Group on Arbitrary Detention/, "the Working Group on Arbitrary Detention in the mandates list"],
  ];
  const problems: string[] = [];
  for (const [page, pattern, what] of expected) {
    const res = await fetch(`${base}${page}`, { headers: { "accept-language": "en" } });
    const html = await res.text();
    if (res.status !== 200 || !pattern.test(html)) problems.push(`seeded data: ${page} answered ${res.status} without ${what}`);
  }
  return problems;
}

async function runOn(target: string): Promise<string[]> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "sp-load-"));
  dataDirs.push(dataDir);
  let databaseUrl = "";
  if (target === "postgres") {
    if (process.env.DATABASE_URL) databaseUrl = process.env.DATABASE_URL;
    else {
      testDb = await createTestDatabase({ prefix: "sp_load", migrate: false });
      if (testDb.kind !== "postgres") {
        console.log("No PostgreSQL server answers (TEST_DATABASE_URL): the run against a real PostgreSQL is skipped.");
        return [];
      }
      databaseUrl = testDb.connectionString;
    }
  }
  const port = process.env.LOAD_PORT ? Number(process.env.LOAD_PORT) : await freePort();
  console.log(
    `\n== ${target === "embedded" ? "the embedded default (no DATABASE_URL)" : "a real PostgreSQL (DATABASE_URL)"} on port ${port}`,
  );
  const t0 = performance.now();
  portal = await startPortal({ port, dataDir, databaseUrl });
  console.log(
    `   started in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${REQUESTS} reads on 12 connections, ${SIGN_INS} sign-ins 6 at a time…`,
  );
  // `npm start` serves the demo data it seeded (the home page's figures, the States, the mandates).
  const seeded = await seededDataServed(portal.url);
  let report: TrafficReport;
  try {
    report = await runTraffic({ baseUrl: portal.url, connections: 12, requests: REQUESTS, signIns: SIGN_INS, signInConcurrency: 6 });
  } finally {
    await portal.stop();
  }
  const postgresLog = path.join(dataDir, "postgres.log");
  const serverLog = existsSync(postgresLog) ? readFileSync(postgresLog, "utf8") : "";
  const logs = `${portal.output()}\n${serverLog}`;
  portal = null;
  const protocol = protocolErrors(logs);
  console.log(
    `   ${report.requests} reads and ${report.signIns} sign-ins in ${report.seconds.toFixed(1)} s ` +
      `(${(report.requests / report.seconds).toFixed(0)} reads/s): ${report.serverErrors} 5xx, ` +
      `${report.failed} failed checks, ${protocol.length} protocol errors in the logs`,
  );
  const problems = [...seeded, ...report.failures, ...protocol.map((l) => `log: ${l}`)];
  if (report.requests < REQUESTS || report.signIns < SIGN_INS) problems.push("the traffic stopped before its end");
  // `npm start` stopped by SIGTERM must stop its PostgreSQL cleanly (a shutdown checkpoint, no recovery next time).
  if (target === "embedded" && !serverLog.trimEnd().endsWith("database system is shut down")) {
    problems.push("the embedded PostgreSQL was not shut down cleanly when npm start stopped");
  }
  await testDb?.drop();
  testDb = null;
  return problems.map((p) => `[${target}] ${p}`);
}

let problems: string[] = [];
try {
  await buildIfStale(process.cwd(), console.log);
  for (const target of TARGETS) problems = problems.concat(await runOn(target));
} catch (err) {
  problems.push(err instanceof Error ? err.message : String(err));
} finally {
  await cleanup();
}
if (problems.length) {
  console.error(
    `\nLoad test FAILED:\n${problems
      .slice(0, 40)
      .map((p) => `  - ${p}`)
      .join("\n")}`,
  );
  process.exit(1);
}
console.log("\nLoad test passed.");
