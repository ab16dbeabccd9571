import { expect, test, type Browser, type Page } from "../support/test";
import { account } from "../support/accounts";
import { expectAccessible } from "../support/session";
import { SpecClock } from "../support/clock";
import en from "../../../lib/i18n/messages/visits/en.json" with { type: "json" };

const t = en.visits;
const HOLDER = account("MANDATE_HOLDER", "holder@sp-portal.example");
const BRAZIL = account("STATE", "state2@sp-portal.example");
const NORWAY = account("STATE", "state@sp-portal.example");
const DAY = 24 * 60 * 60 * 1000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

async function as(clock: SpecClock, browser: Browser, who: { email: string; password: string }): Promise<Page> {
  return clock.signedInPage(browser, who);
}

/** Clicks an action button that asks for confirmation in a dialog, then confirms. */
async function confirmAction(page: Page, label: string) {
  await page.getByRole("button", { name: label, exact: true }).first().click();
  await page.getByRole("dialog").getByRole("button", { name: label, exact: true }).click();
}

// The scenario lives at its own time (support/clock.ts), from the next Geneva business morning.
test.describe("a country visit from request to published statement (R4, R9)", () => {
  test("the holder requests, Brazil proposes dates, the holder accepts, the visit is public; the statement waits for the debriefing; Brazil invites the mandate back", async ({
    browser,
    request,
  }) => {
    test.setTimeout(300_000);
    const clock = new SpecClock();
    const purpose = `E2E visit ${Date.now()}: to assess the situation of human rights defenders.`;

    // 1. The holder requests a visit to Brazil.
    const holder = await as(clock, browser, HOLDER);
    await holder.goto("/portal/mandate-holder/visits/new");
    await expectAccessible(holder);
    await holder.getByLabel(t.state).selectOption({ label: "Brazil" });
    await holder.getByLabel(t.purpose).fill(purpose);
    await holder.getByLabel(t.proposedPeriods).fill("Between September and November");
    await holder.getByRole("button", { name: t.submitRequest }).click();
    await expect(holder.getByRole("status")).toHaveText(t.requestSaved);
    await expect(holder).toHaveURL(/\/portal\/mandate-holder\/visits\/[0-9a-f-]{36}$/);
    await expect(holder.getByTestId("visit-status")).toHaveText(t.statuses.REQUESTED);
    const id = holder.url().split("/").pop()!;
    await expectAccessible(holder);

    // Norway does not learn that it exists.
    const norway = await as(clock, browser, NORWAY);
    expect((await norway.goto(`/portal/state/visits/${id}`))?.status()).toBe(404);

    // 2. Brazil proposes other dates in its workspace.
    const brazil = await as(clock, browser, BRAZIL);
    await brazil.goto("/portal/state/visits");
    await brazil.goto(`/portal/state/visits/${id}`);
    await expect(brazil.getByTestId("visit-status")).toHaveText(t.statuses.REQUESTED);
    await expectAccessible(brazil);
    const start = clock.now().getTime() + 30 * DAY;
    const end = start + 9 * DAY;
    await brazil.getByLabel(t.answers.proposeDates).check();
    // A missing date is refused next to the field, and the note typed is kept.
    await brazil.getByLabel(t.answerNote).fill("The Government welcomes the visit.");
    await brazil.getByRole("button", { name: t.sendAnswer }).click();
    await expect(brazil.getByText(t.datesRequired)).toBeVisible();
    await expect(brazil.getByLabel(t.answerNote)).toHaveValue("The Government welcomes the visit.");
    await brazil.getByLabel(new RegExp(`^${t.start}`)).fill(day(start));
    await brazil.getByLabel(new RegExp(`^${t.end}`)).fill(day(end));
    await brazil.getByRole("button", { name: t.sendAnswer }).click();
    await expect(brazil.getByTestId("visit-status")).toHaveText(t.statuses.DATES_PROPOSED);

    // Not public yet: the proposed dates stay between the parties.
    const visitor = await clock.newPage(browser);
    await visitor.goto(`/visits/${id}`);
    await expect(visitor.getByTestId("visit-status")).toHaveText(t.statuses.DATES_PROPOSED);
    await expect(visitor.getByTestId("visit-dates")).toHaveCount(0);

    // 3. The holder accepts the State's dates: the visit is scheduled.
    await holder.reload();
    await expect(holder.getByTestId("state-dates")).toBeVisible();
    await confirmAction(holder, t.acceptProposedDates);
    await expect(holder.getByTestId("visit-status")).toHaveText(t.statuses.SCHEDULED);

    // 4. It is announced at once: public visits database, its page, the Atom feed.
    await visitor.goto("/visits?state=BRA&status=SCHEDULED");
    await expect(visitor.locator(`a[href="/visits/${id}"]`)).toBeVisible();
    await expectAccessible(visitor);
    await visitor.goto(`/visits/${id}`);
    await expect(visitor.getByTestId("visit-status")).toHaveText(t.statuses.SCHEDULED);
    await expect(visitor.getByTestId("visit-dates")).toBeVisible();
    await expect(visitor.locator("body")).not.toContainText(purpose);
    await expectAccessible(visitor);
    const feed = await request.get("/api/visits/feed.atom", { headers: clock.headers() });
    expect(feed.headers()["content-type"]).toContain("application/atom+xml");
    expect(await feed.text()).toContain(`/visits/${id}`);

    // 5. The statement: written, with its word count and the guideline warning.
    await holder.reload();
    await holder
      .getByLabel(t.statementText)
      .fill("# Preliminary observations\n\nI thank the Government of Brazil for its invitation and cooperation.");
    await holder.getByRole("button", { name: t.saveStatement }).click();
    await expect(holder.getByTestId("word-count")).toContainText("13 words");
    await expect(holder.getByTestId("word-count")).toContainText("shorter than the 5,000–6,000-word guideline");

    // It cannot be published before the debriefing with the State is recorded.
    await confirmAction(holder, t.publishStatement);
    await expect(holder.getByText(t.debriefingFirst)).toBeVisible();
    await expect(holder.getByTestId("published-at")).toHaveText("—");

    // Shared with Brazil (recorded time) before the debriefing.
    await confirmAction(holder, t.shareStatement);
    await expect(holder.getByTestId("shared-at")).not.toHaveText("—");
    await brazil.reload();
    await brazil.getByText(t.readStatement).click();
    await expect(brazil.getByText("I thank the Government of Brazil")).toBeVisible();

    // 6. During the visit, the debriefing is recorded; then the statement can be published.
    await clock.advance(35 * DAY);
    await holder.reload();
    await holder.getByRole("button", { name: t.recordDebriefing }).click();
    await expect(holder.getByTestId("debriefing-at")).not.toHaveText("—");
    await confirmAction(holder, t.publishStatement);
    await expect(holder.getByTestId("published-at")).not.toHaveText("—");
    await expectAccessible(holder);

    await visitor.goto(`/visits/${id}`);
    await expect(visitor.getByTestId("public-statement")).toContainText("I thank the Government of Brazil");
    await expect(visitor.getByTestId("timeline")).toContainText(t.events.END_OF_MISSION_STATEMENT);

    // 7. Once the visit is over, Brazil invites the mandate back (R9, R20), and the holder accepts.
    await clock.advance(6 * DAY);
    await holder.reload();
    await holder.getByRole("button", { name: t.complete, exact: true }).click();
    await expect(holder.getByTestId("visit-status")).toHaveText(t.statuses.COMPLETED);
    const mandateTitle = (await holder.getByTestId("visit-mandate").textContent())!.trim();
    await brazil.goto("/portal/state/visits");
    await brazil.getByRole("link", { name: t.newInvitation }).click();
    await expect(brazil).toHaveURL(/\/portal\/state\/visits\/invite$/);
    await expectAccessible(brazil);
    const message = `E2E invitation ${Date.now()}: the Government invites the mandate back to follow up on its recommendations.`;
    await brazil.getByLabel(t.mandate).selectOption({ label: mandateTitle });
    await brazil.getByLabel(t.invitationMessage).fill(message);
    await brazil.getByLabel(t.proposedPeriods).fill("Any time next spring");
    await brazil.getByRole("button", { name: t.submitInvitation }).click();
    await expect(brazil.getByRole("status")).toHaveText(t.invitationSent);
    await expect(brazil).toHaveURL(/\/portal\/state\/visits\/[0-9a-f-]{36}$/);
    await expect(brazil.getByTestId("visit-status")).toHaveText(t.statuses.INVITED);
    const invitation = brazil.url().split("/").pop()!;
    // Another State does not learn of it, and the State that invited does not answer it.
    expect((await norway.goto(`/portal/state/visits/${invitation}`))?.status()).toBe(404);
    await expect(brazil.getByTestId("invitation-answer-form")).toHaveCount(0);

    await holder.goto(`/portal/mandate-holder/visits/${invitation}`);
    await expect(holder.getByTestId("visit-initiator")).toHaveText(t.initiators.STATE);
    // A decline needs its reason, beside the field.
    const answerForm = holder.getByTestId("invitation-answer-form");
    await answerForm.getByLabel(t.answerKind).selectOption({ label: t.invitationAnswers.decline });
    await holder.getByRole("button", { name: t.sendAnswer }).click();
    await expect(holder.getByText(t.reasonRequired)).toBeVisible();
    await answerForm.getByLabel(t.answerKind).selectOption({ label: t.invitationAnswers.accept });
    await holder.getByRole("button", { name: t.sendAnswer }).click();
    await expect(holder.getByTestId("visit-status")).toHaveText(t.statuses.ACCEPTED);
    // Dates are then agreed as for a request.
    await expect(holder.getByTestId("schedule-form")).toBeVisible();
    await expectAccessible(holder);

    // The public record: that Brazil invited and the mandate accepted; not the invitation's message.
    await visitor.goto(`/visits/${invitation}`);
    await expect(visitor.getByTestId("visit-initiator")).toHaveText(t.initiators.STATE);
    await expect(visitor.getByTestId("timeline")).toContainText(t.events.INVITATION_ACCEPTED);
    await expect(visitor.locator("body")).not.toContainText(message);
  });

  test("public pages: standing invitations with the effectiveness flag, and the annual report with its CSV", async ({ page, request }) => {
    await page.goto("/standing-invitations");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.invitationsHeading);
    await expect(page.getByTestId("invitation-row").first()).toBeVisible();
    await expectAccessible(page);
    await page.goto("/visits/report");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.annualReport);
    await expect(page.getByTestId("request-count")).toBeVisible();
    await expectAccessible(page);
    const csv = await request.get((await page.getByTestId("report-csv").getAttribute("href"))!);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(await csv.text()).toContain("category,year,mandate");
  });
});
