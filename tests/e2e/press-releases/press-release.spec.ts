import { expect, test, type Browser, type Page } from "../support/test";
import { account } from "../support/accounts";
import { expectAccessible } from "../support/session";
import { SpecClock } from "../support/clock";
import { genevaDate } from "../../../lib/core/geneva";
import en from "../../../lib/i18n/messages/press-releases/en.json" with { type: "json" };
import visitsEn from "../../../lib/i18n/messages/visits/en.json" with { type: "json" };

const t = en.pressReleases;
const tv = visitsEn.visits;
const HOLDER = account("MANDATE_HOLDER", "holder@sp-portal.example");
const COSIGNER = account("MANDATE_HOLDER", "cosigner@sp-portal.example");
const SECRETARIAT = account("SECRETARIAT");
const NORWAY = account("STATE", "state@sp-portal.example");
const BRAZIL = account("STATE", "state2@sp-portal.example");
const DAY = 24 * 60 * 60 * 1000;

async function as(clock: SpecClock, browser: Browser, who: { email: string; password: string }): Promise<Page> {
  return clock.signedInPage(browser, who);
}

/** A calendar day `days` after the spec's today in Geneva, as the date inputs take it. */
function genevaDay(clock: SpecClock, days: number): string {
  const today = genevaDate(clock.now());
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Clicks an action button that asks for confirmation in a dialog, then confirms. */
async function confirmAction(page: Page, label: string) {
  await page.getByRole("button", { name: label, exact: true }).first().click();
  await page.getByRole("dialog").getByRole("button", { name: label, exact: true }).click();
}

/** The instant a <time data-testid=…> on the page stands for. */
async function timeOf(page: Page, testId: string): Promise<number> {
  return Date.parse((await page.getByTestId(testId).getAttribute("datetime"))!);
}

// Each scenario lives at its own time (support/clock.ts), from the next Geneva business morning.
test.describe("press releases give the capital time (R3)", () => {
  test("a press release on a letter to Norway is shared, waits for the lead time, then is published with a justification", async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const clock = new SpecClock();
    const title = `E2E press release ${Date.now()}`;

    // 1. The holder drafts a press release on a sent letter of its mandate to Norway (the seed has one).
    const holder = await as(clock, browser, HOLDER);
    await holder.goto("/portal/mandate-holder/press-releases/new");
    // A letter of the demo data: other specs running meanwhile send and answer letters to Norway of their own.
    const norwayLetter = holder
      .getByLabel(t.communication)
      .locator("option")
      .filter({ hasText: /^(AL|UA|OL) NOR \d+\/\d{4} — / })
      .filter({ hasNotText: /E2E/ })
      .first();
    const label = (await norwayLetter.textContent())!;
    const reference = label.split(" — ")[0]!;
    await holder.getByLabel(t.communication).selectOption((await norwayLetter.getAttribute("value"))!);
    await holder.getByLabel(t.title).fill(title);
    await holder
      .getByLabel(t.body)
      .fill("Geneva — UN experts today expressed grave concern at the reported detention of a human rights defender.");
    await holder.getByRole("button", { name: t.saveDraft }).click();
    await expect(holder.getByRole("status")).toHaveText(t.saved);
    await expect(holder).toHaveURL(/\/portal\/mandate-holder\/press-releases\/[0-9a-f-]{36}$/);
    await expect(holder.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(holder.getByTestId("communication-reference")).toHaveText(reference);
    const id = holder.url().split("/").pop()!;
    await expectAccessible(holder);

    // Another mandate's holder does not even learn that it exists.
    const cosigner = await as(clock, browser, COSIGNER);
    expect((await cosigner.goto(`/portal/mandate-holder/press-releases/${id}`))?.status()).toBe(404);

    // 2. The holder shares it with the State.
    await holder.getByRole("button", { name: t.share }).click();
    await holder.getByRole("dialog").getByRole("button", { name: t.share }).click();
    await expect(holder.getByTestId("status")).toHaveText(t.statuses.SHARED_WITH_STATE);
    await expect(holder.getByTestId("possible-from")).toBeVisible();

    // 3. The secretariat cannot publish yet, and is told from when it can.
    const secretariat = await as(clock, browser, SECRETARIAT);
    await secretariat.goto("/portal/secretariat/press-releases?status=SHARED_WITH_STATE");
    await secretariat.getByRole("link", { name: title }).click();
    await expect(secretariat.getByRole("heading", { level: 1 })).toHaveText(title);
    await secretariat.getByRole("button", { name: t.publish }).click();
    await expect(secretariat.getByText(t.tooEarly.split("{date}")[0]!)).toBeVisible();
    await expect(secretariat.getByTestId("status")).toHaveText(t.statuses.SHARED_WITH_STATE);
    const possibleFrom = await timeOf(secretariat, "possible-from");
    const replyDue = await timeOf(secretariat, "reply-due");

    // A visitor cannot see it before it is published.
    const visitor = await clock.newPage(browser);
    expect((await visitor.goto(`/press-releases/${id}`))?.status()).toBe(404);

    // 4. Two days later (more if the share waited for Geneva's next opening), the lead time is over.
    await clock.advance(Math.max(2, Math.ceil((possibleFrom - clock.now().getTime() + 60_000) / DAY)) * DAY);
    const serverNow = clock.now().getTime();

    // Norway has the text; Brazil does not learn that it exists.
    const norway = await as(clock, browser, NORWAY);
    await norway.goto("/portal/state/press-releases");
    await norway.getByTestId("press-release-row").filter({ hasText: title }).getByRole("link", { name: title }).click();
    await expect(norway.getByTestId("press-release-body")).toContainText("grave concern");
    await expect(norway.getByTestId("communication-reference")).toHaveText(reference);
    await expectAccessible(norway);
    const brazil = await as(clock, browser, BRAZIL);
    expect((await brazil.goto(`/portal/state/press-releases/${id}`))?.status()).toBe(404);

    // 5. Before the letter's reply deadline, publishing asks for a justification, which is recorded.
    await secretariat.reload();
    test
      .info()
      .annotations.push({ type: "branch", description: serverNow < replyDue ? "before the reply deadline" : "after the reply deadline" });
    const justification = secretariat.getByRole("textbox", { name: t.justification });
    const reason = "The defender's trial opens tomorrow; public attention is needed before the verdict.";
    if (serverNow < replyDue) {
      await expect(justification).toBeVisible();
      await secretariat.getByRole("button", { name: t.publish }).click();
      await expect(secretariat.getByText(t.justificationRequired)).toBeVisible();
      await justification.fill(reason);
    } else {
      await expect(justification).toHaveCount(0);
    }
    await secretariat.getByRole("button", { name: t.publish }).click();
    await expect(secretariat.getByTestId("status")).toHaveText(t.statuses.PUBLISHED);
    if (serverNow < replyDue) await expect(secretariat.getByTestId("early-justification")).toHaveText(reason);
    await expectAccessible(secretariat);

    // 6. It is public, with the letter's reference — linked only once the letter itself is public.
    await visitor.goto("/press-releases");
    await visitor.getByRole("link", { name: title }).click();
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(visitor.getByTestId("press-release-body")).toContainText("grave concern");
    await expect(visitor.getByTestId("communication-reference")).toHaveText(reference);
    await expect(visitor.getByRole("link", { name: reference })).toHaveCount(serverNow < replyDue ? 0 : 1);
    await expect(visitor.locator("body")).not.toContainText(reason);
    await expectAccessible(visitor);
  });

  test("a press release on a visit to Norway is shared with Norway and not published before the debriefing (R4), then published", async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    const clock = new SpecClock();
    const title = `E2E visit press release ${Date.now()}`;

    // 1. The demo holder's request to visit Norway: Norway proposes dates, the holder accepts them.
    const holder = await as(clock, browser, HOLDER);
    await holder.goto("/portal/mandate-holder/visits");
    await holder
      .getByTestId("visit-row")
      .filter({ hasText: "Norway" })
      .filter({ hasText: tv.statuses.REQUESTED })
      .getByRole("link", { name: "Norway" })
      .click();
    await expect(holder.getByTestId("visit-status")).toHaveText(tv.statuses.REQUESTED);
    const visitRequestId = holder.url().split("/").pop()!;
    const norway = await as(clock, browser, NORWAY);
    await norway.goto(`/portal/state/visits/${visitRequestId}`);
    await norway.getByLabel(tv.answers.proposeDates).check();
    await norway.getByLabel(new RegExp(`^${tv.start}`)).fill(genevaDay(clock, 2));
    await norway.getByLabel(new RegExp(`^${tv.end}`)).fill(genevaDay(clock, 11));
    await norway.getByRole("button", { name: tv.sendAnswer }).click();
    await expect(norway.getByTestId("visit-status")).toHaveText(tv.statuses.DATES_PROPOSED);
    await holder.reload();
    await confirmAction(holder, tv.acceptProposedDates);
    await expect(holder.getByTestId("visit-status")).toHaveText(tv.statuses.SCHEDULED);

    // 2. The holder drafts a press release on that visit (a visit and a letter at once are refused).
    await holder.goto("/portal/mandate-holder/press-releases/new");
    const visitOption = holder
      .getByLabel(t.visit)
      .locator("option")
      .filter({ hasText: /^Norway — / })
      .first();
    const visitValue = (await visitOption.getAttribute("value"))!;
    const letter = holder.getByLabel(t.communication).locator("option").filter({ hasText: / — / }).first();
    await holder.getByLabel(t.communication).selectOption((await letter.getAttribute("value"))!);
    await holder.getByLabel(t.visit).selectOption(visitValue);
    await holder.getByLabel(t.title).fill(title);
    await holder.getByLabel(t.body).fill("Oslo — The Special Rapporteur welcomed the cooperation of the Government during the visit.");
    await holder.getByRole("button", { name: t.saveDraft }).click();
    await expect(holder.getByText(t.oneLinkOnly)).toBeVisible();
    await expect(holder.getByLabel(t.title)).toHaveValue(title);
    await expect(holder.getByLabel(t.visit)).toHaveValue(visitValue);
    await holder.getByLabel(t.communication).selectOption("");
    await holder.getByRole("button", { name: t.saveDraft }).click();
    await expect(holder.getByRole("status")).toHaveText(t.saved);
    await expect(holder).toHaveURL(/\/portal\/mandate-holder\/press-releases\/[0-9a-f-]{36}$/);
    await expect(holder.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(holder.getByTestId("linked-visit")).toContainText("Norway");
    await expect(holder.getByTestId("debriefing")).toHaveText(t.debriefingPending);
    const id = holder.url().split("/").pop()!;
    await expectAccessible(holder);

    // 3. Shared with Norway.
    await holder.getByRole("button", { name: t.share }).click();
    await holder.getByRole("dialog").getByRole("button", { name: t.share }).click();
    await expect(holder.getByTestId("status")).toHaveText(t.statuses.SHARED_WITH_STATE);
    await expect(holder.getByTestId("possible-from")).toBeVisible();

    // 4. The secretariat's publication is refused: no press activity before the debriefing (R4).
    const secretariat = await as(clock, browser, SECRETARIAT);
    await secretariat.goto(`/portal/secretariat/press-releases/${id}`);
    await expect(secretariat.getByTestId("linked-visit")).toContainText("Norway");
    await expect(secretariat.getByRole("textbox", { name: t.justification })).toHaveCount(0);
    await secretariat.getByRole("button", { name: t.publish }).click();
    await expect(secretariat.getByRole("alert").filter({ hasText: tv.debriefingFirst })).toBeVisible();
    await expect(secretariat.getByTestId("status")).toHaveText(t.statuses.SHARED_WITH_STATE);
    await expectAccessible(secretariat);
    const possibleFrom = await timeOf(secretariat, "possible-from");

    // 5. Days later the visit is under way and the lead time over. Norway has the text, Brazil does not.
    await clock.advance(Math.max(3, Math.ceil((possibleFrom - clock.now().getTime() + 60_000) / DAY)) * DAY);
    await norway.goto("/portal/state/press-releases");
    await norway.getByTestId("press-release-row").filter({ hasText: title }).getByRole("link", { name: title }).click();
    await expect(norway.getByTestId("linked-visit")).toContainText("Norway");
    await expect(norway.getByTestId("press-release-body")).toContainText("welcomed the cooperation");
    await expectAccessible(norway);
    const brazil = await as(clock, browser, BRAZIL);
    expect((await brazil.goto(`/portal/state/press-releases/${id}`))?.status()).toBe(404);

    // Still refused while the debriefing is not recorded; the holder records it.
    await secretariat.reload();
    await secretariat.getByRole("button", { name: t.publish }).click();
    await expect(secretariat.getByRole("alert").filter({ hasText: tv.debriefingFirst })).toBeVisible();
    await holder.goto(`/portal/mandate-holder/visits/${visitRequestId}`);
    await holder.getByRole("button", { name: tv.recordDebriefing }).click();
    await expect(holder.getByTestId("debriefing-at")).not.toHaveText("—");

    // 6. Now it is published, with no justification asked (no reply deadline on a visit).
    await secretariat.reload();
    await expect(secretariat.getByTestId("debriefing")).not.toHaveText(t.debriefingPending);
    await secretariat.getByRole("button", { name: t.publish }).click();
    await expect(secretariat.getByTestId("status")).toHaveText(t.statuses.PUBLISHED);

    // 7. Public: the press release names the visit and links to its page, which lists the press release.
    const visitor = await clock.newPage(browser);
    await visitor.goto(`/press-releases/${id}`);
    await expect(visitor.getByTestId("linked-visit")).toContainText("Norway");
    await expectAccessible(visitor);
    await visitor.getByTestId("linked-visit").getByRole("link").click();
    await expect(visitor).toHaveURL(new RegExp(`/visits/${visitRequestId}$`));
    await expect(visitor.getByTestId("visit-press-releases").getByRole("link", { name: title })).toBeVisible();
    await expectAccessible(visitor);
  });
});
