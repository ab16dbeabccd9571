// npm run backup [-- <directory>]   every row and every stored file of the portal into a new directory
// npm run restore -- <directory> [--replace]   into an empty database (DATABASE_URL, else the embedded one)
// Both use DATABASE_URL when set, else the embedded database under .data (stop `npm start` first: one
// process at a time owns it). Stored files: FILES_DIR, else .data/files. See lib/db/backup.ts.
import path from "node:path";
import { openDatabase } from "../lib/db/connection";
import { backupPortal, restorePortal } from "../lib/db/backup";
import { DATA_DIR } from "../lib/db/data-dir";

const [command, ...rest] = process.argv.slice(2);
const args = rest.filter((a) => !a.startsWith("--"));
const filesDir = path.resolve(process.env.FILES_DIR ?? path.join(DATA_DIR, "files"));

const db = await openDatabase();
try {
  if (command === "backup") {
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const outDir = path.resolve(args[0] ?? path.join("backups", `sp-portal-${stamp}`));
    await backupPortal({ connectionString: db.connectionString, filesDir, outDir, log: console.log });
  } else if (command === "restore") {
    if (!args[0]) throw new Error("Usage: npm run restore -- <backup directory> [--replace]");
    await restorePortal({
      connectionString: db.connectionString,
      filesDir,
      inDir: path.resolve(args[0]),
      replace: rest.includes("--replace"),
      log: console.log,
    });
  } else {
    throw new Error("Usage: tsx scripts/backup.ts backup [dir] | restore <dir> [--replace]");
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  await db.stop();
}
