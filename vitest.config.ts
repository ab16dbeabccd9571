import { defineConfig } from "vitest/config";
import path from "node:path";

const alias = {
  "@": import.meta.dirname,
  // `server-only` throws outside React Server Components; tests run lib/ code directly.
  "server-only": path.join(import.meta.dirname, "tests/support/empty-module.ts"),
};

const UNIT = ["lib/**/*.test.ts", "app/**/*.test.ts", "prisma/**/*.test.ts", "components/**/*.test.ts", "components/**/*.test.tsx"];
/** Unit files that use vi.mock (a test of the config below fails when this list misses one). */
export const MOCKING = [
  "lib/auth/confirmation-mail-throttle.test.ts",
  "lib/auth/password-reset-throttle.test.ts",
  "lib/server/action.test.ts",
  "components/mail/outbox-table.test.ts",
];

/**
 * Integration files whose rules follow Geneva's business days and hours (dispatch, mail, follow-up,
 * deadlines, press releases, visits, office hours): `npm test` runs them at a Saturday evening
 * ("integration:off-hours"), when those rules bite; the other files run at the default instant.
 */
export const OFF_HOURS = [
  "communications",
  "mail",
  "follow-up",
  "jobs",
  "joint-report",
  "office-hours",
  "outstanding",
  "press-releases",
  "profiles",
  "questionnaires",
  "visits",
].map((name) => `tests/integration/${name}.test.ts`);
/** The instant of "integration:off-hours": Saturday 5 December 2026, 19:30 in Geneva. */
export const OFF_HOURS_NOW = "2026-12-05T18:30:00Z";

/**
 * Unit tests' time limit: `npm test` runs them beside the integration tests and the production build,
 * which take both cores for minutes; a test that takes 1 s alone (a PDF in six languages) may then wait several.
 */
const UNIT_TIMEOUT = 30_000;

const integration = {
  globalSetup: ["tests/support/template-database.ts"],
  environment: "node" as const,
  setupFiles: ["tests/support/test-clock.ts"],
  testTimeout: 120_000,
  hookTimeout: 180_000,
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          // Threads sharing one module graph: starting a fresh process and graph per file took four
          // fifths of the run (60 s → 14 s). Files that replace a module (vi.mock) need a graph of their
          // own, so they run apart, isolated ("unit:mocked").
          pool: "threads",
          isolate: false,
          include: UNIT,
          exclude: ["**/*.int.test.ts", "node_modules/**", ...MOCKING],
          environment: "node",
          setupFiles: ["tests/support/test-clock.ts"],
          testTimeout: UNIT_TIMEOUT,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "unit:mocked",
          pool: "threads",
          include: MOCKING,
          environment: "node",
          setupFiles: ["tests/support/test-clock.ts"],
          testTimeout: UNIT_TIMEOUT,
        },
      },
      // Each integration file creates its own database. Both projects run in one Vitest run
      // (`npm run test:integration`), their files side by side, two at a time on a 2-core machine.
      {
        resolve: { alias },
        test: {
          ...integration,
          name: "integration",
          include: ["tests/integration/**/*.test.ts", "lib/**/*.int.test.ts"],
          exclude: ["node_modules/**", ...OFF_HOURS],
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        resolve: { alias },
        test: {
          ...integration,
          name: "integration:off-hours",
          include: OFF_HOURS,
          // Read by tests/support/test-clock.ts in each worker of this project.
          env: { SP_TEST_NOW: process.env.SP_TEST_NOW ?? OFF_HOURS_NOW },
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
