// The server the browser tests run against: a fresh database made for this run (dropped on exit),
// migrated and seeded, behind the existing production build.
import { randomBytes } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import { createTestDatabase } from "../lib/db/test-database";
import { prepareDatabase } from "./lib/prepare-database";
import { wantsDemoData } from "../lib/core/production-config";
import { runServer, waitForExit } from "./lib/run";
import { e2eDatabaseUrlFile } from "../tests/e2e/support/database";
import { OIDC_TEST_CLIENT, oidcTestIssuer } from "../tests/e2e/support/oidc";

const port = Number(process.env.PORT ?? 3100);
const db = await createTestDatabase({ prefix: "sp_e2e", migrate: false });
process.env.SEED_COMMUNICATIONS ??= "150";
// The browser tests sign in as the demo accounts: their database is a demo one by definition.
await prepareDatabase(db.connectionString, { demo: wantsDemoData({ embedded: true, env: process.env }) });

// Browser tests that run a command against this server's database (admin:create) find it here.
writeFileSync(e2eDatabaseUrlFile(port), db.connectionString, { mode: 0o600 });

const child = runServer(
  { port },
  {
    ...process.env,
    DATABASE_URL: db.connectionString,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: `http://localhost:${port}`,
    SP_DB_POOL: "10",
    SP_TEST_CLOCK: "1",
    // As behind one reverse proxy: a spec may then speak from an address of its own (X-Forwarded-For),
    // e.g. to reach the anonymous-form throttle's limit without holding back every other spec. Requests
    // without that header keep the socket's address.
    SP_TRUSTED_PROXIES: "1",
    // Single sign-on against the test provider Playwright starts (tests/e2e/support/oidc-provider.ts).
    // Its button gets a label of its own: the specs' "Sign in" button must stay the only one so named.
    OIDC_ISSUER: oidcTestIssuer(),
    OIDC_CLIENT_ID: OIDC_TEST_CLIENT.id,
    OIDC_CLIENT_SECRET: OIDC_TEST_CLIENT.secret,
    OIDC_NAME: "OHCHR account (test identity provider)",
  },
);

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (child.exitCode === null) {
    child.kill("SIGTERM");
    await waitForExit(child);
  }
  rmSync(e2eDatabaseUrlFile(port), { force: true });
  await db.drop().catch(() => {});
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
await stop(await waitForExit(child));
