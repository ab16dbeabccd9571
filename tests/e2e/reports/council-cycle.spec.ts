import { expect, test } from "../support/test";
import { account } from "../support/accounts";
import { expectAccessible } from "../support/session";
import { SpecClock } from "../support/clock";
import { genevaDate } from "../../../lib/core/geneva";
import { samplePdf } from "../../../lib/files/sample-files.test-support";
import en from "../../../lib/i18n/messages/reports/en.json" with { type: "json" };
import fr from "../../../lib/i18n/messages/reports/fr.json" with { type: "json" };
import es from "../../../lib/i18n/messages/reports/es.json" with { type: "json" };
import ar from "../../../lib/i18n/messages/reports/ar.json" with { type: "json" };
import zh from "../../../lib/i18n/messages/reports/zh.json" with { type: "json" };
import ru from "../../../lib/i18n/messages/reports/ru.json" with { type: "json" };

const t = en.reports;
const HOLDER = account("MANDATE_HOLDER", "holder@sp-portal.example");
const OTHER_HOLDER = account("MANDATE_HOLDER", "cosigner@sp-portal.example");
const SECRETARIAT = account("SECRETARIAT");
const DAY = 24 * 60 * 60 * 1000;

/** A calendar day `days` after the spec's today in Geneva, as date inputs take it. */
function genevaDay(clock: SpecClock, days: number): string {
  const today = genevaDate(clock.now());
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

test.describe("reports through the Council cycle (R19)", () => {
  test("a report goes from due to presented: late flag, one-page summary public before the session", async ({ browser }) => {
    test.setTimeout(240_000);
    const clock = new SpecClock();
    // A session of its own, so its page lists this spec's report and few others.
    const session = 100 + Math.floor(Math.random() * 100);
    const symbol = `A/HRC/${session}/${1000 + Math.floor(Math.random() * 9000)}`;
    const title = `E2E report on civic space ${Date.now()}`;
    const summary = "Main issues: shrinking civic space. Views welcome on protection measures for defenders.";

    // 1. The secretariat puts a report of the holder's mandate on the session, due in three days.
    const secretariat = await clock.signedInPage(browser, SECRETARIAT);
    await secretariat.goto("/portal/reports/new");
    const mandate = secretariat
      .getByLabel(t.mandate)
      .locator("option")
      .filter({ hasText: /human rights defenders/i })
      .first();
    await secretariat.getByLabel(t.mandate).selectOption((await mandate.getAttribute("value"))!);
    await secretariat.getByLabel(t.symbol).fill(symbol);
    await secretariat.getByLabel(t.title).fill(title);
    await secretariat.getByLabel(t.kind).selectOption("THEMATIC");
    await secretariat.getByLabel(t.body).selectOption("HRC");
    await secretariat.getByLabel(t.session).fill(String(session));
    await secretariat.getByLabel(t.dueAt).fill(genevaDay(clock, 3));
    await secretariat.getByRole("button", { name: t.save }).click();
    await expect(secretariat.getByRole("status")).toHaveText(t.saved);
    await expect(secretariat).toHaveURL(/\/portal\/reports\/[0-9a-f-]{36}$/);
    await expect(secretariat.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(secretariat.getByTestId("due-status")).toHaveText(t.dueStatus.DUE_SOON);
    const id = secretariat.url().split("/").pop()!;

    // 2. Five days later the report is overdue in the holder's list of late reports.
    await clock.advance(5 * DAY);
    const holder = await clock.signedInPage(browser, HOLDER);
    await holder.goto("/portal/reports?late=1");
    const row = holder.getByTestId("report-row").filter({ hasText: symbol });
    await expect(row.getByTestId("due-status")).toHaveText(t.dueStatus.OVERDUE);
    await row.getByRole("link", { name: symbol }).click();
    await expect(holder.getByRole("heading", { level: 1 })).toHaveText(title);

    // 3. The holder submits it late, with its English document and a one-page summary made public.
    const details = holder.getByTestId("report-form");
    await details.getByLabel(t.submittedAt).fill(genevaDay(clock, 0));
    await details.getByRole("button", { name: t.save }).click();
    await expect(details.getByRole("status")).toHaveText(t.saved);
    await expect(holder.getByTestId("due-status")).toHaveText(t.dueStatus.SUBMITTED_LATE);
    const documents = holder.getByTestId("document-form");
    await documents.getByLabel(t.language).selectOption("en");
    await documents.getByLabel(t.documentFile).setInputFiles({ name: "report.pdf", mimeType: "application/pdf", buffer: samplePdf() });
    await documents.getByRole("button", { name: t.uploadDocument }).click();
    await expect(documents.getByRole("status")).toHaveText(t.documentSaved);
    const summaryForm = holder.getByTestId("summary-form");
    await summaryForm.getByLabel(t.summaryLabel).fill(summary);
    await summaryForm.getByLabel(t.publishSummary).check();
    await summaryForm.getByRole("button", { name: t.saveSummary }).click();
    await expect(summaryForm.getByRole("status")).toHaveText(t.summaryPublished);
    await expectAccessible(holder);

    // 4. Another mandate's holder does not even learn that it exists.
    const other = await clock.signedInPage(browser, OTHER_HOLDER);
    expect((await other.goto(`/portal/reports/${id}`))?.status()).toBe(404);
    await other.goto("/portal/reports");
    await expect(other.getByTestId("report-row").filter({ hasText: symbol })).toHaveCount(0);

    // 5. Before the session, the public session page shows the summary and the late flag; the
    //    document waits for the report's publication.
    const visitor = await clock.newPage(browser);
    const sessionName = (c: typeof t) => c.public.sessionHeading.replace("{body}", c.bodies.HRC).replace("{number}", String(session));
    await visitor.goto("/sessions");
    await expectAccessible(visitor);
    await visitor
      .getByTestId("sessions")
      .getByRole("link", { name: sessionName(t), exact: true })
      .click();
    await expect(visitor).toHaveURL(new RegExp(`/sessions/hrc/${session}$`));
    const card = visitor.locator(`[data-symbol="${symbol}"]`);
    await expect(card.getByTestId("report-summary")).toHaveText(summary);
    await expect(card.getByTestId("due-status")).toHaveText(t.dueStatus.SUBMITTED_LATE);
    await expect(card.getByText(t.public.notPublished)).toBeVisible();
    await expectAccessible(visitor);

    // 6. Ten days later it is published and presented: its page offers the English document.
    await clock.advance(10 * DAY);
    await holder.reload();
    await details.getByLabel(t.publishedAt).fill(genevaDay(clock, 0));
    await details.getByLabel(t.presentedAt).fill(genevaDay(clock, 0));
    await details.getByRole("button", { name: t.save }).click();
    await expect(details.getByRole("status")).toHaveText(t.saved);
    await visitor.goto(`/sessions/hrc/${session}`);
    await card.getByRole("link", { name: title }).click();
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(visitor.getByTestId("due-status")).toHaveText(t.dueStatus.SUBMITTED_LATE);
    const download = visitor.getByTestId("report-documents").getByRole("link", { name: "English" });
    const file = await visitor.request.get((await download.getAttribute("href"))!, { headers: clock.headers() });
    expect(file.status()).toBe(200);
    expect((await file.body()).subarray(0, 5).toString()).toBe("%PDF-");
    await expectAccessible(visitor);

    // 7. The new public pages in the other five languages, chosen by the browser's locale (Accept-Language).
    const locales = { fr: "fr-CH", es: "es-MX", ar: "ar-EG", zh: "zh-CN", ru: "ru-RU" };
    for (const [lang, catalog] of Object.entries({ fr, es, ar, zh, ru })) {
      const c = catalog.reports;
      const context = await browser.newContext({ locale: locales[lang as keyof typeof locales], extraHTTPHeaders: clock.headers() });
      const page = await context.newPage();
      await page.goto("/sessions");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(c.public.sessionsHeading);
      await expectAccessible(page);
      await page
        .getByTestId("sessions")
        .getByRole("link", { name: sessionName(c), exact: true })
        .click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(sessionName(c));
      await expectAccessible(page);
      await page.goto(`/reports/${id}`);
      await expect(page.getByTestId("due-status")).toHaveText(c.dueStatus.SUBMITTED_LATE);
      await expectAccessible(page);
      await context.close();
    }
  });
});
