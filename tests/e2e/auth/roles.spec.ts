import { expect, test } from "../support/test";
import { DEMO_ACCOUNTS } from "../support/accounts";
import { expectAccessible, signInViaForm, tooManyAttemptsText } from "../support/session";
import en from "../../../lib/i18n/messages/core/en.json" with { type: "json" };
import cases from "../../../lib/i18n/messages/cases/en.json" with { type: "json" };

const WORKSPACE = {
  SECRETARIAT: { path: "/portal/secretariat", heading: en.workspace.secretariat.heading },
  MANDATE_HOLDER: { path: "/portal/mandate-holder", heading: en.workspace.mandateHolder.heading },
  STATE: { path: "/portal/state", heading: en.workspace.state.heading },
  CIVIL_SOCIETY: { path: "/portal/civil-society", heading: en.workspace.civilSociety.heading },
  ADMIN: { path: "/portal/admin", heading: en.workspace.admin.heading },
} as const;

// One demo account per role through the form (the others sign in throughout the other specs).
const ONE_PER_ROLE = DEMO_ACCOUNTS.filter((a, i) => DEMO_ACCOUNTS.findIndex((b) => b.role === a.role) === i);

for (const demo of ONE_PER_ROLE) {
  test(`${demo.role} (${demo.email}) signs in and lands on its workspace`, async ({ page }) => {
    await signInViaForm(page, demo.email, demo.password);
    const ws = WORKSPACE[demo.role];
    await expect(page).toHaveURL(new RegExp(`${ws.path}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(ws.heading);
    await expect(page.getByTestId("actor-role")).toHaveText(en.roles[demo.role]);
    // The header offers to submit a case only to those who may: civil society (and visitors, below).
    const submitLink = page.getByRole("navigation", { name: en.nav.mainNavigation }).getByRole("link", { name: cases.cases.submitNav });
    await expect(submitLink).toHaveCount(demo.role === "CIVIL_SOCIETY" ? 1 : 0);
    await expectAccessible(page);

    await page.getByRole("link", { name: "Sign out" }).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(submitLink).toHaveCount(1);
    await page.goto(ws.path);
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  });
}

test("a wrong password is refused with a clear message and the email kept", async ({ page }) => {
  await signInViaForm(page, "state@sp-portal.example", "not-the-password");
  await expect(page.locator("main").getByRole("alert")).toHaveText(en.signIn.failed);
  await expect(page.getByLabel("Email address")).toHaveValue("state@sp-portal.example");
  await expect(page).toHaveURL(/\/signin/);
});

test("a visitor asking for a workspace is sent to sign in and then brought back", async ({ page }) => {
  await page.goto("/portal/state");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fportal%2Fstate/);
  await page.getByLabel("Email address").fill("state@sp-portal.example");
  await page.getByLabel("Password").fill(DEMO_ACCOUNTS.find((a) => a.email === "state@sp-portal.example")!.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/portal\/state$/);
  await expect(page.getByTestId("state-name")).toHaveText("Norway");
});

test("password guessing is stopped after five failures, with a message saying what to do", async ({ page }) => {
  const email = "guessing-target@sp-portal.example";
  for (let i = 0; i < 5; i++) {
    await signInViaForm(page, email, `guess-${i}`);
    await expect(page.locator("main").getByRole("alert")).toHaveText(en.signIn.failed);
  }
  await signInViaForm(page, email, "guess-5");
  await expect(page.locator("main").getByRole("alert")).toHaveText(tooManyAttemptsText(en.signIn.tooMany, 15));
});
