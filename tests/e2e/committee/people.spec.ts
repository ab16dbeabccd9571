import { expect, test } from "../support/test";
import { account } from "../support/accounts";
import { expectAccessible, signedInPage } from "../support/session";
import en from "../../../lib/i18n/messages/committee-people/en.json" with { type: "json" };
import { genevaDate } from "../../../lib/core/geneva";

// Issue 18, item 5: external resources (CC2), former holders' engagement (CC4), vacancies (CC1).
const t = en.committeePeople;
const HOLDER = account("MANDATE_HOLDER", "holder@sp-portal.example");
const COSIGNER = account("MANDATE_HOLDER", "cosigner@sp-portal.example");
const SECRETARIAT = account("SECRETARIAT", "secretariat@sp-portal.example");
const NORWAY = account("STATE", "state@sp-portal.example");

test("a holder declares resources and the secretariat an engagement: both public; vacancies show; others refused", async ({ browser }) => {
  test.setTimeout(300_000);
  const source = `E2E Foundation ${Date.now()}`;
  const holder = await signedInPage(browser, HOLDER);
  await holder.goto("/portal/mandate-holder/committee");
  const year = await holder.getByRole("spinbutton", { name: t.year, exact: true }).inputValue();
  await holder.getByRole("textbox", { name: t.source, exact: true }).fill(source);
  await holder.getByRole("textbox", { name: t.amount, exact: true }).fill("15000");
  await holder.getByRole("textbox", { name: t.purpose, exact: true }).fill("Research assistant for the annual report");
  await holder.getByRole("button", { name: t.declare }).click();
  await expect(holder.getByText(t.resourceDeclared)).toBeVisible();
  const declared = holder.getByTestId("resource").filter({ hasText: source });
  const mandateLink = declared.getByRole("link");
  const mandateTitle = (await mandateLink.textContent())!;
  const mandatePath = (await mandateLink.getAttribute("href"))!;

  // Public at once: on the mandate's page, per year, and on the register for that mandate and year.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(mandatePath);
  await visitor.getByTestId("mandate-resources").getByRole("link", { name: year }).click();
  await expect(visitor).toHaveURL(/\/committee\/external-resources\?mandate=.+&year=\d{4}/);
  await expect(visitor.getByTestId("resource").filter({ hasText: source })).toContainText("$15,000");

  // Another mandate's holder cannot choose that mandate; a State cannot open the holders' form.
  const cosigner = await signedInPage(browser, COSIGNER);
  await cosigner.goto("/portal/mandate-holder/committee");
  await expect(cosigner.getByRole("combobox", { name: t.mandate, exact: true }).locator("option", { hasText: mandateTitle })).toHaveCount(
    0,
  );
  const norway = await signedInPage(browser, NORWAY);
  expect((await norway.goto("/portal/mandate-holder/committee"))?.status()).toBe(403);

  // The secretariat records a former holder's engagement: public in the register.
  const activity = `Lecture on the mandate's follow-up ${Date.now()}`;
  const secretariat = await signedInPage(browser, SECRETARIAT);
  await secretariat.goto("/portal/secretariat/committee");
  await secretariat.getByRole("combobox", { name: t.formerHolder, exact: true }).selectOption({ index: 1 });
  await secretariat.getByRole("textbox", { name: t.date, exact: true }).fill(genevaDate(new Date()));
  await secretariat.getByRole("textbox", { name: t.activity, exact: true }).fill(activity);
  await secretariat.getByRole("button", { name: t.recordEngagement }).click();
  await expect(secretariat.getByText(t.engagementRecorded)).toBeVisible();
  await visitor.goto("/committee/former-mandate-holders");
  await expect(visitor.getByTestId("engagement").filter({ hasText: activity })).toBeVisible();

  // The vacancies page shows an upcoming vacancy, computed from the seeded tenures.
  await visitor.goto("/committee/vacancies");
  await expect(visitor.locator('[data-testid="vacancy"][data-status="UPCOMING"]').first()).toBeVisible();
});

test("the Committee's new public pages are accessible in the six languages", async ({ browser }) => {
  test.setTimeout(180_000);
  // The browser's own language (its Accept-Language) chooses the interface's: cheap, no switcher.
  const BROWSER_LOCALE = { en: "en-GB", fr: "fr-CH", es: "es-MX", ar: "ar-EG", zh: "zh-CN", ru: "ru-RU" } as const;
  for (const [locale, browserLocale] of Object.entries(BROWSER_LOCALE)) {
    const page = await (await browser.newContext({ locale: browserLocale })).newPage();
    for (const path of [
      "/committee/induction",
      "/committee/vacancies",
      "/committee/former-mandate-holders",
      "/committee/external-resources",
    ]) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expectAccessible(page);
    }
    await page.context().close();
  }
});
