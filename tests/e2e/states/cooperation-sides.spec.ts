import { expect, test } from "../support/test";
import { account } from "../support/accounts";
import { expectAccessible, signedInPage } from "../support/session";
import { e2eSql } from "../support/sql";
import coopEn from "../../../lib/i18n/messages/cooperation/en.json" with { type: "json" };

// Issue 18, items 3 and 4 (R19, R20): /states filtered to the States never visited, concern across
// mandates on a State's page, the secretariat's proactive requests — and no one else's.
const LANGUAGES = ["en", "fr", "es", "ar", "zh", "ru"] as const;

/** A visit carried out (R19): the request marked completed, or the visit's last day passed. */
const VISITED = `exists (select 1 from "VisitRequest" vr left join "Visit" v on v."visitRequestId" = vr."id"
  where vr."stateId" = s."id" and (vr."status" = 'COMPLETED' or v."endDate" < now()))`;

test("a visitor filters /states to the States never visited, and sees the Special Procedures' side and concern across mandates", async ({
  browser,
}) => {
  // The Holy See is never visited in the seed (visits go to member States); a visited State is read from the data.
  const [never] = await e2eSql<{ nameEn: string }>(`select s."nameEn" from "State" s where s."iso3" = 'VAT' and not ${VISITED}`);
  const [visited] = await e2eSql<{ nameEn: string }>(`select s."nameEn" from "State" s where ${VISITED} order by s."nameEn" limit 1`);
  expect(never, "the Holy See has no visit").toBeDefined();
  expect(visited, "some State was visited").toBeDefined();

  // The State with the most distinct mandates in the last 12 months, published data only (R20).
  const [concern] = await e2eSql<{ iso3: string; count: number }>(`
    select x.iso3, count(distinct x.mandate_id)::int as count from (
      select s."iso3", cm."mandateId" as mandate_id from "Communication" c
        join "State" s on s."id" = c."addresseeStateId"
        join "CommunicationMandate" cm on cm."communicationId" = c."id" and cm."status" in ('LEAD', 'SIGNED')
        where c."status" = 'SENT' and c."publicFrom" <= now() and c."sentAt" > now() - interval '12 months'
    ) x group by x.iso3 order by 2 desc, 1 limit 1`);
  expect(concern!.count, "the seed has a State of concern across four or more mandates").toBeGreaterThanOrEqual(4);

  for (const lang of LANGUAGES) {
    const context = await browser.newContext({ extraHTTPHeaders: { "Accept-Language": lang } });
    const page = await context.newPage();
    await page.goto("/states?neverVisited=1");
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByTestId("state-filters").locator('input[name="neverVisited"]')).toBeChecked();
    if (lang === "en") {
      await expect(page.getByRole("link", { name: never!.nameEn, exact: true })).toBeVisible();
      await expect(page.getByRole("link", { name: visited!.nameEn, exact: true })).toHaveCount(0);
    }
    await expect(page.getByTestId("sp-side")).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/states/${concern!.iso3}`);
    await expect(page.getByTestId("concern-flag")).toBeVisible();
    await expect(page.getByTestId("sp-side")).toBeVisible();
    await expectAccessible(page);
    await context.close();
  }
});

test("the form on /states combines its filters, and the list says when no State matches", async ({ page }) => {
  await page.goto("/states");
  const all = await page.getByTestId("states-table").locator("tbody tr").count();
  await page.getByLabel(coopEn.cooperation.filters.neverVisited).check();
  await page.getByRole("button", { name: coopEn.cooperation.filtersApply }).click();
  await expect(page).toHaveURL(/\/states\?neverVisited=1$/);
  const never = await page.getByTestId("states-table").locator("tbody tr").count();
  expect(never).toBeLessThan(all);
  await page.getByLabel(coopEn.cooperation.filters.noStandingInvitation).check();
  await page.getByRole("button", { name: coopEn.cooperation.filtersApply }).click();
  await expect(page).toHaveURL(/neverVisited=1&noStandingInvitation=1$/);
  expect(await page.getByTestId("states-table").locator("tbody tr").count()).toBeLessThanOrEqual(never);
  await page.getByRole("link", { name: coopEn.cooperation.filtersClear }).click();
  await expect(page).toHaveURL(/\/states$/);
});

test("the secretariat records a proactive request; a State and a visitor cannot reach it", async ({ browser, page }) => {
  const subject = `Proactive request ${Date.now()}: figures on pre-trial detention`;
  const secretariat = await signedInPage(browser, account("SECRETARIAT", "secretariat@sp-portal.example"));
  await secretariat.goto("/portal/secretariat/cooperation");
  await expect(secretariat.getByRole("heading", { level: 1 })).toHaveText(coopEn.cooperation.secretariatHeading);
  const form = secretariat.getByTestId("proactive-request-form");
  // Sent empty: the errors are beside the fields.
  await form.getByRole("button", { name: coopEn.cooperation.record }).click();
  await expect(form.getByText(coopEn.cooperation.stateRequired)).toBeVisible();
  await expect(form.getByText(coopEn.cooperation.mandatesRequired)).toBeVisible();
  await form.getByLabel(coopEn.cooperation.state).selectOption({ label: "Norway" });
  await form.getByLabel(coopEn.cooperation.mandates).selectOption([{ index: 0 }, { index: 1 }]);
  await form.getByLabel(coopEn.cooperation.requestedOn).fill("2026-01-15");
  await form.getByLabel(coopEn.cooperation.subject).fill(subject);
  await form.getByRole("button", { name: coopEn.cooperation.record }).click();
  await expect(form.getByText(coopEn.cooperation.requestRecorded)).toBeVisible();
  const row = secretariat.getByTestId("proactive-requests").getByRole("row").filter({ hasText: subject });
  await expect(row).toBeVisible();
  await row.getByLabel(coopEn.cooperation.outcome).selectOption("NO_ANSWER");
  await row.getByLabel(coopEn.cooperation.outcomeOn).fill("2026-03-01");
  await row.getByRole("button", { name: coopEn.cooperation.saveOutcome }).click();
  await expect(row.getByTestId("proactive-outcome")).toContainText(coopEn.cooperation.outcomes.NO_ANSWER);
  await expectAccessible(secretariat);
  await secretariat.context().close();

  const state = await signedInPage(browser, account("STATE", "state@sp-portal.example"));
  expect((await state.goto("/portal/secretariat/cooperation"))?.status()).toBe(403);
  await expect(state.getByText(subject)).toHaveCount(0);
  await state.context().close();

  await page.goto("/portal/secretariat/cooperation");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByText(subject)).toHaveCount(0);
});
