import { expect, test } from "../support/test";
import { account, ownAddress } from "../support/accounts";
import { expectAccessible, signInViaApi, signInViaForm } from "../support/session";
import { linkIn, waitForMail } from "../support/mailbox";
import en from "../../../lib/i18n/messages/core/en.json" with { type: "json" };
import accounts from "../../../lib/i18n/messages/accounts/en.json" with { type: "json" };
import fr from "../../../lib/i18n/messages/accounts/fr.json" with { type: "json" };

const t = accounts.userInvitations;

test("the admin adds a user without typing a password: bad input is explained, the invitation is mailed and accepted", async ({
  page,
  browser,
}) => {
  const admin = account("ADMIN");
  await signInViaApi(page, admin.email, admin.password);
  await page.goto("/portal/admin/users");
  await expectAccessible(page);

  const form = page.locator("form").filter({ has: page.getByRole("button", { name: en.users.submit }) });
  await expect(form.getByLabel(/password/i)).toHaveCount(0);
  const email = `new.mission.${Date.now()}@missions.example`;
  await form.getByLabel(en.users.name).fill("Aiko Tanaka");
  await form.getByLabel(en.users.email).fill(email);
  await form.getByLabel(en.users.role).selectOption("STATE");
  await form.getByLabel(t.language).selectOption("fr");
  await form.getByRole("button", { name: en.users.submit }).click();

  await expect(form.getByRole("alert")).toHaveText(en.errors.invalidInput);
  await expect(form.getByText(en.users.stateRequired)).toBeVisible();
  await expect(form.getByLabel(en.users.name)).toHaveValue("Aiko Tanaka");
  await expect(form.getByLabel(en.users.email)).toHaveValue(email);
  await expect(form.getByLabel(en.users.role)).toHaveValue("STATE");
  await expect(form.getByLabel(t.language)).toHaveValue("fr");

  await form.getByLabel(en.users.state).selectOption({ label: "Japan" });
  await form.getByRole("button", { name: en.users.submit }).click();
  await expect(form.getByRole("status")).toHaveText(t.created);
  // Shown once, for where mail may not arrive.
  await expect(form.getByTestId("invitation-link")).toHaveValue(/\/invitation\/[A-Za-z0-9_-]{43}$/);
  await expectAccessible(page);

  await page.goto("/portal/audit");
  // Other tests sign in meanwhile (auth.sign-in entries): find this creation's entry by its email.
  await expect(page.locator("tbody tr", { hasText: email }).first()).toContainText("user.create");

  // The invitation arrives through the SMTP server, in the language chosen for the account.
  const mail = await waitForMail(email);
  expect(mail.subject).toBe(fr.accountMail.invitationSubject);
  expect(mail.text).toContain("Aiko Tanaka");
  const link = linkIn(mail, "/invitation/");

  // The person chooses a password there; the account then works and is bound to its State.
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ownAddress() } });
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByText(email)).toBeVisible();
  await other.getByRole("textbox", { name: en.invitation.newPassword, exact: true }).fill("a sufficiently long password");
  await other.getByRole("textbox", { name: en.invitation.confirmPassword, exact: true }).fill("a sufficiently long password");
  await other.getByRole("button", { name: en.invitation.submit }).click();
  await expect(other.getByRole("status")).toHaveText(en.invitation.accepted);
  await signInViaForm(other, email, "a sufficiently long password");
  await expect(other).toHaveURL(/\/portal\/state$/);
  // Signed in, the portal speaks the account's language (French, chosen above): Japan is "Japon".
  await expect(other.locator("html")).toHaveAttribute("lang", "fr");
  await expect(other.getByTestId("state-name")).toHaveText("Japon");
  await context.close();
});

test("the admin resends an invitation to a pending account: only the new link works", async ({ page, browser }) => {
  const admin = account("ADMIN");
  await signInViaApi(page, admin.email, admin.password);
  await page.goto("/portal/admin/users");
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: en.users.submit }) });
  // SECRETARIAT and holders sort first, then States: an address starting with 0 is on the first page.
  const email = `0.resend.${Date.now()}@missions.example`;
  await form.getByLabel(en.users.name).fill("Resent Person");
  await form.getByLabel(en.users.email).fill(email);
  await form.getByLabel(en.users.role).selectOption("STATE");
  await form.getByLabel(en.users.state).selectOption({ label: "Japan" });
  await form.getByRole("button", { name: en.users.submit }).click();
  await expect(form.getByRole("status")).toHaveText(t.created);
  const first = new URL(await form.getByTestId("invitation-link").inputValue()).pathname;

  await page.reload();
  const row = page.locator("tbody tr", { hasText: email });
  await expect(row).toContainText(t.pending);
  await row.getByRole("button", { name: t.resend }).click();
  await expect(row.getByRole("status")).toHaveText(t.resent);
  const second = new URL(await row.getByTestId("invitation-link").inputValue()).pathname;
  expect(second).not.toBe(first);
  // The mails: the first invitation and the second, whose link is the one shown.
  expect(linkIn(await waitForMail(email, { count: 2 }), "/invitation/")).toBe(second);

  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(first);
  await expect(other.getByText(en.invitation.invalid)).toBeVisible();
  await other.goto(second);
  await expect(other.getByRole("textbox", { name: en.invitation.newPassword, exact: true })).toBeVisible();
  await context.close();
});

test("the admin refuses a duplicate email on the email field", async ({ page }) => {
  const admin = account("ADMIN");
  await signInViaApi(page, admin.email, admin.password);
  await page.goto("/portal/admin/users");
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: en.users.submit }) });
  await form.getByLabel(en.users.name).fill("Duplicate");
  await form.getByLabel(en.users.email).fill("civil@sp-portal.example");
  await form.getByLabel(en.users.role).selectOption("CIVIL_SOCIETY");
  await form.getByRole("button", { name: en.users.submit }).click();
  await expect(form.getByText(en.users.emailTaken)).toBeVisible();
});
