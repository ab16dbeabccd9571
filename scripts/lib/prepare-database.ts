import { createPrismaClient } from "../../lib/db/create-client";
import { migrateDatabase } from "../../lib/db/migrate";
import { seedDatabase } from "../../prisma/seed/index";

/** Applies pending migrations, then seeds demo data into an empty database (SP_SEED=0 skips). */
export async function prepareDatabase(connectionString: string, log = console.log) {
  const applied = await migrateDatabase(connectionString);
  log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
  if (process.env.SP_SEED === "0") return;
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
