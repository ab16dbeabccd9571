import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { MIGRATIONS_DIR } from "@/lib/db/migrate";
import { applyMigrations, readMigrations } from "@/lib/db/schema-engine";

/**
 * A new test database with every migration up to, not including, the one whose name ends in
 * `_<migration>` (applied from a copy of the folder), for a test of what that migration does to rows
 * written before it. `drop()` removes the database and the copy.
 */
export async function databaseBeforeMigration(
  migration: string,
  { prefix }: { prefix: string },
): Promise<{ db: TestDatabase; drop: () => Promise<void> }> {
  const db = await createTestDatabase({ prefix, migrate: false });
  const dir = mkdtempSync(path.join(os.tmpdir(), "sp-migrations-"));
  const drop = async () => {
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const all = await readMigrations(MIGRATIONS_DIR);
    const index = all.findIndex((m) => m.name.endsWith(`_${migration}`));
    if (index < 1) throw new Error(`No migration _${migration} after a first one`);
    for (const m of all.slice(0, index)) cpSync(path.join(MIGRATIONS_DIR, m.name), path.join(dir, m.name), { recursive: true });
    cpSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"), path.join(dir, "migration_lock.toml"));
    await applyMigrations({
      connectionString: db.connectionString,
      schemaPath: path.join(dir, all[index - 1]!.name, "schema.prisma"),
      migrationsDir: dir,
    });
    return { db, drop };
  } catch (err) {
    await drop();
    throw err;
  }
}
