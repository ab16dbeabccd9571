import { expect, test } from "../support/test";
import { expectAccessible } from "../support/session";
import en from "../../../lib/i18n/messages/search/en.json" with { type: "json" };

const s = en.search;

test("a visitor searches, filters by an other actor, opens a result, and the shared URL gives the same results", async ({
  page,
  browser,
}) => {
  await page.goto("/communications");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(s.heading);
  await expectAccessible(page);

  // R6: other actors come first in the addressee list; pick the first one.
  const addressee = page.getByLabel(s.addressee, { exact: true });
  const firstActor = addressee.locator(`optgroup[label="${s.otherActors}"] option`).first();
  const actorLabel = (await firstActor.textContent())!.trim();
  await addressee.selectOption({ label: actorLabel });
  await page.getByRole("button", { name: s.submit }).click();
  await expect(page).toHaveURL(/addressee=actor%3A/);
  const count = (await page.getByTestId("search-count").textContent())!;
  expect(count).toMatch(/^\d+ communications? found$/);

  // The CSV of these results downloads, UTF-8 with BOM, one line per result plus the header.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: s.downloadCsv }).click()]);
  const csv = await (await import("node:fs/promises")).readFile((await download.path())!);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const total = Number(count.match(/^(\d+)/)![1]);
  expect(
    csv
      .toString("utf8")
      .trim()
      .split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/).length,
  ).toBe(total + 1);

  // The shared address reproduces the search in a fresh browser.
  const shared = page.url();
  const other = await (await browser.newContext()).newPage();
  await other.goto(shared);
  await expect(other.getByTestId("search-count")).toHaveText(count);
  await expect(other.getByLabel(s.addressee, { exact: true })).toHaveValue(/^actor:/);

  // A word search highlights the matching words; a result opens its letter.
  await page.getByLabel(s.q, { exact: true }).fill("allegations");
  await page.getByRole("button", { name: s.submit }).click();
  await expect(page).toHaveURL(/q=allegations/);
  await expect(page.locator("main mark").first()).toBeVisible();
  await page.getByTestId("public-communication").first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/communications\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("letter-body")).toBeVisible();
  // Its documents: the letter as PDF, downloadable by anyone.
  const pdf = page.getByTestId("documents").getByRole("link").first();
  const res = await page.request.get((await pdf.getAttribute("href"))!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/pdf");
});
