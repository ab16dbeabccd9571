import { expect, test } from "../support/test";
import { account } from "../support/accounts";
import { expectAccessible, signInViaApi, signInViaForm } from "../support/session";
import en from "../../../lib/i18n/messages/core/en.json" with { type: "json" };

test("the admin adds a user: bad input is explained field by field and nothing typed is lost", async ({ page, browser }) => {
  const admin = account("ADMIN");
  await signInViaApi(page, admin.email, admin.password);
  await page.goto("/portal/admin/users");
  await expectAccessible(page);

  const form = page.locator("form").filter({ has: page.getByRole("button", { name: en.users.submit }) });
  const email = `new.mission.${Date.now()}@missions.example`;
  await form.getByLabel(en.users.name).fill("Aiko Tanaka");
  await form.getByLabel(en.users.email).fill(email);
  await form.getByLabel(en.users.role).selectOption("STATE");
  await form.getByLabel(en.users.password).fill("short");
  await form.getByRole("button", { name: en.users.submit }).click();

  await expect(form.getByRole("alert")).toHaveText(en.errors.invalidInput);
  await expect(form.getByText(en.users.stateRequired)).toBeVisible();
  await expect(form.getByLabel(en.users.password)).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel(en.users.name)).toHaveValue("Aiko Tanaka");
  await expect(form.getByLabel(en.users.email)).toHaveValue(email);
  await expect(form.getByLabel(en.users.role)).toHaveValue("STATE");

  await form.getByLabel(en.users.state).selectOption({ label: "Japan" });
  await form.getByLabel(en.users.password).fill("a sufficiently long password");
  await form.getByRole("button", { name: en.users.submit }).click();
  await expect(form.getByRole("status")).toHaveText(en.users.created);

  await page.goto("/portal/audit");
  // Other tests sign in meanwhile (auth.sign-in entries): find this creation's entry by its email.
  await expect(page.locator("tbody tr", { hasText: email }).first()).toContainText("user.create");

  // The new account works and is bound to its State.
  const context = await browser.newContext();
  const other = await context.newPage();
  await signInViaForm(other, email, "a sufficiently long password");
  await expect(other).toHaveURL(/\/portal\/state$/);
  await expect(other.getByTestId("state-name")).toHaveText("Japan");
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
  await form.getByLabel(en.users.password).fill("a sufficiently long password");
  await form.getByRole("button", { name: en.users.submit }).click();
  await expect(form.getByText(en.users.emailTaken)).toBeVisible();
});
