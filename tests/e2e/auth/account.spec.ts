import { expect, test, type Page } from "../support/test";
import { createOwnAccount } from "../support/accounts";
import { expectAccessible, signInViaForm } from "../support/session";
import en from "../../../lib/i18n/messages/core/en.json" with { type: "json" };

// A civil-society account of the test's own: its password changes, which no other test may meet.
const PASSWORD = "Civil-own-2026-passphrase";
const u = en.users;
const NEW_PASSWORD = "Civil-changed-2026-passphrase";

async function changePassword(page: Page, current: string, next: string, confirm = next) {
  await page.getByRole("textbox", { name: u.currentPassword, exact: true }).fill(current);
  await page.getByRole("textbox", { name: u.newPassword, exact: true }).fill(next);
  await page.getByRole("textbox", { name: u.confirmPassword, exact: true }).fill(confirm);
  await page.getByRole("button", { name: u.changePassword }).click();
}

test("a signed-in user changes their own password; the old one no longer signs in, the new one does", async ({ page }) => {
  const CIVIL = { email: await createOwnAccount({ prefix: "own.password", password: PASSWORD }), password: PASSWORD };
  await signInViaForm(page, CIVIL.email, CIVIL.password);
  await page.getByRole("link", { name: en.nav.myAccount }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(u.accountHeading);
  await expect(page.getByText(CIVIL.email)).toBeVisible();
  await expectAccessible(page);

  // Wrong current password, then two new ones that differ: clear errors, nothing changed.
  await changePassword(page, "not-my-password", NEW_PASSWORD);
  await expect(page.getByText(u.currentPasswordWrong)).toBeVisible();
  await changePassword(page, CIVIL.password, NEW_PASSWORD, `${NEW_PASSWORD}!`);
  await expect(page.getByText(u.passwordsDiffer)).toBeVisible();

  await changePassword(page, CIVIL.password, NEW_PASSWORD);
  await expect(page.locator("main").getByRole("status")).toHaveText(u.passwordChanged);

  // Signed out, the old password is refused and the new one works.
  await page.context().clearCookies();
  await signInViaForm(page, CIVIL.email, CIVIL.password);
  await expect(page.locator("main").getByRole("alert")).toHaveText(en.signIn.failed);
  await signInViaForm(page, CIVIL.email, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/portal\/civil-society$/);
});
