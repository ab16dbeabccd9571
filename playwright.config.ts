import { defineConfig } from "@playwright/test";

// The production build on a fresh database (real PostgreSQL when the local server answers, else
// embedded) for the role tests. Plain `npm start` with no DATABASE_URL — the embedded default — is
// proved by the load test (scripts/load-test/run.ts), which runs beside these in `npm test`.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
// The OpenID Connect provider of the single sign-on tests (tests/e2e/support/oidc-provider.ts).
export const OIDC_TEST_PORT = Number(process.env.OIDC_TEST_PORT ?? 3102);
// Specs that run after all others, one at a time: the one that counts on no other test changing data
// while it checks the public response cache. (Specs that move time do it per request —
// tests/e2e/support/clock.ts — and run in parallel.)
const SERIAL = [/search\/public-cache\.spec\.ts/];
// SIGTERM, not Playwright's default SIGKILL: the servers stop their PostgreSQL cleanly and drop or
// delete their databases (an embedded one would otherwise be killed mid-write and left in /tmp).
const STOP = { signal: "SIGTERM" as const, timeout: 30_000 };
// The servers' info lines (one per request: some 6,000 a run) stay out of the run's output unless
// PW_SERVER_LOG=1; their warnings and errors always show (stderr).
const SERVER_STDOUT = process.env.PW_SERVER_LOG === "1" ? ("pipe" as const) : ("ignore" as const);

/**
 * Debian's Chromium as its "old headless" shell (package chromium-headless-shell), as Playwright itself
 * runs headless tests: the same engine without the full browser's interface. Measured on the same specs
 * on two cores, the full browser in headless mode spent more than twice the CPU (its window's own WebUI
 * renderers and a busier browser process) and took 37 % longer. CHROMIUM_PATH overrides.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium-headless-shell";

const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    launchOptions: { executablePath: CHROMIUM_PATH, args: chromiumArgs },
    // A trace records a screenshot at every step: on a 2-core CI machine that costs the browsers more
    // than the pages do. PW_TRACE=1 turns it on to investigate a failure.
    trace: process.env.PW_TRACE === "1" ? "retain-on-failure" : "off",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "chromium", testIgnore: SERIAL },
    { name: "serial", testMatch: SERIAL, dependencies: ["chromium"], workers: 1 },
  ],
  webServer: [
    {
      command: "npx tsx scripts/e2e-server.ts",
      url: `http://localhost:${E2E_PORT}/`,
      env: { PORT: String(E2E_PORT), OIDC_TEST_PORT: String(OIDC_TEST_PORT) },
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: SERVER_STDOUT,
      gracefulShutdown: STOP,
    },
    {
      command: "npx tsx tests/e2e/support/oidc-provider.ts",
      url: `http://127.0.0.1:${OIDC_TEST_PORT}/.well-known/openid-configuration`,
      env: { OIDC_TEST_PORT: String(OIDC_TEST_PORT), E2E_PORT: String(E2E_PORT) },
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: SERVER_STDOUT,
      gracefulShutdown: STOP,
    },
  ],
});
