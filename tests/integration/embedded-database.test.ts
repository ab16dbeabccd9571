// The embedded PostgreSQL of `npm start` (issue 19 and the hardening issue): on 127.0.0.1 only, no
// Unix socket, a generated password kept in the data directory and required, the extensions the
// migrations need, and a server left running by a killed `npm start` stopped by the next one.
import { afterAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "sp-embedded-test-"));
const savedEnv = { DATABASE_URL: process.env.DATABASE_URL, SP_DATA_DIR: process.env.SP_DATA_DIR };
delete process.env.DATABASE_URL;
process.env.SP_DATA_DIR = dataDir;
const connection = await import("../../lib/db/connection");

afterAll(() => {
  for (const [k, v] of Object.entries(savedEnv)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

async function query<T extends pg.QueryResultRow>(connectionString: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("the embedded PostgreSQL", () => {
  it("listens on 127.0.0.1 only, with a generated password that it requires", async () => {
    const db = await connection.openDatabase({ log: () => {} });
    try {
      const url = new URL(db.connectionString);
      expect(url.hostname).toBe("127.0.0.1");
      const password = readFileSync(connection.EMBEDDED_PASSWORD_FILE, "utf8").trim();
      expect(password.length).toBeGreaterThanOrEqual(24);
      expect(decodeURIComponent(url.password)).toBe(password);
      if (process.platform !== "win32") expect(statSync(connection.EMBEDDED_PASSWORD_FILE).mode & 0o077).toBe(0);
      const settings = await query<{ name: string; setting: string }>(
        db.connectionString,
        "select name, setting from pg_settings where name in ('listen_addresses', 'unix_socket_directories', 'password_encryption') order by name",
      );
      expect(settings).toEqual([
        { name: "listen_addresses", setting: "127.0.0.1" },
        { name: "password_encryption", setting: "scram-sha-256" },
        { name: "unix_socket_directories", setting: "" },
      ]);
      for (const wrong of ["postgres", ""]) {
        const bad = new URL(db.connectionString);
        bad.password = wrong;
        await expect(query(bad.toString(), "select 1")).rejects.toThrow();
      }
      const extensions = await query<{ name: string }>(
        db.connectionString,
        "select name from pg_available_extensions where name in ('unaccent', 'pg_trgm') order by name",
      );
      expect(extensions.map((e) => e.name)).toEqual(["pg_trgm", "unaccent"]);
    } finally {
      await db.stop();
    }
  });

  it("keeps its data and its password from one start to the next", async () => {
    const first = await connection.openDatabase({ log: () => {} });
    await query(first.connectionString, "create table kept (v text); insert into kept values ('still here')");
    await first.stop();
    const second = await connection.openDatabase({ log: () => {} });
    try {
      expect(new URL(second.connectionString).password).toBe(new URL(first.connectionString).password);
      expect(await query(second.connectionString, "select v from kept")).toEqual([{ v: "still here" }]);
    } finally {
      await second.stop();
    }
  });

  it("stops a server left running by a killed start, then starts", async () => {
    // A process that opens the database and is then killed outright, as a crash or `kill -9` would.
    const script = `const c = await import(${JSON.stringify(path.resolve("lib/db/connection.ts"))}); await c.openDatabase({ log: () => {} }); console.log("open"); setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      env: { ...process.env, SP_DATA_DIR: dataDir },
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on("data", (c: Buffer) => c.toString().includes("open") && resolve());
      child.on("exit", (code) => reject(new Error(`the child exited (${code}) before opening the database`)));
    });
    const pid = Number(readFileSync(path.join(connection.EMBEDDED_DIR, "postmaster.pid"), "utf8").split("\n")[0]);
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    expect(() => process.kill(pid, 0)).not.toThrow(); // the orphaned server still runs

    const messages: string[] = [];
    const db = await connection.openDatabase({ log: (m) => messages.push(m) });
    try {
      expect(messages.join("\n")).toContain(`left running by an earlier start (pid ${pid})`);
      expect(() => process.kill(pid, 0)).toThrow();
      expect(await query(db.connectionString, "select v from kept")).toEqual([{ v: "still here" }]);
    } finally {
      await db.stop();
    }
  });
});
