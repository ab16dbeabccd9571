import { expect, type Browser } from "@playwright/test";
import { signInViaApi } from "./session";
import en from "../../../lib/i18n/messages/core/en.json" with { type: "json" };
import accounts from "../../../lib/i18n/messages/accounts/en.json" with { type: "json" };
import access from "../../../lib/i18n/messages/access/en.json" with { type: "json" };
import { linkIn, waitForMail } from "./mailbox";
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
  await form.getByRole("button", { name: en.users.submit }).click();
  await expect(form.getByRole("status")).toHaveText(accounts.userInvitations.created);
  // The person sets the password through the invitation link the admin is shown once.
  const link = new URL(await form.getByTestId("invitation-link").inputValue()).pathname;
  await page.context().close();
  await acceptInvitation(browser, link, password);
  return email;
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
 * A secretariat or admin account of the test's own, made as a real one is (issue 12): the demo admin
 * asks for it on the users page, the demo secretariat approves the role (four eyes), and the person
 * sets the password through the invitation mailed on approval. Its second factor is not enrolled yet.
 */
export async function createStaffAccount(
  browser: Browser,
  {
    prefix,
    password,
    role = "SECRETARIAT",
    name = `Officer ${prefix}`,
  }: { prefix: string; password: string; role?: "SECRETARIAT" | "ADMIN"; name?: string },
): Promise<string> {
  const admin = account("ADMIN");
  const page = await (await browser.newContext()).newPage();
  await signInViaApi(page, admin.email, admin.password);
  await page.goto("/portal/admin/users");
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: en.users.submit }) });
  const email = `${prefix}.${Date.now()}@ohchr.example`;
  await form.getByLabel(en.users.name).fill(name);
  await form.getByLabel(en.users.email).fill(email);
  await form.getByLabel(en.users.role).selectOption(role);
  await form.getByRole("button", { name: en.users.submit }).click();
  await expect(form.getByText(access.roleGrants.pendingCreated)).toBeVisible();
  await page.context().close();

  const secretariat = account("SECRETARIAT");
  const approver = await (await browser.newContext()).newPage();
  await signInViaApi(approver, secretariat.email, secretariat.password);
  await approver.goto("/portal/role-requests");
  const pending = approver.getByTestId("pending-grant").filter({ hasText: email });
  await pending.getByRole("button", { name: access.roleGrants.approve }).click();
  await expect(approver.getByTestId("pending-grant").filter({ hasText: email })).toHaveCount(0);
  await approver.context().close();

  await acceptInvitation(browser, linkIn(await waitForMail(email), "/invitation/"), password);
  return email;
}
