import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { expect, type Browser } from "@playwright/test";
import { E2E_PORT } from "../../../playwright.config";
import { hashPassword } from "../../../lib/auth/password";
import { e2eDatabaseUrlFile } from "./database";
import en from "../../../lib/i18n/messages/core/en.json" with { type: "json" };
import { DEMO_ACCOUNTS } from "../../../prisma/seed/users";

export { DEMO_ACCOUNTS };
export function account(role: (typeof DEMO_ACCOUNTS)[number]["role"], email?: string) {
  const found = DEMO_ACCOUNTS.find((a) => a.role === role && (!email || a.email === email));
  if (!found) throw new Error(`No demo account for ${role}`);
  return found;
}

/**
 * An account of the test's own, written straight into the test server's database with its password
 * set: for tests that lock it out, end its sessions or change its factors, which must touch no account
 * another test uses, and whose subject is not how an account is made. Making one as a real one is made
 * (the users page, four eyes, the mailed invitation) is the subject of admin/users.spec.ts,
 * auth/invitation.spec.ts and access/mission-admin.spec.ts; here it would cost each test a dozen pages.
 */
async function insertAccount({
  email,
  name,
  role,
  password,
  organisation = null,
}: {
  email: string;
  name: string;
  role: "CIVIL_SOCIETY" | "SECRETARIAT" | "ADMIN";
  password: string;
  organisation?: string | null;
}): Promise<string> {
  const client = new pg.Client({ connectionString: readFileSync(e2eDatabaseUrlFile(E2E_PORT), "utf8") });
  await client.connect();
  try {
    await client.query(
      `insert into "User" ("id", "email", "name", "passwordHash", "role", "organisation", "updatedAt")
       values (gen_random_uuid(), $1, $2, $3, $4::"Role", $5, now())`,
      [email, name, await hashPassword(password), role, organisation],
    );
  } finally {
    await client.end();
  }
  return email;
}

/** A civil-society account of the test's own (see insertAccount), with its password set. */
export async function createOwnAccount({ prefix, password }: { prefix: string; password: string }): Promise<string> {
  return insertAccount({
    email: `${prefix}.${Date.now()}.${randomBytes(3).toString("hex")}@ngo.example`,
    name: `Test ${prefix}`,
    role: "CIVIL_SOCIETY",
    password,
    organisation: "Test Network",
  });
}

/**
 * Sets a password through an invitation link, in a browser with no session. It speaks from an
 * address of its own (X-Forwarded-For, see scripts/e2e-server.ts): open forms are throttled per
 * address, and the other specs' visitors must not be held back by this one.
 */
export async function acceptInvitation(browser: Browser, link: string, password: string): Promise<void> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ownAddress() } });
  const page = await context.newPage();
  await page.goto(link);
  await page.getByRole("textbox", { name: en.invitation.newPassword, exact: true }).fill(password);
  await page.getByRole("textbox", { name: en.invitation.confirmPassword, exact: true }).fill(password);
  await page.getByRole("button", { name: en.invitation.submit }).click();
  await expect(page.getByRole("status")).toHaveText(en.invitation.accepted);
  await context.close();
}

/** A client address of the caller's own (198.18.0.0/15, set aside for tests), to send as X-Forwarded-For. */
export function ownAddress(): string {
  const n = Math.floor(Math.random() * 65_536);
  return `198.${18 + (n >> 15)}.${(n >> 8) & 127}.${n & 255}`;
}

/**
 * A secretariat or admin account of the test's own (see insertAccount), with its password set and its
 * second factor not enrolled yet.
 */
export async function createStaffAccount({
  prefix,
  password,
  role = "SECRETARIAT",
  name = `Officer ${prefix}`,
}: {
  prefix: string;
  password: string;
  role?: "SECRETARIAT" | "ADMIN";
  name?: string;
}): Promise<string> {
  return insertAccount({ email: `${prefix}.${Date.now()}.${randomBytes(3).toString("hex")}@ohchr.example`, name, role, password });
}
