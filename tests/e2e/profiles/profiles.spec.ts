import { expect, test } from "../support/test";
import { expectAccessible } from "../support/session";

// R18: the same cooperation figures for every State, as charts and as tables; and a page per mandate.
test("a visitor opens a State's cooperation profile from the list of States", async ({ page }) => {
  await page.goto("/states");
  await page.getByRole("link", { name: "Norway", exact: true }).click();
  await expect(page).toHaveURL(/\/states\/NOR$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Norway");
  await expect(page.locator("table").first()).toBeVisible();
  await expectAccessible(page);
  // Its own feed of newly published communications (Atom), linked and advertised.
  const feed = page.getByRole("link", { name: /Atom/ });
  await expect(feed).toHaveAttribute("href", "/api/v1/communications.atom?state=NOR");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /state=NOR/);
  const res = await page.request.get("/api/v1/communications.atom?state=NOR");
  expect(res.headers()["content-type"]).toContain("application/atom+xml");
  expect(await res.text()).toContain("<feed");
  expect((await page.goto("/states/XXX"))?.status()).toBe(404);
});

test("a visitor opens a mandate's page from the list of mandates", async ({ page }) => {
  await page.goto("/mandates");
  await page.getByRole("link", { name: "Working Group on Arbitrary Detention" }).click();
  await expect(page).toHaveURL(/\/mandates\/[a-z-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Working Group on Arbitrary Detention");
  await expectAccessible(page);
  await expect(page.getByRole("link", { name: /Atom/ })).toHaveAttribute("href", /^\/api\/v1\/communications\.atom\?mandate=[a-z-]+$/);
  expect((await page.goto("/mandates/no-such-mandate"))?.status()).toBe(404);
});
