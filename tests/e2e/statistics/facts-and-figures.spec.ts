import { expect, test } from "../support/test";
import { expectAccessible } from "../support/session";
import { LOCALES } from "../../../lib/i18n/config";

// Issue 18, item 2: the Chair's figures of the latest ended year, each linked to the records it counts,
// with the CSV and the PDF; axe-clean in the six languages (the browser's own language, sent as Accept-Language).
const digits = (text: string | null) => Number((text ?? "").replace(/\D/g, ""));

test("a visitor reads a year's facts and figures, follows a figure to its records and downloads them", async ({ page }) => {
  await page.goto("/facts-and-figures");
  const heading = await page.getByRole("heading", { level: 1 }).textContent();
  const year = Number(/\d{4}/.exec(heading ?? "")?.[0]);
  expect(year).toBeGreaterThan(2000);

  // Allegation letters of the year: the figure, then the search it links to lists as many.
  const row = page.getByTestId("facts-communications-by-type").getByRole("row").filter({ hasText: "Allegation letters" });
  const count = digits(await row.getByRole("cell").first().textContent());
  await row.getByRole("link", { name: "Allegation letters" }).click();
  await expect(page).toHaveURL(new RegExp(`/communications\\?year=${year}&type=AL$`));
  expect(digits(await page.getByTestId("search-count").textContent())).toBe(count);

  const csv = await page.request.get(`/facts-and-figures/${year}.csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).split("\r\n");
  expect(lines[0]).toBe("\uFEFFyear,section,figure,code,name,value,previous_year_value,unit,records_url");
  expect(lines.find((l) => l.startsWith(`${year},communications,sentByType,AL,`))?.split(",")[5]).toBe(String(count));

  const pdf = await page.request.get(`/facts-and-figures/${year}.pdf`, { headers: { "accept-language": "ar" } });
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-language"]).toBe("ar");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  expect((await page.goto(`/facts-and-figures/${year + 1}`))?.status()).toBe(404);
});

test("the page of a year is accessible in the six languages", async ({ browser }) => {
  for (const lang of LOCALES) {
    const context = await browser.newContext({ locale: lang });
    const page = await context.newPage();
    await page.goto("/facts-and-figures");
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expectAccessible(page);
    await context.close();
  }
});
