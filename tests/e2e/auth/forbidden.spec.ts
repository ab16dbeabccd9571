import { expect, test } from "../support/test";
import { account } from "../support/accounts";
import { signInViaApi } from "../support/session";
import en from "../../../lib/i18n/messages/core/en.json" with { type: "json" };

test("a State user cannot reach other roles' pages: 403 and no data; its own workspace answers 200", async ({ page }) => {
  const state = account("STATE", "state@sp-portal.example");
  await signInViaApi(page, state.email, state.password);
  for (const path of [
    "/portal/secretariat",
    "/portal/admin",
    "/portal/admin/users",
    "/portal/admin/settings",
    "/portal/audit",
    "/portal/mandate-holder",
  ]) {
    await test.step(path, async () => {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.errors.forbiddenHeading);
      await expect(page.locator("main")).not.toContainText("@sp-portal.example");
    });
  }
  const response = await page.goto("/portal/state");
  expect(response?.status()).toBe(200);
});

test("a civil-society user cannot use the admin's server action data either", async ({ page }) => {
  const civil = account("CIVIL_SOCIETY");
  await signInViaApi(page, civil.email, civil.password);
  const response = await page.goto("/portal/admin/users?page=1");
  expect(response?.status()).toBe(403);
});
