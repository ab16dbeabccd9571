import { expect, test, type Browser, type Page } from "@playwright/test";
import { account } from "../support/accounts";
import { expectAccessible, signInViaApi } from "../support/session";
import en from "../../../lib/i18n/messages/press-releases/en.json" with { type: "json" };

const t = en.pressReleases;
const HOLDER = account("MANDATE_HOLDER", "holder@sp-portal.example");
const COSIGNER = account("MANDATE_HOLDER", "cosigner@sp-portal.example");
const SECRETARIAT = account("SECRETARIAT");
const NORWAY = account("STATE", "state@sp-portal.example");
const BRAZIL = account("STATE", "state2@sp-portal.example");
const DAY = 24 * 60 * 60 * 1000;

async function as(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInViaApi(page, who.email, who.password);
  return page;
}

/** The instant a <time data-testid=…> on the page stands for. */
async function timeOf(page: Page, testId: string): Promise<number> {
  return Date.parse((await page.getByTestId(testId).getAttribute("datetime"))!);
}

// The clock is shared by the whole server: this scenario runs alone and puts it back afterwards.
test.describe("press releases give the capital time (R3)", () => {
  test.describe.configure({ mode: "serial" });
  test.afterAll(async ({ request }) => {
    await request.post("/api/test/clock", { data: { offsetDays: 0 } });
  });

  test("a press release on a letter to Norway is shared, waits for the lead time, then is published with a justification", async ({ browser, request }) => {
    test.setTimeout(180_000);
    const title = `E2E press release ${Date.now()}`;

    // 1. The holder drafts a press release on a sent letter of its mandate to Norway (the seed has one).
    const holder = await as(browser, HOLDER);
    await holder.goto("/portal/mandate-holder/press-releases/new");
    const norwayLetter = holder.getByLabel(t.communication).locator("option").filter({ hasText: /^(AL|UA|OL) NOR \d+\/\d{4} — / }).first();
    const label = (await norwayLetter.textContent())!;
    const reference = label.split(" — ")[0]!;
    await holder.getByLabel(t.communication).selectOption((await norwayLetter.getAttribute("value"))!);
    await holder.getByLabel(t.title).fill(title);
    await holder.getByLabel(t.body).fill("Geneva — UN experts today expressed grave concern at the reported detention of a human rights defender.");
    await holder.getByRole("button", { name: t.saveDraft }).click();
    await expect(holder.getByRole("status")).toHaveText(t.saved);
    await holder.getByRole("link", { name: t.open }).click();
    await expect(holder.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(holder.getByTestId("communication-reference")).toHaveText(reference);
    const id = holder.url().split("/").pop()!;
    await expectAccessible(holder);

    // Another mandate's holder does not even learn that it exists.
    const cosigner = await as(browser, COSIGNER);
    expect((await cosigner.goto(`/portal/mandate-holder/press-releases/${id}`))?.status()).toBe(404);

    // 2. The holder shares it with the State.
    await holder.getByRole("button", { name: t.share }).click();
    await holder.getByRole("dialog").getByRole("button", { name: t.share }).click();
    await expect(holder.getByTestId("status")).toHaveText(t.statuses.SHARED_WITH_STATE);
    await expect(holder.getByTestId("possible-from")).toBeVisible();

    // 3. The secretariat cannot publish yet, and is told from when it can.
    const secretariat = await as(browser, SECRETARIAT);
    await secretariat.goto("/portal/secretariat/press-releases?status=SHARED_WITH_STATE");
    await secretariat.getByRole("link", { name: title }).click();
    await expect(secretariat.getByRole("heading", { level: 1 })).toHaveText(title);
    await secretariat.getByRole("button", { name: t.publish }).click();
    await expect(secretariat.getByText(t.tooEarly.split("{date}")[0]!)).toBeVisible();
    await expect(secretariat.getByTestId("status")).toHaveText(t.statuses.SHARED_WITH_STATE);
    const possibleFrom = await timeOf(secretariat, "possible-from");
    const replyDue = await timeOf(secretariat, "reply-due");

    // A visitor cannot see it before it is published.
    const visitor = await (await browser.newContext()).newPage();
    expect((await visitor.goto(`/press-releases/${id}`))?.status()).toBe(404);

    // 4. Two days later (more if the share waited for Geneva's next opening), the lead time is over.
    const offsetDays = Math.max(2, Math.ceil((possibleFrom - Date.now() + 60_000) / DAY));
    expect((await request.post("/api/test/clock", { data: { offsetDays } })).ok()).toBe(true);
    const serverNow = Date.now() + offsetDays * DAY;

    // Norway has the text; Brazil does not learn that it exists.
    const norway = await as(browser, NORWAY);
    await norway.goto("/portal/state/press-releases");
    await norway.getByTestId("press-release-row").filter({ hasText: title }).getByRole("link", { name: title }).click();
    await expect(norway.getByTestId("press-release-body")).toContainText("grave concern");
    await expect(norway.getByTestId("communication-reference")).toHaveText(reference);
    await expectAccessible(norway);
    const brazil = await as(browser, BRAZIL);
    expect((await brazil.goto(`/portal/state/press-releases/${id}`))?.status()).toBe(404);

    // 5. Before the letter's reply deadline, publishing asks for a justification, which is recorded.
    await secretariat.reload();
    test.info().annotations.push({ type: "branch", description: serverNow < replyDue ? "before the reply deadline" : "after the reply deadline" });
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
});
