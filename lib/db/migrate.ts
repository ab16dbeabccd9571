// Migrations: made as a diff between the schema snapshot kept beside the last migration and the
// current schema (no shadow database needed), applied through the WebAssembly schema engine.
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { applyMigrations, diffSchemas, readMigrations } from "./schema-engine";
import { JOBS_SCHEMA } from "./jobs-schema";
import { SEARCH_WORDS_MIGRATION, spaceStoredReplies } from "./search-words";

export const PRISMA_DIR = path.resolve(process.cwd(), "prisma");
export const SCHEMA_PATH = path.join(PRISMA_DIR, "schema.prisma");
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");
const SNAPSHOT = "schema.prisma";

/**
 * Applies Prisma's migrations (schema `public`), then installs or upgrades the job queue's own schema
 * (`graphile_worker`, managed by graphile-worker's migrations: never part of Prisma's, whose diff only
 * reads `public`), so every database — test databases included — can take jobs from its first start.
 */
export async function migrateDatabase(connectionString: string): Promise<string[]> {
  const applied = await applyMigrations({ connectionString, schemaPath: SCHEMA_PATH, migrationsDir: MIGRATIONS_DIR });
  // What a migration's SQL cannot do itself: Chinese words of the replies stored before it.
  if (applied.includes(SEARCH_WORDS_MIGRATION)) await spaceStoredReplies(connectionString);
  await migrateJobQueue(connectionString);
  return applied;
}

export async function migrateJobQueue(connectionString: string): Promise<void> {
  const { runMigrations, Logger } = await import("graphile-worker");
  const quiet = new Logger(() => (level, message) => {
    if (level === "error") console.error(`[jobs] ${message}`);
  });
  await runMigrations({ connectionString, schema: JOBS_SCHEMA, logger: quiet });
}

function timestamp(d = new Date()) {
  return d.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

/** Writes prisma/migrations/<timestamp>_<name>/ with migration.sql and a snapshot of the schema. */
export async function createMigration(name: string): Promise<{ dir: string; sql: string } | null> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error("Migration name: lower-case letters, digits and _ only");
  const migrations = await readMigrations(MIGRATIONS_DIR);
  const last = migrations.at(-1);
  const lastSnapshot = last ? path.join(MIGRATIONS_DIR, last.name, SNAPSHOT) : null;
  if (lastSnapshot && !existsSync(lastSnapshot)) throw new Error(`Missing schema snapshot ${lastSnapshot}`);
  const from = lastSnapshot ? await readFile(lastSnapshot, "utf8") : null;
  const to = await readFile(SCHEMA_PATH, "utf8");
  const sql = await diffSchemas(from, to);
  if (!sql.trim() || /^-- This is an empty migration\.?\s*$/.test(sql.trim())) return null;
  const dir = path.join(MIGRATIONS_DIR, `${timestamp()}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql);
  await copyFile(SCHEMA_PATH, path.join(dir, SNAPSHOT));
  const lock = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  if (!existsSync(lock)) await writeFile(lock, '# Do not edit by hand.\nprovider = "postgresql"\n');
  return { dir, sql };
}
