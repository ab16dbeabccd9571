import { expect, test, type Browser, type Page } from "../support/test";
import { account } from "../support/accounts";
import { expectAccessible, signInViaApi } from "../support/session";
import en from "../../../lib/i18n/messages/reprisals/en.json" with { type: "json" };

const t = en.reprisals;
const HOLDER = account("MANDATE_HOLDER", "holder@sp-portal.example");
const COSIGNER = account("MANDATE_HOLDER", "cosigner@sp-portal.example");

async function as(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInViaApi(page, who.email, who.password);
  return page;
}

test("a mandate holder records a case on a letter of its mandate; the co-signer's mandate cannot open it", async ({ browser }) => {
  test.setTimeout(150_000);
  const acts = `E2E acts recorded by a holder ${Date.now()}`;
  const holder = await as(browser, HOLDER);
  await holder.goto("/portal/mandate-holder/reprisals");
  await expectAccessible(holder);
  await holder.getByRole("link", { name: t.recordCase }).click();
  await expectAccessible(holder);
  const letters = holder.getByLabel(t.linkedCommunications);
  const first = await letters.locator("option").first().getAttribute("value");
  await holder.getByLabel(t.state).selectOption({ label: "Norway" });
  await holder.getByLabel(t.personsConcerned).fill("A journalist (fictional, browser test)");
  await holder.getByLabel(t.cooperationContext).fill("Provided information used in a communication.");
  await holder.getByLabel(t.actsAlleged).fill(acts);
  expect(first, "the demo holder has sent letters to link").toBeTruthy();
  await letters.selectOption([first!]);
  await holder.getByRole("button", { name: t.record }).click();
  await expect(holder.getByRole("status")).toHaveText(t.recorded);
  await expect(holder).toHaveURL(/\/portal\/mandate-holder\/reprisals\/[0-9a-f-]{36}$/);
  await expect(holder.getByText(acts)).toBeVisible();
  await expect(holder.getByTestId("confidentiality")).toHaveText(t.confidentialities.STRICTLY_CONFIDENTIAL);
  // Strictly confidential: the holder's own view withholds the names.
  await expect(holder.getByTestId("persons-concerned")).toHaveText(t.withheld);
  await expectAccessible(holder);
  const url = new URL(holder.url()).pathname;

  const cosigner = await as(browser, COSIGNER);
  const res = await cosigner.goto(url);
  expect(res?.status()).toBe(404);
  expect(await cosigner.content()).not.toContain(acts);
});

test("the secretariat's register, annual figures and moderation queue, and the public theme pages, are accessible", async ({ browser }) => {
  test.setTimeout(150_000);
  const secretariat = await as(browser, account("SECRETARIAT"));
  for (const path of [
    "/portal/secretariat/reprisals",
    "/portal/secretariat/reprisals/report",
    "/portal/secretariat/stories",
    "/portal/advisory",
  ]) {
    expect((await secretariat.goto(path))?.status(), path).toBe(200);
    await expectAccessible(secretariat);
  }
  await expect(secretariat.getByTestId("advisory-counts")).toBeVisible();
  await secretariat.goto("/portal/secretariat/reprisals/report");
  await expect(secretariat.getByTestId("count-recorded")).toHaveText(/^\d+$/);
  const visitor = await (await browser.newContext()).newPage();
  for (const path of ["/themes", "/themes/sdg-16", "/themes/reprisals", "/stories/status"]) {
    expect((await visitor.goto(path))?.status(), path).toBe(200);
    await expectAccessible(visitor);
  }
  expect((await visitor.goto("/themes/no-such-theme"))?.status()).toBe(404);
  // Workspace pages of the register send a visitor to sign in, and answer 403 to other roles.
  await visitor.goto("/portal/secretariat/reprisals");
  await expect(visitor).toHaveURL(/\/signin\?callbackUrl=/);
  const civil = await as(browser, account("CIVIL_SOCIETY"));
  for (const path of [
    "/portal/secretariat/reprisals",
    "/portal/mandate-holder/reprisals",
    "/portal/secretariat/stories",
    "/portal/advisory",
  ]) {
    expect((await civil.goto(path))?.status(), path).toBe(403);
  }
});
