// Runs Vitest once at each instant given (SP_TEST_NOW, read by tests/support/test-clock.ts), to show
// that the suite does not depend on the day or hour it runs.
//   tsx scripts/test-at.ts <ISO instant>… -- <vitest arguments>
// e.g. tsx scripts/test-at.ts 2026-12-05T18:30:00Z -- --project integration
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { GENEVA_TIME_ZONE } from "../lib/core/geneva";

const args = process.argv.slice(2);
const split = args.indexOf("--");
const instants = split < 0 ? args : args.slice(0, split);
const vitestArgs = split < 0 ? [] : args.slice(split + 1);
if (instants.length === 0 || instants.some((i) => Number.isNaN(Date.parse(i)))) {
  console.error("Usage: tsx scripts/test-at.ts <ISO instant>… -- <vitest arguments>");
  process.exit(2);
}

// Vitest's own command (its "bin"), run with this Node.js.
const vitest = path.join(path.dirname(createRequire(import.meta.url).resolve("vitest/package.json")), "vitest.mjs");
const geneva = new Intl.DateTimeFormat("en-GB", { timeZone: GENEVA_TIME_ZONE, dateStyle: "full", timeStyle: "short" });
for (const instant of instants) {
  console.log(`\n▶ Tests at ${instant} (${geneva.format(new Date(instant))} in Geneva)`);
  const run = spawnSync(process.execPath, [vitest, "run", ...vitestArgs], {
    stdio: "inherit",
    env: { ...process.env, SP_TEST_NOW: instant },
  });
  if (run.status !== 0) {
    console.error(`✖ Tests failed at ${instant}`);
    process.exit(run.status ?? 1);
  }
}
