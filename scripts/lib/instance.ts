// One more instance of the portal from the existing production build, on a database that is
// already migrated (e.g. another instance's): for tests of several instances on one PostgreSQL
// (tests/e2e/deploy/two-instances.spec.ts) and harnesses that put a proxy in front of several.
// Resolves once the instance answers /readyz with 200 (lib/core/health.ts).
import { randomBytes } from "node:crypto";
import type { ChildProcess } from "node:child_process";
import { runServer, waitForExit } from "./run";

export type Instance = { url: string; child: ChildProcess; output: () => string; stop(): Promise<void> };

export async function startInstance({
  port,
  databaseUrl,
  env = {} as Record<string, string | undefined>,
  timeoutMs = 120_000,
}: {
  port: number;
  databaseUrl: string;
  /** More environment (e.g. the first instance's NEXTAUTH_SECRET to share sessions). */
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
}): Promise<Instance> {
  const url = `http://localhost:${port}`;
  const child = runServer(
    { port, stdio: "pipe" },
    {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: url,
      SP_DB_POOL: "4",
      ...env,
    },
  );
  let log = "";
  child.stdout?.on("data", (c: Buffer) => (log += c.toString()));
  child.stderr?.on("data", (c: Buffer) => (log += c.toString()));
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await waitForExit(child);
    }
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The instance on port ${port} exited (${child.exitCode}):\n${log}`);
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) return { url, child, output: () => log, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The instance on port ${port} was not ready within ${timeoutMs} ms:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
