import { expect, type Browser } from "@playwright/test";
import { signInViaApi } from "./session";
import en from "../../../lib/i18n/messages/core/en.json" with { type: "json" };
import { DEMO_ACCOUNTS } from "../../../prisma/seed/users";

export { DEMO_ACCOUNTS };
export function account(role: (typeof DEMO_ACCOUNTS)[number]["role"], email?: string) {
  const found = DEMO_ACCOUNTS.find((a) => a.role === role && (!email || a.email === email));
  if (!found) throw new Error(`No demo account for ${role}`);
  return found;
}

/**
 * A civil-society account of the test's own, created by the demo admin through the users page: for
 * tests that lock it out or end its sessions, which must touch no account another test uses.
 */
export async function createOwnAccount(browser: Browser, { prefix, password }: { prefix: string; password: string }): Promise<string> {
  const admin = account("ADMIN");
  const page = await (await browser.newContext()).newPage();
  await signInViaApi(page, admin.email, admin.password);
  await page.goto("/portal/admin/users");
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: en.users.submit }) });
  const email = `${prefix}.${Date.now()}@ngo.example`;
  await form.getByLabel(en.users.name).fill(`Test ${prefix}`);
  await form.getByLabel(en.users.email).fill(email);
  await form.getByLabel(en.users.role).selectOption("CIVIL_SOCIETY");
  await form.getByLabel(en.users.organisation).fill("Test Network");
  await form.getByLabel(en.users.password).fill(password);
  await form.getByRole("button", { name: en.users.submit }).click();
  await expect(form.getByRole("status")).toHaveText(en.users.created);
  await page.context().close();
  return email;
}
