import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { expect } from "./test";
import { E2E_PORT } from "../../../playwright.config";
import { e2eMailDir } from "./mail-dir";

// The mails the portal sent through the browser-test server's SMTP server (scripts/e2e-server.ts).

export type ReceivedMail = { to: string[]; subject: string; text: string };

async function mailsTo(address: string): Promise<ReceivedMail[]> {
  const dir = e2eMailDir(E2E_PORT);
  const names = readdirSync(dir)
    .filter((n) => n.endsWith(".json") && !n.startsWith("."))
    .sort();
  const out: ReceivedMail[] = [];
  for (const name of names) {
    const { rcptTo, raw } = JSON.parse(readFileSync(path.join(dir, name), "utf8")) as { rcptTo: string[]; raw: string };
    if (!rcptTo.includes(address.toLowerCase())) continue;
    const parsed = await simpleParser(raw);
    out.push({ to: rcptTo, subject: parsed.subject ?? "", text: parsed.text ?? "" });
  }
  return out;
}

/**
 * Waits for the `count`-th mail to `address` (the first by default), with `subject` when given, and
 * returns it. Use an address of the spec's own: mails are matched by recipient (and subject) only.
 */
export async function waitForMail(
  address: string,
  { count = 1, subject, timeout = 30_000 }: { count?: number; subject?: string; timeout?: number } = {},
): Promise<ReceivedMail> {
  let mails: ReceivedMail[] = [];
  await expect
    .poll(
      async () => {
        mails = (await mailsTo(address)).filter((m) => subject === undefined || m.subject === subject);
        return mails.length;
      },
      { timeout, message: `mail number ${count} to ${address}` },
    )
    .toBeGreaterThanOrEqual(count);
  return mails[count - 1]!;
}

/** How many mails reached `address` so far. */
export async function mailCount(address: string): Promise<number> {
  return (await mailsTo(address)).length;
}

/** The path of the first link to `route` (e.g. "/reset-password/") in a mail's text. */
export function linkIn(mail: ReceivedMail, route: string): string {
  const url = mail.text.match(new RegExp(`https?://\\S+${route.replace(/\//g, "\\/")}[A-Za-z0-9_-]+`))?.[0];
  expect(url, mail.text).toBeTruthy();
  return new URL(url!).pathname;
}
