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
  "lib/core/action.test.ts",
  "components/mail/outbox-table.test.ts",
];

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
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          globalSetup: ["tests/support/template-database.ts"],
          include: ["tests/integration/**/*.test.ts", "lib/**/*.int.test.ts"],
          environment: "node",
          setupFiles: ["tests/support/test-clock.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Each file creates its own database; two at a time suits a 2-core machine.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
