import { expect, test } from "../support/test";
import { account } from "../support/accounts";
import { expectAccessible, signedInPage } from "../support/session";
import { e2eSql } from "../support/sql";
import { SpecClock } from "../support/clock";
import coopEn from "../../../lib/i18n/messages/cooperation/en.json" with { type: "json" };

// Issue 18, items 3 and 4 (R20, R21): /states filtered to the States never visited, concern across
// mandates on a State's page, the secretariat's proactive requests — and no one else's.
const LANGUAGES = ["en", "fr", "es", "ar", "zh", "ru"] as const;
/** The browser's own language (Chromium sends its Accept-Language from it). */
const BROWSER_LOCALE = { en: "en-GB", fr: "fr-CH", es: "es-MX", ar: "ar-EG", zh: "zh-CN", ru: "ru-RU" } as const;

/**
 * A Member State with no visit request at all (never visited by any reading of the rule), and one
 * surely visited: a request marked completed whose visit started days ago (lib/states/never-visited.ts).
 */
async function neverAndVisited() {
  const [never] = await e2eSql<{ nameEn: string }>(`select s."nameEn" from "State" s where s."status" = 'MEMBER'
    and not exists (select 1 from "VisitRequest" vr where vr."stateId" = s."id") order by s."nameEn" limit 1`);
  const [visited] = await e2eSql<{ nameEn: string }>(`select s."nameEn" from "State" s where exists (select 1 from "VisitRequest" vr
    join "Visit" v on v."visitRequestId" = vr."id" where vr."stateId" = s."id" and vr."status" = 'COMPLETED'
    and v."startDate" < now() - interval '3 days') order by s."nameEn" limit 1`);
  expect(never, "some Member State has no visit request").toBeDefined();
  expect(visited, "some State was visited").toBeDefined();
  return { never: never!, visited: visited! };
}

/**
 * Concern across mandates (R21) is counted back from the portal's time: the spec lives at the instant
 * (a letter's publication) when one State had the most distinct mandates in the 12 months before,
 * published letters only — computed from the seeded data by the same rule.
 */
async function stateOfConcern() {
  const [concern] = await e2eSql<{ iso3: string; at: string; count: number }>(`
    with pairs as (
      select c."addresseeStateId" as state_id, cm."mandateId" as mandate_id, c."sentAt" as sent, c."publicFrom" as pub
      from "Communication" c
      join "CommunicationMandate" cm on cm."communicationId" = c."id" and cm."status" in ('LEAD', 'SIGNED')
      where c."status" = 'SENT' and c."addresseeStateId" is not null and c."publicFrom" <= now()),
    moments as (select distinct state_id, pub + interval '1 minute' as at from pairs)
    select s."iso3", to_char(m.at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at,
      (select count(distinct p.mandate_id)::int from pairs p where p.state_id = m.state_id
        and p.sent > m.at - interval '12 months' + interval '1 day' and p.sent <= m.at and p.pub <= m.at) as count
    from moments m join "State" s on s."id" = m.state_id
    order by 3 desc, 2 desc limit 1`);
  expect(concern!.count, "some State had letters from four or more mandates within 12 months").toBeGreaterThanOrEqual(4);
  return { iso3: concern!.iso3, clock: new SpecClock(new Date(concern!.at)) };
}

/**
 * R20's "reports delayed" of a mandate at `at`, by R19's rule in SQL: public reports (scheduled, or
 * published) with a due date that have fallen due (submitted, or the due Geneva day over); the late ones.
 */
async function delayedOf(slug: string, at: Date) {
  const [row] = await e2eSql<{ due: number; late: number }>(
    `with today as (select (($2::timestamptz) at time zone 'Europe/Zurich')::date as d),
      r as (select r."dueAt", r."submittedAt" from "Report" r join "Mandate" m on m."id" = r."mandateId", today
        where m."slug" = $1 and r."dueAt" is not null
          and (r."councilSession" is not null or r."publishedAt" <= ($2::timestamptz at time zone 'UTC'))
          and (r."submittedAt" is not null or r."dueAt" < today.d))
    select count(*)::int as due,
      count(*) filter (where r."submittedAt" > r."dueAt" or (r."submittedAt" is null and r."dueAt" < today.d))::int as late
    from r, today`,
    [slug, at.toISOString()],
  );
  return row!;
}

// One test per language: each page is checked with axe, which is slow on a long table.
for (const lang of LANGUAGES) {
  test(`in ${lang}: /states filtered to the States never visited, the Special Procedures' side, concern on a State's page, a mandate's page`, async ({
    browser,
  }) => {
    const concern = await stateOfConcern();
    const context = await browser.newContext({ locale: BROWSER_LOCALE[lang] });
    const page = await context.newPage();
    await page.goto("/states?neverVisited=1");
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByTestId("state-filters").locator('input[name="neverVisited"]')).toBeChecked();
    if (lang === "en") {
      const { never, visited } = await neverAndVisited();
      await expect(page.getByRole("link", { name: never.nameEn, exact: true })).toBeVisible();
      await expect(page.getByRole("link", { name: visited.nameEn, exact: true })).toHaveCount(0);
    }
    await expect(page.getByTestId("sp-side")).toBeVisible();
    // States' invitations, answered and not, are seeded: the figures are not empty.
    await expect(page.getByTestId("sp-invitations")).toBeVisible();
    if (lang === "en") await expect(page.getByTestId("sp-invitations")).not.toHaveText("0");
    await expectAccessible(page);
    await context.setExtraHTTPHeaders(concern.clock.headers());
    await page.goto(`/states/${concern.iso3}`);
    await expect(page.getByTestId("concern-flag")).toBeVisible();
    await expect(page.getByTestId("sp-side")).toBeVisible();
    await expectAccessible(page);
    // A mandate's page has its own side too, with its reports delayed (R20) beside a link to the list
    // of its reports and their late flags. A mandate no other spec adds reports to: the figure is known.
    await page.goto("/mandates/privacy");
    await expect(page.getByTestId("sp-side")).toBeVisible();
    const delayed = page.getByTestId("sp-reports-delayed");
    await expect(delayed).toBeVisible();
    if (lang === "en") {
      const { due, late } = await delayedOf("privacy", concern.clock.now());
      expect(due, "the demo mandate has reports that have fallen due").toBeGreaterThan(0);
      const percent = new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 0 }).format(late / due);
      await expect(delayed).toHaveText(`${late} of ${due} (${percent})`);
      await expect(page.getByText(coopEn.cooperation.reportsDelayed.mandate)).toBeVisible();
      await page.getByRole("link", { name: coopEn.cooperation.reportsDelayedList }).click();
      await expect(page).toHaveURL(/#reports$/);
      await expect(page.getByTestId("mandate-reports").getByTestId("due-status").first()).toBeVisible();
    }
    await expectAccessible(page);
    await context.close();
  });
}

test("the form on /states combines its filters, kept in the URL", async ({ page }) => {
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
  await row.getByRole("combobox", { name: coopEn.cooperation.outcome }).selectOption("NO_ANSWER");
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
  await expect(page).toHaveURL(/\/signin\?/);
  await expect(page.getByText(subject)).toHaveCount(0);
});
