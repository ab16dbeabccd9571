import { expect, test } from "../support/test";
import { createOwnAccount, ownAddress } from "../support/accounts";
import { expectAccessible, signInViaForm } from "../support/session";
import { linkIn, mailCount, waitForMail } from "../support/mailbox";
import core from "../../../lib/i18n/messages/core/en.json" with { type: "json" };
import en from "../../../lib/i18n/messages/accounts/en.json" with { type: "json" };
import fr from "../../../lib/i18n/messages/accounts/fr.json" with { type: "json" };
import es from "../../../lib/i18n/messages/accounts/es.json" with { type: "json" };

// "Forgot your password?" end to end: the link travels through the real SMTP server of the test
// server (scripts/e2e-server.ts). Its own account, since a reset ends every session of the account.
const PASSWORD = "Reset-test-passphrase-2026";
const NEW_PASSWORD = "Reset-test-new-passphrase-2026";
const WORKSPACE = "/portal/civil-society";
const t = en.passwordReset;

test("a forgotten password is reset through the mailed link, once; every session ends and nobody is signed in", async ({ browser }) => {
  test.setTimeout(180_000);
  const email = await createOwnAccount({ prefix: "reset", password: PASSWORD });

  // A browser signed in to the account before the reset.
  const before = await (await browser.newContext()).newPage();
  await signInViaForm(before, email, PASSWORD);
  await expect(before).toHaveURL(new RegExp(`${WORKSPACE}$`));

  // A visitor with an address of its own: open forms are throttled per address.
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ownAddress() } });
  const page = await context.newPage();
  await page.goto("/signin");
  await page.getByRole("link", { name: t.forgotLink }).click();
  await expect(page).toHaveURL(/\/reset-password$/);
  await expect(page.getByRole("heading", { name: t.requestHeading })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel(t.email).fill("not an address");
  await page.getByRole("button", { name: t.request }).click();
  await expect(page.getByText(core.signIn.emailInvalid)).toBeVisible();

  // An address no account uses gets the very same answer, and no mail.
  const unknown = `nobody.${Date.now()}@nowhere.example`;
  await page.getByLabel(t.email).fill(unknown);
  await page.getByRole("button", { name: t.request }).click();
  await expect(page.getByRole("status")).toHaveText(t.sent);

  await page.goto("/reset-password");
  await page.getByLabel(t.email).fill(email.toUpperCase());
  await page.getByRole("button", { name: t.request }).click();
  await expect(page.getByRole("status")).toHaveText(t.sent);

  const mail = await waitForMail(email, { subject: en.accountMail.resetSubject });
  const link = linkIn(mail, "/reset-password/");
  expect(await mailCount(unknown)).toBe(0);

  await page.goto(link);
  await expect(page.getByRole("heading", { name: t.heading })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("textbox", { name: t.newPassword, exact: true }).fill("short");
  await page.getByRole("textbox", { name: t.confirmPassword, exact: true }).fill("short");
  await page.getByRole("button", { name: t.submit }).click();
  await expect(page.getByText(core.users.passwordTooShort)).toBeVisible();
  await page.getByRole("textbox", { name: t.newPassword, exact: true }).fill(NEW_PASSWORD);
  await page.getByRole("textbox", { name: t.confirmPassword, exact: true }).fill(NEW_PASSWORD);
  await page.getByRole("button", { name: t.submit }).click();
  await expect(page.getByRole("status")).toHaveText(t.done);

  // Not signed in by the reset (a second factor, if any, still applies), and the old session is over.
  await page.goto(WORKSPACE);
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  await before.goto(WORKSPACE);
  await expect(before).toHaveURL(/\/signin\?callbackUrl=/);

  // The link worked once; the way to ask for a new one is offered.
  await page.goto(link);
  await expect(page.getByText(t.invalid)).toBeVisible();
  await page.getByRole("link", { name: t.askAgain }).click();
  await expect(page).toHaveURL(/\/reset-password$/);

  // The old password no longer opens the account; the new one does.
  await signInViaForm(page, email, PASSWORD);
  await expect(page.getByText(core.signIn.failed)).toBeVisible();
  await signInViaForm(page, email, NEW_PASSWORD);
  await expect(page).toHaveURL(new RegExp(`${WORKSPACE}$`));
  await before.context().close();
  await context.close();
});

for (const [locale, messages] of [
  ["fr-CH", fr],
  ["es-ES", es],
] as const) {
  test(`the password-reset pages speak the browser's language (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto("/signin");
    await page.getByRole("link", { name: messages.passwordReset.forgotLink }).click();
    await expect(page.getByRole("heading", { name: messages.passwordReset.requestHeading })).toBeVisible();
    await expect(page.getByRole("button", { name: messages.passwordReset.request })).toBeVisible();
    await page.goto(`/reset-password/${"x".repeat(43)}`);
    await expect(page.getByRole("heading", { name: messages.passwordReset.heading })).toBeVisible();
    await expect(page.getByText(messages.passwordReset.invalid)).toBeVisible();
    await expect(page.getByRole("link", { name: messages.passwordReset.askAgain })).toBeVisible();
    await context.close();
  });
}
