// `npm run admin:create -- --email someone@example.org [--name "Full Name"]`: the first administrator
// of a database that has none (production starts with no accounts). Prints a single-use link, valid
// 72 hours, where that person sets their own password; run it again for a new link while the account
// has never been signed in to.
import { parseArgs } from "node:util";
import { openDatabase } from "../lib/db/connection";
import { migrateDatabase } from "../lib/db/migrate";
import { allowServerOnlyImports } from "./lib/server-only";

const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
allowServerOnlyImports();
const { inviteAdmin, inviteAdminSchema } = await import("../lib/users/invite-admin");
const parsed = inviteAdminSchema.safeParse({ email: values.email ?? "", name: values.name ?? "Administrator" });
if (!parsed.success) {
  console.error('Usage: npm run admin:create -- --email someone@example.org [--name "Full Name"] (a valid email is required)');
  process.exit(2);
}

const db = await openDatabase();
let code = 0;
try {
  await migrateDatabase(db.connectionString);
  process.env.DATABASE_URL = db.connectionString;
  const { token, expiresAt } = await inviteAdmin({ input: parsed.data });
  const base = (process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");
  console.log(`Administrator ${parsed.data.email}: send this link to that person only. It works once, until ${expiresAt.toISOString()}:`);
  console.log(`${base}/invitation/${token}`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  code = 1;
} finally {
  const { closeDb } = await import("../lib/db/client");
  await closeDb().catch(() => undefined);
  await db.stop();
}
process.exit(code);
