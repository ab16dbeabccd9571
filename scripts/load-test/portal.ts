// `npm start` (scripts/start.ts) as a child process, exactly as a user runs it, with its whole output
// kept for the protocol-error check.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { waitForExit } from "../lib/run";

export type Portal = { url: string; output(): string; stop(): Promise<void> };

export async function startPortal(opts: { port: number; dataDir: string; databaseUrl: string; timeoutMs?: number }): Promise<Portal> {
  const url = `http://127.0.0.1:${opts.port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      PORT: String(opts.port),
      SP_DATA_DIR: opts.dataDir,
      DATABASE_URL: opts.databaseUrl,
      NEXTAUTH_URL: url,
      SEED_COMMUNICATIONS: process.env.SEED_COMMUNICATIONS ?? "150",
      // A real PostgreSQL is production to `npm start`: the load test asks for the demo data and gives
      // the session secret a production start requires.
      ...(opts.databaseUrl ? { SP_DEMO: "1", NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("base64url") } : {}),
    },
  });
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr.on("data", (c: Buffer) => (output += c.toString()));
  let stopped: Promise<void> | null = null;
  const portal: Portal = {
    url,
    output: () => output,
    stop() {
      stopped ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = waitForExit(child);
        child.kill("SIGTERM");
        const force = setTimeout(() => child.kill("SIGKILL"), 30_000);
        await exited;
        clearTimeout(force);
      })();
      return stopped;
    },
  };
  const deadline = performance.now() + (opts.timeoutMs ?? 300_000);
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with code ${child.exitCode}:\n${output.slice(-4000)}`);
    if (output.includes("SP Portal: http")) {
      try {
        const res = await fetch(`${url}/`, { signal: AbortSignal.timeout(10_000), redirect: "manual" });
        await res.arrayBuffer();
        if (res.status === 200) return portal;
      } catch {
        // not listening yet
      }
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await portal.stop();
  throw new Error(`npm start did not answer in time:\n${output.slice(-4000)}`);
}
