import { expect, test } from "./support/test";

// Runs against plain `npm start` with no DATABASE_URL: the embedded PostgreSQL, migrated and seeded.
test("npm start with the embedded database serves seeded data", async ({ page }) => {
  await page.goto("/");
  const figures = page.getByTestId("figure");
  await expect(figures.first()).toHaveText("195");
  await page.goto("/states");
  await expect(page.getByRole("row", { name: /Norway/ })).toBeVisible();
  await page.goto("/mandates");
  await expect(page.getByText("Working Group on Arbitrary Detention")).toBeVisible();
});
