import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
export const NEXT_BIN = path.join(path.dirname(require.resolve("next/package.json")), "dist", "bin", "next");

/**
 * The production server (scripts/serve.ts: Next.js behind the public response cache) after `next
 * build`; with `dev`, the same server around Next.js's development server.
 */
export function runServer(
  opts: { port: number; hostname?: string; stdio?: "inherit" | "pipe"; dev?: boolean },
  env: NodeJS.ProcessEnv,
): ChildProcess {
  const serve = fileURLToPath(new URL("../serve.ts", import.meta.url));
  const args = [
    "--import",
    "tsx",
    serve,
    "-p",
    String(opts.port),
    ...(opts.hostname ? ["-H", opts.hostname] : []),
    ...(opts.dev ? ["--dev"] : []),
  ];
  return spawn(process.execPath, args, {
    stdio: opts.stdio === "pipe" ? ["ignore", "pipe", "pipe"] : "inherit",
    env: { ...env, NODE_ENV: opts.dev ? "development" : "production" },
  });
}

export function runNext(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [NEXT_BIN, ...args], { stdio: "inherit", env });
}

export function waitForExit(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
