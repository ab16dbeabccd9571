import { createPrismaClient } from "../../lib/db/create-client";
import { migrateDatabase } from "../../lib/db/migrate";
import { importDiskFiles } from "../../lib/files/import-disk-files";
import { filesDirFromEnv } from "../../lib/files/files-dir";
import { seedDatabase } from "../../prisma/seed/index";

/** Applies pending migrations, then seeds demo data into an empty database when `demo` says so
 *  (lib/server/production-config.ts wantsDemoData). */
export async function prepareDatabase(
  connectionString: string,
  { demo, log = console.log }: { demo: boolean; log?: (msg: string) => void },
) {
  const applied = await migrateDatabase(connectionString);
  log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
  // Files an earlier version kept on disk go into the database, where every instance reads them.
  await importDiskFiles({ connectionString, dir: filesDirFromEnv(), log });
  if (!demo) {
    const prisma = createPrismaClient(connectionString, 1);
    try {
      if ((await prisma.user.count()) === 0)
        log("No accounts yet. Create the first administrator: npm run admin:create -- --email you@example.org");
    } finally {
      await prisma.$disconnect();
    }
    return;
  }
  const prisma = createPrismaClient(connectionString, 2);
  try {
    if ((await prisma.user.count()) > 0) return;
    log("Empty database: seeding demo data…");
    const communications = Number(process.env.SEED_COMMUNICATIONS ?? 400);
    const result = await seedDatabase(prisma, { communications, log });
    // Fresh statistics and visibility map after a bulk load: the embedded database has no autovacuum,
    // and without them the planner falls back to sequential scans for counts.
    await prisma.$executeRawUnsafe("VACUUM ANALYZE");
    log(`Seeded: ${JSON.stringify(result.counts)}`);
  } finally {
    await prisma.$disconnect();
  }
}
