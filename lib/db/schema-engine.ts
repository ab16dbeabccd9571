// Drives Prisma's schema engine compiled to WebAssembly, so migrations can be made and applied
// without the native engine binary (which cannot be downloaded on air-gapped machines;
// docs/architecture.md, Data and toolchain).
import { readFile, readdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { startEmbeddedDatabase } from "./embedded";

const require = createRequire(import.meta.url);

type Engine = {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};

let wasmReady: Promise<{ SchemaEngine: { new: (...args: unknown[]) => Promise<Engine> } }> | undefined;

function loadWasm() {
  wasmReady ??= (async () => {
    // The engine reports Rust panics through this global; keep the message for the thrown error.
    const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(m: string): void } };
    g.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (m: string) => console.error("[schema-engine panic]", m) };
    const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const bytes = await readFile(path.join(pkgDir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg as never });
    const exports = instance.exports as Record<string, unknown> & { __wbindgen_start: () => void };
    (bg as unknown as { __wbg_set_wasm: (e: unknown) => void }).__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    return bg as unknown as { SchemaEngine: { new: (...args: unknown[]) => Promise<Engine> } };
  })();
  return wasmReady;
}

const SCHEMA_FILE = "schema.prisma";
const NO_FILTER = { externalTables: [], externalEnums: [] };

async function withEngine<T>(schemaText: string, connectionString: string, fn: (engine: Engine) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await loadWasm();
  const log = (msg: string) => {
    if (process.env.SP_DEBUG_SCHEMA_ENGINE) console.error("[schema-engine]", msg);
  };
  // Keep the adapters the engine opens: freeing the engine does not close their pools, and an open
  // session would keep holding the engine's advisory lock.
  const factory = new PrismaPg({ connectionString, max: 1 });
  const opened: { dispose(): Promise<void> }[] = [];
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    opened.push(adapter);
    return adapter;
  };
  const adapter = bindMigrationAwareSqlAdapterFactory(factory as never);
  const engine = await SchemaEngine.new({ datamodels: [[SCHEMA_FILE, schemaText]] }, log, adapter);
  try {
    return await fn(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((a) => a.dispose().catch(() => {})));
  }
}

export type MigrationDir = { name: string; sql: string };

/** Reads prisma/migrations/<timestamp>_<name>/migration.sql in order. */
export async function readMigrations(migrationsDir: string): Promise<MigrationDir[]> {
  if (!existsSync(migrationsDir)) return [];
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const dirs = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(dirs.map(async (name) => ({ name, sql: await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8") })));
}

function migrationList(migrationsDir: string, migrations: MigrationDir[]) {
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? 'provider = "postgresql"\n' : null },
    shadowDbInitScript: "",
    migrationDirectories: migrations.map((m) => ({
      path: m.name,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } },
    })),
  };
}

/** Applies every migration not yet recorded in _prisma_migrations; returns the names applied. */
export async function applyMigrations(opts: { connectionString: string; schemaPath: string; migrationsDir: string }): Promise<string[]> {
  const schemaText = await readFile(opts.schemaPath, "utf8");
  const migrations = await readMigrations(opts.migrationsDir);
  return withEngine(schemaText, opts.connectionString, async (engine) => {
    const out = await engine.applyMigrations({
      migrationsList: migrationList(opts.migrationsDir, migrations),
      filters: NO_FILTER,
    });
    return out.appliedMigrationNames;
  });
}

/** The SQL that turns a database made from `fromSchema` (or an empty one) into `toSchema`. */
export async function diffSchemas(fromSchema: string | null, toSchema: string): Promise<string> {
  // The engine insists on a live connection even for a schema-to-schema diff: lend it a throwaway
  // embedded database (a temporary cluster, under a second to start).
  const scratch = await startEmbeddedDatabase();
  try {
    return await diffWith(scratch.connectionString, fromSchema, toSchema);
  } finally {
    await scratch.stop();
  }
}

async function diffWith(connectionString: string, fromSchema: string | null, toSchema: string): Promise<string> {
  return withEngine(toSchema, connectionString, async (engine) => {
    const target = (content: string) => ({ tag: "schemaDatamodel", files: [{ path: SCHEMA_FILE, content }] });
    const out = await engine.diff({
      from: fromSchema === null ? { tag: "empty" } : target(fromSchema),
      to: target(toSchema),
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return out.stdout ?? "";
  });
}
