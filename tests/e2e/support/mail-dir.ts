import os from "node:os";
import path from "node:path";

/** Where the browser-test server's SMTP server (scripts/e2e-server.ts) leaves each mail it receives, per port. */
export function e2eMailDir(port: number): string {
  return path.join(os.tmpdir(), `sp-portal-e2e-${port}-mail`);
}
