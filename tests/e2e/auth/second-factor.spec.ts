import { expect, test, type Browser, type Page } from "../support/test";
import { account, createOwnAccount, createStaffAccount } from "../support/accounts";
import {
  currentTotpCode,
  expectAccessible,
  wrongTotpCode,
  rememberTotpKey,
  signInViaApi,
  signInViaForm,
  totpKeyOf,
  withUnusedTotpCode,
} from "../support/session";
import en from "../../../lib/i18n/messages/core/en.json" with { type: "json" };
import sfEn from "../../../lib/i18n/messages/second-factor/en.json" with { type: "json" };
import mailEn from "../../../lib/i18n/messages/mail/en.json" with { type: "json" };
import fr from "../../../lib/i18n/messages/core/fr.json" with { type: "json" };
import es from "../../../lib/i18n/messages/core/es.json" with { type: "json" };
import sfFr from "../../../lib/i18n/messages/second-factor/fr.json" with { type: "json" };
import sfEs from "../../../lib/i18n/messages/second-factor/es.json" with { type: "json" };

// The second factor in the browser (issue 12, item 1): TOTP enrolment and sign-in with codes
// computed here, recovery codes used once, passkeys through Chromium's virtual authenticator, the
// enrolment page as the only page of a secretariat user without a factor, and the admin's reset.
const sf = sfEn.secondFactor;
const PASSWORD = "a sufficiently long password";

/** A secretariat user of the test's own, its second factor not enrolled yet. */
function createStaff(prefix: string): Promise<string> {
  return createStaffAccount({ prefix, password: PASSWORD });
}

/** On the enrolment page: reads the key shown, confirms it with a computed code; the key and the recovery codes. */
async function enrolTotp(page: Page): Promise<{ key: string; codes: string[] }> {
  await expect(page.getByRole("img", { name: sf.qrAlt })).toBeVisible();
  const key = ((await page.getByTestId("totp-key").textContent()) ?? "").replace(/\s/g, "");
  expect(key).toMatch(/^[A-Z2-7]{32}$/);
  await page.getByLabel(sf.code).fill(await currentTotpCode(page, key));
  await page.getByRole("button", { name: sf.confirm }).click();
  const list = page.getByTestId("recovery-codes").getByRole("listitem");
  await expect(list).toHaveCount(10);
  await expect(page.getByText(sf.totpEnabledSince.replace(" {date}.", ""))).toBeVisible();
  return { key, codes: await list.allTextContents() };
}

async function signInWithCode(browser: Browser, email: string, code: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(sf.signInCodeIntro)).toBeVisible();
  await page.getByLabel(sf.signInCode).fill(code);
  await page.getByRole("button", { name: sf.signInVerify }).click();
  return page;
}

test("TOTP: enrolment by a first code, then sign-in with a code; a recovery code works once", async ({ page, browser }) => {
  const email = await createOwnAccount({ prefix: "totp", password: PASSWORD });
  await signInViaForm(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/portal\/civil-society$/);
  await page.goto("/portal/account");
  await page.getByRole("link", { name: sf.accountLink }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(sf.heading);
  await expectAccessible(page);

  // A wrong first code (none the portal accepts for the key shown) is refused beside the field.
  const shownKey = ((await page.getByTestId("totp-key").textContent()) ?? "").replace(/\s/g, "");
  await page.getByLabel(sf.code).fill(await wrongTotpCode(page, shownKey));
  await page.getByRole("button", { name: sf.confirm }).click();
  await expect(page.getByText(sf.codeWrong)).toBeVisible();
  const { key, codes } = await enrolTotp(page);
  await expectAccessible(page);
  // The key is never shown again.
  await page.reload();
  await expect(page.getByTestId("totp-key")).toHaveCount(0);
  await expect(page.getByText("10 unused recovery codes left.")).toBeVisible();

  // The password alone no longer signs in: the form asks for the code; a wrong one is refused.
  const wrong = await signInWithCode(browser, email, "12345a");
  await expect(wrong.locator("main").getByRole("alert")).toHaveText(sf.signInCodeWrong);
  await expect(wrong).toHaveURL(/\/signin/);
  await wrong.context().close();

  // The right code signs in, once: the same code again is refused, as a code overheard would be.
  let used = "";
  await withUnusedTotpCode(page, email, key, async (code) => {
    used = code;
    const ok = await signInWithCode(browser, email, code);
    await expect(ok).toHaveURL(/\/portal\/civil-society$/);
    await ok.context().close();
  });
  const replayed = await signInWithCode(browser, email, used);
  await expect(replayed.locator("main").getByRole("alert")).toHaveText(sf.signInCodeWrong);
  await replayed.context().close();

  // A recovery code, once.
  const first = await signInWithCode(browser, email, codes[0]!);
  await expect(first).toHaveURL(/\/portal\/civil-society$/);
  await first.context().close();
  const again = await signInWithCode(browser, email, codes[0]!);
  await expect(again.locator("main").getByRole("alert")).toHaveText(sf.signInCodeWrong);
  await again.context().close();

  // The sign-in helpers know the key from here on (other specs use them the same way for the demo staff).
  rememberTotpKey(email, key);
  const viaApi = await (await browser.newContext()).newPage();
  await signInViaApi(viaApi, email, PASSWORD);
  await viaApi.context().close();
});

test("a secretariat user without a factor reaches only the enrolment page until they set one up", async ({ page }) => {
  const email = await createStaff("aaa-new-officer");
  await signInViaForm(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/second-factor$/);
  await expect(page.getByText(sf.requiredIntro)).toBeVisible();
  for (const path of ["/portal/secretariat", "/portal/account", "/portal/secretariat/outbox", "/signin"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/second-factor$/);
  }
  // The header offers only the way out.
  await expect(page.getByRole("link", { name: en.nav.signOut })).toBeVisible();
  await expect(page.getByRole("link", { name: en.nav.myAccount })).toHaveCount(0);
  await expectAccessible(page);

  await enrolTotp(page);
  await page.getByRole("link", { name: sf.continue }).click();
  await expect(page).toHaveURL(/\/portal\/secretariat$/);
});

test("an admin resets a user's lost factor: audited, the user told by mail, signed out, back to enrolment", async ({ page, browser }) => {
  const email = await createStaff("aaa-lost-phone");
  const user = await (await browser.newContext()).newPage();
  await signInViaForm(user, email, PASSWORD);
  await expect(user).toHaveURL(/\/second-factor$/);
  const { key } = await enrolTotp(user);
  rememberTotpKey(email, key);

  const admin = account("ADMIN");
  await signInViaApi(page, admin.email, admin.password);
  await page.goto("/portal/admin/users");
  const row = page.locator("tbody tr", { hasText: email });
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: sf.reset }).click();
  await row.getByRole("dialog").getByRole("button", { name: sf.reset }).click();
  await expect(row.getByRole("status")).toHaveText(sf.resetDone);
  rememberTotpKey(email, null);

  // The user's session is over; the password alone signs in again, to the enrolment page only.
  await user.reload();
  await expect(user).toHaveURL(/\/signin/);
  await signInViaForm(user, email, PASSWORD);
  await expect(user).toHaveURL(/\/second-factor$/);
  await user.context().close();

  await page.goto("/portal/audit");
  await expect(page.locator("tbody tr", { hasText: "user.second-factor-reset" }).first()).toBeVisible();
  const secretariat = await (await browser.newContext()).newPage();
  const s = account("SECRETARIAT");
  await signInViaApi(secretariat, s.email, s.password);
  await secretariat.goto("/portal/secretariat/outbox");
  await expect(secretariat.getByRole("heading", { level: 1 })).toHaveText(mailEn.outbox.heading);
  await expect(secretariat.locator("tbody tr", { hasText: email }).first()).toContainText("second factor was reset");
  await secretariat.context().close();
});

test("a passkey (Chromium's virtual authenticator) as second factor and as sign-in on its own", async ({ page, browser }) => {
  const email = await createOwnAccount({ prefix: "passkey", password: PASSWORD });
  const context = await browser.newContext();
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  await signInViaForm(p, email, PASSWORD);
  await expect(p).toHaveURL(/\/portal\/civil-society$/);
  await p.goto("/second-factor");
  await p.getByLabel(sf.passkeyName).fill("Test laptop");
  await p.getByRole("button", { name: sf.addPasskey }).click();
  await expect(p.getByText(sf.passkeyAdded)).toBeVisible();
  await expect(p.getByRole("button", { name: `${sf.removePasskey} Test laptop` })).toBeVisible();

  // Signed out: the passkey alone signs in.
  await context.clearCookies();
  await p.goto("/signin");
  await p.getByRole("button", { name: sf.signInWithPasskey }).click();
  await expect(p).toHaveURL(/\/portal\/civil-society$/);

  // The password alone is no longer enough: the passkey serves as the second factor.
  await context.clearCookies();
  await p.goto("/signin");
  await p.getByLabel("Email address").fill(email);
  await p.getByLabel("Password").fill(PASSWORD);
  await p.getByRole("button", { name: "Sign in" }).click();
  await expect(p.getByText(sf.signInCodeIntro)).toBeVisible();
  await p.getByRole("button", { name: sf.signInUsePasskey }).click();
  await expect(p).toHaveURL(/\/portal\/civil-society$/);
  await context.close();
  void page;
});

for (const [locale, core, messages] of [
  ["fr-CH", fr, sfFr.secondFactor],
  ["es-ES", es, sfEs.secondFactor],
] as const) {
  test(`the code step and the second-factor page speak the browser's language (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const s = account("SECRETARIAT");
    await page.goto("/signin");
    await page.getByLabel(core.signIn.email).fill(s.email);
    await page.getByLabel(core.signIn.password).fill(s.password);
    await page.getByRole("button", { name: core.signIn.submit, exact: true }).click();
    await expect(page.getByText(messages.signInCodeIntro)).toBeVisible();
    await withUnusedTotpCode(page, s.email, totpKeyOf(s.email)!, async (code) => {
      await page.getByLabel(messages.signInCode).fill(code);
      await page.getByRole("button", { name: messages.signInVerify }).click();
    });
    await expect(page).toHaveURL(/\/portal\/secretariat$/);
    await page.goto("/second-factor");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(messages.heading);
    await expect(page.getByRole("heading", { name: messages.totpHeading })).toBeVisible();
    await expect(page.getByRole("heading", { name: messages.passkeysHeading })).toBeVisible();
    await expectAccessible(page);
    await context.close();
  });
}
