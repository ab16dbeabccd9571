import { expect, test } from "../support/test";
import fr from "../../../lib/i18n/messages/core/fr.json" with { type: "json" };
import es from "../../../lib/i18n/messages/core/es.json" with { type: "json" };
import en from "../../../lib/i18n/messages/core/en.json" with { type: "json" };
import { expectAccessible } from "../support/session";

test("the language switcher turns the page French, then Spanish, and the choice persists", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.home.heading);

  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fr.home.heading);
  await expect(page.getByRole("link", { name: fr.nav.signIn })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/mandates");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fr.mandates.heading);

  await page.getByRole("button", { name: "Español" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(es.mandates.heading);
});

test("a French browser gets French without choosing", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fr-CH" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await context.close();
});
