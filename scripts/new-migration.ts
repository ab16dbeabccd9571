import { createMigration } from "../lib/db/migrate";

const name = process.argv[2];
if (!name) {
  console.error("Usage: npm run db:new-migration -- <name>");
  process.exit(2);
}
const made = await createMigration(name);
console.log(made ? `Wrote ${made.dir}` : "The schema matches the migrations: nothing to do.");
