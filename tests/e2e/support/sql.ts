import { readFileSync } from "node:fs";
import pg from "pg";
import { E2E_PORT } from "../../../playwright.config";
import { e2eDatabaseUrlFile } from "./database";

/** The browser-test server's database (scripts/e2e-server.ts writes where it is). */
export function e2eDatabaseUrl(): string {
  return readFileSync(e2eDatabaseUrlFile(E2E_PORT), "utf8");
}

/** One statement on the browser-test server's database, on a connection of its own; its rows. */
export async function e2eSql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}
