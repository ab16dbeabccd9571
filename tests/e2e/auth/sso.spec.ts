// Single sign-on through OpenID Connect (issue 12, item 7), the whole browser flow against a real
// provider that Playwright starts (tests/e2e/support/oidc-provider.ts: `oidc-provider`, its own
// login page). The provider vouches for any login as a verified address, except holder@ (not
// verified) and cosigner@ (a string that is not "true").
import { expect, test, type Page } from "../support/test";
import { account, createStaffAccount } from "../support/accounts";
import { expectAccessible, signInViaApi, signInViaForm } from "../support/session";
import { oidcTestIssuer } from "../support/oidc";
import en from "../../../lib/i18n/messages/core/en.json" with { type: "json" };
import fr from "../../../lib/i18n/messages/core/fr.json" with { type: "json" };
import es from "../../../lib/i18n/messages/core/es.json" with { type: "json" };

const SSO_BUTTON = "OHCHR account (test identity provider)";

/** From the portal's sign-in page through the provider's login page, as `login`. */
async function signInThroughProvider(page: Page, login: string, path = "/signin") {
  await page.goto(path);
  await page.getByRole("button", { name: SSO_BUTTON }).click();
  await expect(page).toHaveURL(new RegExp(`^${oidcTestIssuer().replace(/\./g, "\\.")}/interaction/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password: the test provider accepts it");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

test("the secretariat signs in through the identity provider and lands in the portal", async ({ page }) => {
  const response = await page.goto("/signin");
  // The flow navigates to the provider (no form posts there): the policy needs no exception for it.
  const csp = response?.headers()["content-security-policy"] ?? "";
  expect(csp).toContain("form-action 'self';");
  expect(csp).not.toContain("127.0.0.1");
  await expect(page.getByRole("heading", { name: en.signIn.ssoHeading })).toBeVisible();
  await expectAccessible(page);

  await signInThroughProvider(page, "secretariat@sp-portal.example", "/signin?callbackUrl=%2Fportal%2Faccount");
  await expect(page).toHaveURL(/\/portal\/account$/);
  await expect(page.getByTestId("actor-role")).toHaveText(en.roles.SECRETARIAT);
  // A session like any other: listed under My account, and signing out ends it.
  await expect(page.getByText(en.users.sessionCurrent)).toBeVisible();
  await page.goto("/portal/secretariat");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(en.workspace.secretariat.heading);
  await page.getByRole("link", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/portal/secretariat");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
});

test("an address with no portal account is refused, and nothing is created", async ({ page, browser }) => {
  await signInThroughProvider(page, "nobody.here@sp-portal.example");
  await expect(page).toHaveURL(/\/signin\?error=SsoNoAccount$/);
  await expect(page.locator("main").getByRole("alert")).toHaveText(en.signIn.ssoNoAccount);
  expect((await (await page.request.get("/api/auth/session")).json())?.userId).toBeUndefined();

  const admin = await (await browser.newContext()).newPage();
  await signInViaApi(admin, account("ADMIN").email, account("ADMIN").password);
  await admin.goto("/portal/audit");
  await expect(admin.locator("tbody tr", { hasText: "auth.sign-in-refused" }).first()).toBeVisible();
  await admin.goto("/portal/admin/users");
  await expect(admin.getByText("nobody.here@sp-portal.example")).toHaveCount(0);
  await admin.context().close();
});

test("an address the provider does not vouch for is refused (in French and Spanish too)", async ({ page, browser }) => {
  await signInThroughProvider(page, "holder@sp-portal.example");
  await expect(page).toHaveURL(/\/signin\?error=SsoEmailUnverified$/);
  await expect(page.locator("main").getByRole("alert")).toHaveText(en.signIn.ssoEmailUnverified);

  const frPage = await (await browser.newContext({ locale: "fr-CH" })).newPage();
  await frPage.goto("/signin");
  await expect(frPage.getByRole("heading", { name: fr.signIn.ssoHeading })).toBeVisible();
  await expect(frPage.getByText(fr.signIn.ssoIntro)).toBeVisible();
  await signInThroughProvider(frPage, "cosigner@sp-portal.example");
  await expect(frPage.locator("main").getByRole("alert")).toHaveText(fr.signIn.ssoEmailUnverified);
  await frPage.context().close();

  const esPage = await (await browser.newContext({ locale: "es-ES" })).newPage();
  await signInThroughProvider(esPage, "no.account@sp-portal.example");
  await expect(esPage.locator("main").getByRole("alert")).toHaveText(es.signIn.ssoNoAccount);
  await expect(esPage.getByRole("heading", { name: es.signIn.passwordHeading })).toBeVisible();
  await esPage.context().close();
});

test("after the admin switches an account's password off, the password is refused and single sign-on still works", async ({ browser }) => {
  const password = "the staff member's own password";
  const email = await createStaffAccount({ prefix: "sso.staff", password, name: "Staff Member SSO" });
  const admin = await (await browser.newContext()).newPage();
  await signInViaApi(admin, account("ADMIN").email, account("ADMIN").password);

  // Signed in with the password before the switch (held at the second factor's enrolment, which
  // the role requires: a session all the same).
  const staff = await (await browser.newContext()).newPage();
  await signInViaForm(staff, email, password);
  await expect(staff).toHaveURL(/\/second-factor$/);

  await admin.goto("/portal/admin/users");
  const row = admin.locator("tbody tr", { hasText: email });
  await expect(row).toContainText(en.users.passwordOrSso);
  await row.getByRole("button", { name: en.users.disablePassword }).click();
  await expect(row).toContainText(en.users.ssoOnly);
  await expectAccessible(admin);

  // The password session has ended, and the password no longer signs in (counted, audited).
  await staff.goto("/portal/secretariat");
  await expect(staff).toHaveURL(/\/signin\?callbackUrl=/);
  await signInViaForm(staff, email, password);
  await expect(staff.locator("main").getByRole("alert")).toHaveText(en.signIn.passwordSignInDisabled);
  await expect(staff).toHaveURL(/\/signin/);

  // Single sign-on still works; My account offers no password change.
  await signInThroughProvider(staff, email, "/signin?callbackUrl=%2Fportal%2Faccount");
  await expect(staff).toHaveURL(/\/portal\/account$/);
  await expect(staff.getByText(en.users.passwordSignInDisabledOwn)).toBeVisible();
  await expect(staff.getByLabel(en.users.currentPassword)).toHaveCount(0);
  await expectAccessible(staff);

  await admin.goto("/portal/audit");
  await expect(admin.locator("tbody tr", { hasText: "user.disable-password-sign-in" }).first()).toBeVisible();

  // That first single sign-on linked the account to the provider's person; the admin unlinks it
  // (after confirming), which ends the single sign-on session.
  await admin.goto("/portal/admin/users");
  const linked = admin.locator("tbody tr", { hasText: email });
  await expect(linked).toContainText(en.users.ssoLinked);
  await linked.getByRole("button", { name: en.users.ssoUnlink }).click();
  await admin.getByRole("dialog").getByRole("button", { name: en.users.ssoUnlink }).click();
  await expect(linked).not.toContainText(en.users.ssoLinked);
  await staff.goto("/portal/account");
  await expect(staff).toHaveURL(/\/signin\?callbackUrl=/);
  await staff.context().close();
  await admin.context().close();
});
