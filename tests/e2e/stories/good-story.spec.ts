import { expect, test, type Browser, type Page } from "../support/test";
import { openNotification } from "../support/notifications";
import { account } from "../support/accounts";
import { expectAccessible, signInViaApi } from "../support/session";
import en from "../../../lib/i18n/messages/stories/en.json" with { type: "json" };

const t = en.stories;
const CIVIL = account("CIVIL_SOCIETY");
const SECRETARIAT = account("SECRETARIAT");

async function as(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInViaApi(page, who.email, who.password);
  return page;
}

async function fillStory(page: Page, title: string) {
  await page.getByLabel(t.title).fill(title);
  await page
    .getByLabel(t.recommendation)
    .fill("Establish firewalls so that migrants can see a doctor without fear of immigration enforcement.");
  await page
    .getByLabel(t.whatChanged)
    .fill("A ministerial decree now forbids hospitals from passing patients' data to immigration authorities.");
  await page.getByRole("combobox", { name: t.state }).selectOption({ label: "Norway" });
  await page.getByLabel(t.evidenceLinks).fill("https://example.org/decree-2026");
  await page.getByRole("checkbox", { name: "Migration", exact: true }).check();
}

test.describe("good stories (R13, R14)", () => {
  test("a civil-society user submits a story, the secretariat publishes it, it appears on the public page and its theme page", async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const title = `E2E good story ${Date.now()}`;

    // 1. Civil society submits (the form reports field errors without losing what was typed).
    const civil = await as(browser, CIVIL);
    await civil.goto("/stories/submit");
    await expectAccessible(civil);
    await civil.getByLabel(t.title).fill(title);
    await civil.getByRole("button", { name: t.submit }).click();
    await expect(civil.locator("main").getByRole("alert")).toBeVisible();
    await expect(civil.getByLabel(t.title)).toHaveValue(title);
    await fillStory(civil, title);
    await civil.getByRole("button", { name: t.submit }).click();
    await expect(civil.getByTestId("story-submitted")).toContainText(t.submitted);
    await expect(civil.getByTestId("status-token")).toHaveCount(0); // signed in: no token, the workspace shows the status

    // Its workspace shows the status.
    await civil.goto("/portal/civil-society");
    const mine = civil.getByTestId("my-story").filter({ hasText: title });
    await expect(mine.getByTestId("my-story-status")).toHaveText(t.statuses.SUBMITTED);
    await expectAccessible(civil);

    // Not public before moderation.
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto("/stories");
    await expect(visitor.getByText(title)).toHaveCount(0);

    // 2. The secretariat publishes it.
    const secretariat = await as(browser, SECRETARIAT);
    await secretariat.goto("/portal/secretariat/stories");
    await secretariat.getByRole("link", { name: title }).click();
    await expect(secretariat.getByRole("heading", { level: 1 })).toHaveText(title);
    await expectAccessible(secretariat);
    await secretariat.getByRole("radio", { name: t.decisions.publish }).check();
    await secretariat.getByRole("button", { name: t.applyDecision }).click();
    await expect(secretariat.getByRole("status")).toHaveText(t.moderated);
    await expect(secretariat.getByTestId("story-status")).toHaveText(t.statuses.PUBLISHED);

    // 3. It is on the public page (also when filtered by its theme), on its own page and on the theme page.
    await visitor.goto("/stories?theme=migration&state=NOR");
    await expect(visitor.getByRole("link", { name: title })).toBeVisible();
    await expectAccessible(visitor);
    await visitor.goto("/stories?theme=gender");
    await expect(visitor.getByRole("link", { name: title })).toHaveCount(0);
    await visitor.goto("/themes/migration");
    await expect(visitor.getByTestId("theme-stories").getByRole("link", { name: title })).toBeVisible();
    await expectAccessible(visitor);
    await visitor.getByTestId("theme-stories").getByRole("link", { name: title }).click();
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(visitor.locator("main")).not.toContainText(CIVIL.email);
    await expectAccessible(visitor);
    const feed = await visitor.request.get("/api/stories/feed.atom?theme=migration");
    expect(feed.headers()["content-type"]).toContain("application/atom+xml");
    expect(await feed.text()).toContain(title);

    // The submitter, told of the decision (issue 17, item 5), opens the workspace from the notice and sees the status.
    await openNotification(civil, `Your good story “${title}” was published.`);
    await expect(civil.getByTestId("my-story").filter({ hasText: title }).getByTestId("my-story-status")).toHaveText(t.statuses.PUBLISHED);
  });

  test("an anonymous visitor submits with an email and checks the status with the token shown once", async ({ page }) => {
    const title = `E2E anonymous story ${Date.now()}`;
    await page.goto("/stories/submit");
    await fillStory(page, title);
    await page.getByRole("button", { name: t.submit }).click();
    await expect(page.getByText(en.stories.emailRequired)).toBeVisible();
    await expect(page.getByLabel(t.title)).toHaveValue(title);
    await page.getByLabel(t.submitterEmail).fill("visitor@example.org");
    await page.getByRole("button", { name: t.submit }).click();
    const token = (await page.getByTestId("status-token").textContent())!.trim();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await page.goto("/stories/status");
    await expectAccessible(page);
    await page.getByRole("textbox", { name: t.token }).fill(token);
    await page.getByRole("button", { name: t.checkStatus }).click();
    await expect(page.getByTestId("story-status")).toContainText(title);
    await expect(page.getByTestId("story-status-value")).toHaveText(t.statuses.SUBMITTED);
    await page.getByRole("textbox", { name: t.token }).fill("not-a-token-of-anything");
    await page.getByRole("button", { name: t.checkStatus }).click();
    await expect(page.getByText(t.tokenUnknown)).toBeVisible();
  });
});
