// The production build of the portal for the benchmark: rebuilt when stale (as
// scripts/build-if-stale.ts), then the production server (scripts/serve.ts) on 127.0.0.1 against the benchmark's database.
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { buildIsStale } from "../lib/build";
import { runNext, runServer, waitForExit } from "../lib/run";

export async function buildIfStale(root: string, log: (msg: string) => void): Promise<void> {
  if (!buildIsStale(root)) {
    log("Production build is up to date.");
    return;
  }
  log("Production build is stale or missing: running `next build`…");
  const code = await waitForExit(runNext(["build"], { ...process.env, NODE_ENV: "production" }));
  if (code !== 0) throw new Error(`next build failed (exit code ${code})`);
}

export type Server = { url: string; child: ChildProcess; output: () => string; stop(): Promise<void> };

/** Starts the production server and resolves once it answers HTTP, within `timeoutMs`. */
export async function startServer(opts: { port: number; databaseUrl: string; pool: number; timeoutMs?: number }): Promise<Server> {
  const url = `http://127.0.0.1:${opts.port}`;
  const child = runServer(
    { port: opts.port, hostname: "127.0.0.1", stdio: "pipe" },
    {
      ...process.env,
      DATABASE_URL: opts.databaseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: url,
      SP_DB_POOL: String(opts.pool),
    },
  );
  // The server's output, kept (last 200 lines) to show when something goes wrong.
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split("\n").filter(Boolean));
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);

  const server: Server = {
    url,
    child,
    output: () => lines.join("\n"),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = waitForExit(child);
      child.kill("SIGTERM");
      const killTimer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(killTimer);
    },
  };

  const deadline = Date.now() + (opts.timeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}:\n${server.output()}`);
    try {
      const res = await fetch(`${url}/`, { signal: AbortSignal.timeout(5_000), redirect: "manual" });
      await res.arrayBuffer();
      if (res.status < 500) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await server.stop();
  throw new Error(`the server did not answer within ${(opts.timeoutMs ?? 120_000) / 1000} s:\n${server.output()}`);
}
