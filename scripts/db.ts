// npm run db:migrate | db:new-migration <name> | db:seed | db:reset
import { rmSync } from "node:fs";
import { openDatabase, EMBEDDED_DIR } from "../lib/db/connection";
import { createMigration, migrateDatabase } from "../lib/db/migrate";
import { createPrismaClient } from "../lib/db/create-client";
import { prepareDatabase } from "./lib/prepare-database";
import { wantsDemoData } from "../lib/server/production-config";
import { seedDatabase } from "../prisma/seed/index";

const [command, arg] = process.argv.slice(2);

async function withDb(fn: (url: string) => Promise<void>) {
  const db = await openDatabase();
  try {
    await fn(db.connectionString);
  } finally {
    await db.stop();
  }
}

switch (command) {
  case "migrate":
    await withDb(async (url) => {
      const applied = await migrateDatabase(url);
      console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Nothing to apply.");
    });
    break;
  case "new-migration": {
    if (!arg) throw new Error("Usage: npm run db:new-migration -- <name>");
    const made = await createMigration(arg);
    console.log(made ? `Wrote ${made.dir}` : "The schema matches the migrations: nothing to do.");
    break;
  }
  case "seed":
    await withDb(async (url) => {
      await migrateDatabase(url);
      const prisma = createPrismaClient(url, 2);
      const communications = Number(process.env.SEED_COMMUNICATIONS ?? 400);
      const result = await seedDatabase(prisma, { communications, log: console.log });
      console.log(result.created ? `Seeded: ${JSON.stringify(result.counts)}` : "Sample data already present: nothing added.");
      await prisma.$disconnect();
    });
    break;
  case "reset":
    if (process.env.DATABASE_URL) {
      throw new Error("db:reset only resets the embedded database. For DATABASE_URL, drop and recreate the database yourself.");
    }
    rmSync(EMBEDDED_DIR, { recursive: true, force: true });
    await withDb((url) => prepareDatabase(url, { demo: wantsDemoData({ embedded: true, env: process.env }) }));
    break;
  default:
    console.error("Usage: tsx scripts/db.ts migrate|new-migration <name>|seed|reset");
    process.exit(2);
}
