import { expect, test, type Browser, type Page } from "../support/test";
import { account } from "../support/accounts";
import { openNotification } from "../support/notifications";
import { expectAccessible, signInViaApi } from "../support/session";
import en from "../../../lib/i18n/messages/advisory/en.json" with { type: "json" };

const t = en.advisory;

async function as(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInViaApi(page, who.email, who.password);
  return page;
}

// R15: a State refers a case; the secretariat records a recommendation; the State reads it; another
// State and civil society cannot reach it.
test("a State refers a case to the Internal Advisory Mechanism and reads the recommendation; others cannot", async ({ browser }) => {
  test.setTimeout(150_000);
  const title = `E2E referral ${Date.now()}`;
  const norway = await as(browser, account("STATE", "state@sp-portal.example"));
  await norway.goto("/portal/advisory/new");
  await expectAccessible(norway);
  await norway.getByLabel(t.title).fill(title);
  await norway.getByLabel(t.description).fill("Too short");
  await norway.getByRole("button", { name: t.submit }).click();
  await expect(norway.locator("main").getByRole("alert")).toBeVisible();
  await expect(norway.getByLabel(t.title)).toHaveValue(title);
  await norway.getByLabel(t.description).fill("A mandate holder held meetings during a visit without any notice to the authorities.");
  await norway.getByRole("button", { name: t.submit }).click();
  await expect(norway).toHaveURL(/\/portal\/advisory\/[0-9a-f-]{36}$/);
  await expect(norway.getByRole("status")).toHaveText(t.submitted);
  await expect(norway.getByRole("heading", { level: 1 })).toHaveText(title);
  const url = new URL(norway.url()).pathname;

  const secretariat = await as(browser, account("SECRETARIAT"));
  await secretariat.goto("/portal/advisory");
  await expect(secretariat.getByTestId("advisory-counts")).toBeVisible();
  await expectAccessible(secretariat);
  // Told of the new case (issue 17, item 5), the secretariat opens it from the notice.
  await openNotification(secretariat, `A new case “${title}” was brought before the Internal Advisory Mechanism.`);
  await expect(secretariat).toHaveURL(new RegExp(`${url}$`));
  await secretariat.getByLabel(t.status).selectOption({ label: t.statuses.CLOSED });
  await secretariat.getByRole("textbox", { name: t.recommendation }).fill("The terms of reference for country visits were respected.");
  await secretariat.getByRole("button", { name: t.save }).click();
  await expect(secretariat.getByText(t.outcomeRequired)).toBeVisible();
  await secretariat.getByRole("textbox", { name: t.outcome }).fill("Advice given; matter closed.");
  await secretariat.getByRole("button", { name: t.save }).click();
  await expect(secretariat.getByRole("status")).toHaveText(t.saved);

  await openNotification(norway, `The Coordination Committee recorded the outcome of the case “${title}”.`);
  await expect(norway).toHaveURL(new RegExp(`${url}$`));
  await expect(norway.getByTestId("advisory-status")).toHaveText(t.statuses.CLOSED);
  await expect(norway.getByTestId("advisory-recommendation")).toHaveText("The terms of reference for country visits were respected.");
  await expect(norway.getByRole("button", { name: t.save })).toHaveCount(0);

  const brazil = await as(browser, account("STATE", "state2@sp-portal.example"));
  expect((await brazil.goto(url))?.status()).toBe(404);
  const civil = await as(browser, account("CIVIL_SOCIETY"));
  expect((await civil.goto(url))?.status()).toBe(403);
});
