// The server the browser tests run against: a fresh database made for this run (dropped on exit),
// migrated and seeded, behind the existing production build, and a real SMTP server on 127.0.0.1 that
// the portal's mail worker delivers to; each mail it receives is written to a file that specs read
// (tests/e2e/support/mailbox.ts).
import { randomBytes } from "node:crypto";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { createTestDatabase } from "../lib/db/test-database";
import { prepareDatabase } from "./lib/prepare-database";
import { wantsDemoData } from "../lib/server/production-config";
import { runServer, waitForExit } from "./lib/run";
import { e2eDatabaseUrlFile } from "../tests/e2e/support/database";
import { OIDC_TEST_CLIENT, oidcTestIssuer } from "../tests/e2e/support/oidc";
import { e2eMailDir } from "../tests/e2e/support/mail-dir";

const port = Number(process.env.PORT ?? 3100);
const db = await createTestDatabase({ prefix: "sp_e2e", migrate: false });
process.env.SEED_COMMUNICATIONS ??= "150";
// The browser tests sign in as the demo accounts: their database is a demo one by definition.
await prepareDatabase(db.connectionString, { demo: wantsDemoData({ embedded: true, env: process.env }) });

// Browser tests that run a command against this server's database (admin:create) find it here.
writeFileSync(e2eDatabaseUrlFile(port), db.connectionString, { mode: 0o600 });

const mailDir = e2eMailDir(port);
rmSync(mailDir, { recursive: true, force: true });
mkdirSync(mailDir, { recursive: true, mode: 0o700 });
let received = 0;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      const mail = { rcptTo: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), raw: Buffer.concat(chunks).toString("utf8") };
      // Written whole, then renamed: a spec never reads half a mail.
      const name = `${Date.now()}-${String(++received).padStart(6, "0")}.json`;
      writeFileSync(path.join(mailDir, `.${name}`), JSON.stringify(mail));
      renameSync(path.join(mailDir, `.${name}`), path.join(mailDir, name));
      callback();
    });
  },
});
await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
const smtpPort = (smtp.server.address() as AddressInfo).port;

const child = runServer(
  { port },
  {
    ...process.env,
    DATABASE_URL: db.connectionString,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: `http://localhost:${port}`,
    SP_DB_POOL: "10",
    SP_TEST_CLOCK: "1",
    // As behind one reverse proxy: a spec may then speak from an address of its own (X-Forwarded-For),
    // e.g. to reach the anonymous-form throttle's limit without holding back every other spec. Requests
    // without that header keep the socket's address.
    SP_TRUSTED_PROXIES: "1",
    // Single sign-on against the test provider Playwright starts (tests/e2e/support/oidc-provider.ts).
    // Its button gets a label of its own: the specs' "Sign in" button must stay the only one so named.
    OIDC_ISSUER: oidcTestIssuer(),
    OIDC_CLIENT_ID: OIDC_TEST_CLIENT.id,
    OIDC_CLIENT_SECRET: OIDC_TEST_CLIENT.secret,
    OIDC_NAME: "OHCHR account (test identity provider)",
    // Mail goes to the SMTP server above; a spec's mail (an urgent one, or any in business hours) is
    // sent when its action nudges the mail job (lib/jobs), and at the latest at the next minute's tick.
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  },
);

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (child.exitCode === null) {
    child.kill("SIGTERM");
    await waitForExit(child);
  }
  rmSync(e2eDatabaseUrlFile(port), { force: true });
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  rmSync(mailDir, { recursive: true, force: true });
  await db.drop().catch(() => {});
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
await stop(await waitForExit(child));
