import os from "node:os";
import path from "node:path";

/** Where scripts/e2e-server.ts leaves the connection string of its database, per port. */
export function e2eDatabaseUrlFile(port: number): string {
  return path.join(os.tmpdir(), `sp-portal-e2e-${port}.database-url`);
}
