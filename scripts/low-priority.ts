// `tsx scripts/low-priority.ts <npm script>`: runs `npm run <npm script>` at a lower CPU priority
// (Node's PRIORITY_BELOW_NORMAL, nice 10 on Linux; child processes inherit it).
//
// Why (`npm test`): the browser tests are its longest part and wait on one page at a time per worker,
// so they leave part of the machine idle; the static checks and integration tests run beside them at
// this priority and take what the browser tests leave, instead of slowing them down (README, "Test
// it"). Tests that measure their own speed (the unit tests) run before, at the usual priority.
import os from "node:os";
import { spawn } from "node:child_process";

const script = process.argv[2];
if (!script) {
  console.error("usage: tsx scripts/low-priority.ts <npm script>");
  process.exit(2);
}
const npm = process.env.npm_execpath;
if (!npm) {
  console.error("scripts/low-priority.ts runs under npm (npm_execpath is not set)");
  process.exit(2);
}

os.setPriority(os.constants.priority.PRIORITY_BELOW_NORMAL);
const child = spawn(process.execPath, [npm, "run", script], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
