import { expect, test } from "../support/test";
import { account } from "../support/accounts";
import { expectAccessible, signedInPage } from "../support/session";
import en from "../../../lib/i18n/messages/committee-people/en.json" with { type: "json" };
import { genevaDate } from "../../../lib/core/geneva";

// Issue 18, item 5: external resources (CC2), former holders' engagement (CC4), vacancies (CC1), the
// induction programme's materials as files, and the secretariat's edits and deletions (CC3).
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

/** A minimal PDF (the server sniffs the bytes: the name alone would not do). */
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

test("the secretariat uploads an induction material, edits and deletes the session; holders download, a State gets 404", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const title = `E2E induction ${Date.now()}`;
  const secretariat = await signedInPage(browser, SECRETARIAT);
  await secretariat.goto("/portal/secretariat/committee");
  // Far ahead, so that it heads the programme (newest first).
  const startsOn = `2090-0${1 + (Date.now() % 9)}-1${Date.now() % 10}`;
  await secretariat.getByRole("textbox", { name: t.title, exact: true }).fill(title);
  await secretariat.getByRole("textbox", { name: t.startsOn, exact: true }).fill(startsOn);
  await secretariat.getByRole("textbox", { name: t.outline, exact: true }).fill("Working methods, communications and country visits.");
  await secretariat.getByRole("button", { name: t.createSession }).click();
  await expect(secretariat.getByText(t.sessionCreated)).toBeVisible();
  await secretariat.getByTestId("induction-sessions").getByRole("link", { name: title }).click();
  await expect(secretariat).toHaveURL(/\/portal\/secretariat\/committee\/induction\/[0-9a-f-]{36}$/);

  // Neither a file nor a link: said beside the file field. Then a PDF is uploaded.
  await secretariat.getByRole("textbox", { name: t.materialTitle, exact: true }).fill("Briefing pack");
  await secretariat.getByRole("button", { name: t.addMaterial }).click();
  await expect(secretariat.getByText(t.fileOrLink).first()).toBeVisible();
  await expect(secretariat.getByLabel(t.materialFile, { exact: true })).toHaveAttribute("aria-invalid", "true");
  await secretariat
    .getByLabel(t.materialFile, { exact: true })
    .setInputFiles({ name: "briefing-pack.pdf", mimeType: "application/pdf", buffer: PDF });
  await secretariat.getByRole("button", { name: t.addMaterial }).click();
  await expect(secretariat.getByText(t.materialAdded)).toBeVisible();
  await secretariat.reload();
  const href = (await secretariat
    .getByTestId("induction-materials")
    .getByRole("link", { name: /Briefing pack/ })
    .getAttribute("href"))!;
  expect(href).toMatch(/^\/api\/committee\/induction-materials\/[0-9a-f-]{36}$/);
  await expectAccessible(secretariat);

  // A holder finds it in the programme and downloads it; a State and a visitor get a 404, no file name.
  const holder = await signedInPage(browser, HOLDER);
  await holder.goto("/committee/induction");
  await expect(holder.getByTestId("induction-materials").locator(`a[href="${href}"]`)).toContainText("Briefing pack");
  const download = await holder.request.get(href);
  expect(download.status()).toBe(200);
  expect((await download.body()).subarray(0, 5).toString()).toBe("%PDF-");
  expect(download.headers()["content-disposition"]).toContain("briefing-pack.pdf");
  const norway = await signedInPage(browser, NORWAY);
  const visitor = await (await browser.newContext()).newPage();
  for (const other of [norway, visitor]) {
    const res = await other.request.get(href);
    expect(res.status()).toBe(404);
    expect(res.headers()["content-disposition"]).toBeUndefined();
    expect(await res.text()).not.toContain("briefing-pack");
  }

  // The secretariat corrects the session: the form comes prefilled.
  const place = secretariat.getByRole("textbox", { name: t.location, exact: true });
  await expect(secretariat.getByRole("textbox", { name: t.title, exact: true })).toHaveValue(title);
  await place.fill("Palais Wilson, Geneva");
  await secretariat.getByRole("button", { name: t.saveSession }).click();
  await expect(secretariat.getByText(t.sessionUpdated)).toBeVisible();
  await secretariat.reload();
  await expect(place).toHaveValue("Palais Wilson, Geneva");

  // Deleting asks first: cancelled, nothing goes; confirmed, the session and its file go.
  const dialog = secretariat.getByRole("dialog");
  await secretariat.getByRole("button", { name: t.deleteSession }).click();
  await dialog.getByRole("button", { name: t.cancel }).click();
  await secretariat.reload();
  await expect(secretariat.getByRole("heading", { level: 1 })).toContainText(title);
  await secretariat.getByRole("button", { name: t.deleteSession }).click();
  await expect(dialog).toContainText(title);
  await dialog.getByRole("button", { name: t.deleteSession }).click();
  await expect(secretariat).toHaveURL(/\/portal\/secretariat\/committee$/);
  await expect(secretariat.getByTestId("induction-sessions").getByRole("link", { name: title })).toHaveCount(0);
  expect((await holder.request.get(href)).status()).toBe(404);
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
