// `npm start`: the database (DATABASE_URL, or the embedded one under .data/), migrations, demo data
// when empty (embedded database or SP_DEMO=1 only), a production build when missing or stale, then the
// server. Ctrl-C stops everything. In production mode it first refuses a configuration that is not
// fit for production (lib/server/production-config.ts).
import path from "node:path";
import { openDatabase, DATA_DIR } from "../lib/db/connection";
import { prepareDatabase } from "./lib/prepare-database";
import { sessionSecret } from "./lib/secret";
import { buildIsStale } from "./lib/build";
import { runNext, runServer, waitForExit } from "./lib/run";
import { productionStartProblem, wantsDemoData } from "../lib/server/production-config";

const root = process.cwd();
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);

if (!dev) {
  const problem = productionStartProblem(process.env);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}

const db = await openDatabase();
const shown = DATA_DIR.startsWith(root + path.sep) ? path.relative(root, DATA_DIR) : DATA_DIR;
console.log(
  db.embedded
    ? `Embedded PostgreSQL in ${shown} (127.0.0.1 only, password in ${path.join(shown, "postgres-password")})`
    : "Using DATABASE_URL",
);

let child: ReturnType<typeof runNext> | undefined;
let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (child && child.exitCode === null) {
    child.kill("SIGTERM");
    await waitForExit(child);
  }
  await db.stop();
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

try {
  await prepareDatabase(db.connectionString, { demo: wantsDemoData({ embedded: db.embedded, env: process.env }) });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: db.connectionString,
    NEXTAUTH_SECRET: sessionSecret(DATA_DIR),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    SP_DB_POOL: process.env.SP_DB_POOL ?? "10",
  };
  if (!dev && buildIsStale(root)) {
    console.log("Building the app (first start or sources changed)…");
    const code = await waitForExit(runNext(["build"], { ...env, NODE_ENV: "production" }));
    if (code !== 0) throw new Error(`next build failed (exit ${code})`);
  }
  // Development runs through scripts/serve.ts too, so that it has the security headers (with
  // what React's development build and hot reload need: lib/core/security-headers.ts).
  child = runServer({ port, dev }, env);
  console.log(`SP Portal: http://localhost:${port}`);
  const code = await waitForExit(child);
  await stop(code);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  await stop(1);
}
