import { defineConfig } from "@playwright/test";
import { CHROMIUM_PATH } from "../../playwright.config";

// The two-instance proof (issue 14, item 6): tests/multi-instance/harness.ts starts everything itself
// (a database, two instances of the production build, nginx, an SMTP sink), so no webServer here.
export default defineConfig({
  testDir: ".",
  testMatch: /\.spec\.ts$/,
  timeout: 180_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
    },
  },
});
