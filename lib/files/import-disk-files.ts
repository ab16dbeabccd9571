import { existsSync } from "node:fs";
import { readdir, readFile, rename, stat } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

// Files stored on disk by earlier versions (FILES_DIR, default .data/files, as root/ab/cd/<key>) are
// moved into PostgreSQL (table stored_files, lib/files/storage.ts) once, at start (npm start, through
// scripts/lib/prepare-database.ts): each under its own key, with its modification time, in one
// transaction (a file already there is left as it is). The folder is then renamed <folder>-imported
// and never deleted. Not done when SP_FILE_STORE=disk keeps files on disk.

const KEY_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function* diskFiles(root: string): AsyncIterable<{ key: string; file: string }> {
  const list = (dir: string) => readdir(dir).catch(() => [] as string[]);
  for (const first of await list(root))
    for (const second of await list(path.join(root, first)))
      for (const name of await list(path.join(root, first, second)))
        if (KEY_PATTERN.test(name)) yield { key: name, file: path.join(root, first, second, name) };
}

export async function importDiskFiles({
  connectionString,
  dir,
  log = console.log,
}: {
  connectionString: string;
  dir: string;
  log?: (msg: string) => void;
}): Promise<{ imported: number; renamedTo: string | null }> {
  if (process.env.SP_FILE_STORE === "disk" || !existsSync(dir)) return { imported: 0, renamedTo: null };
  const client = new pg.Client({ connectionString });
  await client.connect();
  let imported = 0;
  try {
    await client.query("BEGIN");
    for await (const { key, file } of diskFiles(dir)) {
      const info = await stat(file);
      if (!info.isFile()) continue;
      const bytes = await readFile(file);
      const r = await client.query(
        `INSERT INTO stored_files (key, bytes, size, "createdAt") VALUES ($1, $2, $3, ($4::timestamptz AT TIME ZONE 'UTC')) ON CONFLICT (key) DO NOTHING`,
        [key, bytes, bytes.byteLength, info.mtime.toISOString()],
      );
      imported += r.rowCount ?? 0;
    }
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
  let renamedTo = `${dir}-imported`;
  for (let i = 2; existsSync(renamedTo); i++) renamedTo = `${dir}-imported-${i}`;
  await rename(dir, renamedTo);
  log(`Moved ${imported} stored file(s) from ${dir} into the database (the folder is now ${renamedTo}).`);
  return { imported, renamedTo };
}
