import { expect, test, type Browser, type BrowserContext, type Page } from "../support/test";
import { createOwnAccount } from "../support/accounts";
import { expectAccessible, signInViaForm } from "../support/session";
import en from "../../../lib/i18n/messages/core/en.json" with { type: "json" };

// Sessions end on the server: a copy of a session cookie stops working once the session is ended by a
// password change, by "sign out everywhere else" or by signing out. Its own account, so that ending
// sessions touches no other test.
const PASSWORD = "Sessions-test-passphrase-2026";
const NEW_PASSWORD = "Sessions-test-new-passphrase-2026";
const u = en.users;
const WORKSPACE = "/portal/civil-society";

async function signedIn(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInViaForm(page, email, password);
  await expect(page).toHaveURL(new RegExp(`${WORKSPACE}$`));
  return page;
}

/** Another browser holding a copy of `page`'s session cookie (what a thief or a shared computer keeps). */
async function copyOf(browser: Browser, page: Page): Promise<BrowserContext> {
  const session = (await page.context().cookies()).filter((c) => c.name.includes("session-token"));
  expect(session.length, "session cookie").toBeGreaterThan(0);
  const copy = await browser.newContext();
  await copy.addCookies(session);
  return copy;
}

async function expectSignedIn(context: BrowserContext, yes: boolean) {
  const page = await context.newPage();
  await page.goto(WORKSPACE);
  if (yes) await expect(page).toHaveURL(new RegExp(`${WORKSPACE}$`));
  else await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  await page.close();
}

test("a password change, 'sign out everywhere else' and signing out end sessions for every copy of the cookie", async ({ browser }) => {
  test.setTimeout(180_000);
  const email = await createOwnAccount({ prefix: "sessions", password: PASSWORD });
  const laptop = await signedIn(browser, email, PASSWORD);
  const phone = await signedIn(browser, email, PASSWORD);
  const stolen = await copyOf(browser, phone);
  await expectSignedIn(stolen, true);

  // My account lists both browsers, this one marked.
  await laptop.getByRole("link", { name: en.nav.myAccount }).first().click();
  await expect(laptop.getByRole("heading", { name: u.sessionsHeading })).toBeVisible();
  await expect(laptop.getByTestId("own-session")).toHaveCount(2);
  await expect(laptop.locator('[data-testid="own-session"][data-current="true"]')).toContainText(u.sessionCurrent);
  await expectAccessible(laptop);

  // A password change ends the phone's session — and the stolen copy of it — but not this one.
  await laptop.getByRole("textbox", { name: u.currentPassword, exact: true }).fill(PASSWORD);
  await laptop.getByRole("textbox", { name: u.newPassword, exact: true }).fill(NEW_PASSWORD);
  await laptop.getByRole("textbox", { name: u.confirmPassword, exact: true }).fill(NEW_PASSWORD);
  await laptop.getByRole("button", { name: u.changePassword }).click();
  await expect(laptop.getByRole("status").filter({ hasText: u.passwordChanged })).toBeVisible();
  await expectSignedIn(stolen, false);
  await expectSignedIn(phone.context(), false);
  await expectSignedIn(laptop.context(), true);

  // A new sign-in elsewhere; "sign out everywhere else" ends it after a confirmation.
  const office = await signedIn(browser, email, NEW_PASSWORD);
  await laptop.reload();
  await expect(laptop.getByTestId("own-session")).toHaveCount(2);
  await laptop.getByRole("button", { name: u.endOtherSessions }).click();
  await laptop.getByRole("dialog").getByRole("button", { name: u.endOtherSessions }).click();
  await expect(laptop.getByRole("status").filter({ hasText: u.sessionsEnded })).toBeVisible();
  await expectSignedIn(office.context(), false);
  await expect(laptop.getByTestId("own-session")).toHaveCount(1);
  await expect(laptop.getByText(u.noOtherSessions)).toBeVisible();
  await expect(laptop.getByRole("button", { name: u.endOtherSessions })).toBeDisabled();

  // Signing out ends the session itself: a copy taken before is signed out too.
  const copyOfLaptop = await copyOf(browser, laptop);
  await laptop.goto("/signout");
  await laptop.getByRole("button", { name: en.signOut.submit }).click();
  await expect(laptop).toHaveURL(/\/$/);
  await expectSignedIn(copyOfLaptop, false);
});
