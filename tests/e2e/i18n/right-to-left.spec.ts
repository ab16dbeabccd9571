// Arabic is read right to left: with dir="rtl" on <html>, the layout mirrors because app/ and
// components/ use logical classes only (eslint.config.js, PHYSICAL_CLASS). The direction is set on the
// loaded page here, so the test does not depend on a language: it measures where things land.
import { expect, test, type Locator, type Page, type TestInfo } from "../support/test";
import { account } from "../support/accounts";
import { signInViaApi } from "../support/session";
import core from "../../../lib/i18n/messages/core/en.json" with { type: "json" };
import communications from "../../../lib/i18n/messages/communications/en.json" with { type: "json" };

/** Rounding of sub-pixel layout. */
const PX = 1.5;

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  expect(b, `${locator} is laid out`).not.toBeNull();
  return { left: b!.x, right: b!.x + b!.width };
}

async function rightToLeft(page: Page, testInfo: TestInfo, name: string) {
  await page.evaluate(() => document.documentElement.setAttribute("dir", "rtl"));
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const path = testInfo.outputPath(`${name}-rtl.png`);
  await page.screenshot({ path });
  await testInfo.attach(`${name} right to left`, { path, contentType: "image/png" });
}

test("with dir=rtl the navigation, the pagination, a letter and a workspace table are mirrored", async ({ page }, testInfo) => {
  const state = account("STATE", "state@sp-portal.example");
  await signInViaApi(page, state.email, state.password);

  // The public list: the main navigation starts at the right edge, and "next" is left of "previous".
  await page.goto("/communications");
  await rightToLeft(page, testInfo, "communications");
  const nav = page.getByRole("navigation", { name: core.nav.mainNavigation }).getByRole("listitem");
  const [home, second, navList] = await Promise.all([box(nav.first()), box(nav.nth(1)), box(nav.first().locator(".."))]);
  expect(home.left).toBeGreaterThan(second.right);
  expect(Math.abs(navList.right - home.right)).toBeLessThan(PX);
  const pagination = page.getByRole("navigation", { name: core.pagination.label });
  const [previous, next] = await Promise.all([box(pagination.locator(":scope > :first-child")), box(pagination.locator('a[rel="next"]'))]);
  expect(next.right).toBeLessThan(previous.left);

  // A letter: its details' terms are at the right, their values left of them, and the list of
  // documents is indented from the right. (Lines of English text keep their own left-to-right order
  // inside a right-to-left page, so the test measures boxes, not words.)
  await page.goto((await page.getByTestId("public-communication").first().locator("a").first().getAttribute("href"))!);
  await rightToLeft(page, testInfo, "letter");
  const details = page.locator("article header dl");
  const [grid, term, value] = await Promise.all([box(details), box(details.locator("dt").first()), box(details.locator("dd").first())]);
  expect(Math.abs(grid.right - term.right)).toBeLessThan(PX);
  expect(value.right).toBeLessThanOrEqual(term.left + PX);
  const documents = page.getByTestId("documents");
  const [list, pdf] = await Promise.all([box(documents), box(documents.getByRole("link").first())]);
  expect(list.right - pdf.right).toBeCloseTo(24, 0); // ps-6
  expect(pdf.left - list.left).toBeGreaterThan(24);

  // A workspace table: its first column is at the right.
  await page.goto("/portal/state/communications");
  await rightToLeft(page, testInfo, "state-inbox");
  const table = page.locator("table");
  const headings = table.getByRole("columnheader");
  await expect(headings.first()).toHaveText(communications.communications.subject);
  const [tableBox, first, secondColumn] = await Promise.all([box(table), box(headings.first()), box(headings.nth(1))]);
  expect(Math.abs(tableBox.right - first.right)).toBeLessThan(PX);
  expect(secondColumn.right).toBeLessThanOrEqual(first.left + PX);
});
