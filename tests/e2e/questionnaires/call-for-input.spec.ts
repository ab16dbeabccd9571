import { expect, test, type Browser, type Page } from "../support/test";
import { openNotification } from "../support/notifications";
import { account } from "../support/accounts";
import { expectAccessible, signInViaApi } from "../support/session";
import { samplePdf } from "../../../lib/files/sample-files.test-support";
import en from "../../../lib/i18n/messages/questionnaires/en.json" with { type: "json" };

const t = en.questionnaires;
const SECRETARIAT = account("SECRETARIAT");
const HOLDER = account("MANDATE_HOLDER", "holder@sp-portal.example");
const COSIGNER = account("MANDATE_HOLDER", "cosigner@sp-portal.example");
const NORWAY = account("STATE", "state@sp-portal.example");
const BRAZIL = account("STATE", "state2@sp-portal.example");
const CIVIL = account("CIVIL_SOCIETY");

async function as(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInViaApi(page, who.email, who.password);
  return page;
}

async function fatigue(page: Page) {
  await page.goto("/portal/state");
  const read = async (id: string) => Number((await page.getByTestId(id).textContent())!.replace(/\D/g, ""));
  return { open: await read("fatigue-open"), received: await read("fatigue-received") };
}

test.describe("calls for input (R12)", () => {
  test.describe.configure({ mode: "serial" });

  test("the secretariat issues a call; Norway answers it with a file and a draft in between; the holder sees the answer; Norway's fatigue count rises", async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    const title = `E2E call for input ${Date.now()}`;
    const answerText = "Norway's framework protects defenders through the Constitution, article 100.";

    // 0. Norway's load before.
    const norway = await as(browser, NORWAY);
    const before = await fatigue(norway);
    await expectAccessible(norway);

    // 1. The secretariat creates the call, with each State's load beside the form.
    const secretariat = await as(browser, SECRETARIAT);
    await secretariat.goto("/portal/secretariat/questionnaires/new");
    await expect(secretariat.getByRole("heading", { name: t.fatigueHeading })).toBeVisible();
    await secretariat.getByText(/^Show the \d+ States with calls$/).click();
    await expect(secretariat.getByTestId("fatigue-NOR").getByTestId("fatigue-open")).toHaveText(String(before.open));
    await secretariat.getByLabel(t.title).fill(title);
    await secretariat.getByLabel(t.purpose).fill("To inform the report on the situation of human rights defenders to the Council.");
    await secretariat.getByRole("checkbox", { name: "Special Rapporteur on the situation of human rights defenders", exact: true }).check();
    await secretariat.getByLabel("Text of question 1").fill("Describe the legal framework protecting human rights defenders.");
    await secretariat.getByLabel("Question 1 must be answered").check();
    await secretariat.getByRole("button", { name: t.addQuestion }).click();
    await secretariat.locator("[data-testid=question-editor]").nth(1).getByLabel(t.questionKind).selectOption("FILE_UPLOAD");
    await secretariat.getByLabel("Text of question 2").fill("Attach relevant laws or reports.");
    // A deadline two weeks away breaks the minimum window: the form says so and keeps everything typed.
    const deadline = secretariat.getByLabel(t.deadlineOn);
    const validDeadline = await deadline.inputValue();
    const opening = await secretariat.getByLabel(t.opensOn).inputValue();
    const twoWeeks = new Date(Date.parse(`${opening}T12:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10);
    await deadline.fill(twoWeeks);
    await secretariat.getByRole("button", { name: t.createCall }).click();
    await expect(secretariat.getByText(t.windowTooShort)).toBeVisible();
    await expect(secretariat.getByLabel(t.title)).toHaveValue(title);
    await expect(secretariat.getByLabel("Text of question 2")).toHaveValue("Attach relevant laws or reports.");
    await deadline.fill(validDeadline);
    await secretariat.getByRole("button", { name: t.createCall }).click();
    await expect(secretariat.getByRole("status").filter({ hasText: t.created })).toBeVisible();
    await expectAccessible(secretariat);
    await expect(secretariat).toHaveURL(/\/portal\/secretariat\/questionnaires\/[0-9a-f-]{36}$/);
    await expect(secretariat.getByRole("heading", { level: 1 })).toHaveText(title);
    const id = secretariat.url().split("/").pop()!;

    // 2. It is on the one public page, with its deadline in Geneva time.
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto("/calls-for-input?status=open&audience=STATES");
    await expect(visitor.getByRole("link", { name: title })).toBeVisible();
    await expectAccessible(visitor);
    await visitor.getByRole("link", { name: title }).click();
    await expect(visitor.getByText(t.answersAfterDeadline)).toBeVisible();
    await expectAccessible(visitor);
    const feed = await visitor.request.get("/api/calls-for-input/feed.atom");
    expect(await feed.text()).toContain(title);

    // 3. Norway answers: a draft with a file, then comes back and submits.
    await norway.goto("/portal/questionnaires");
    await norway.getByRole("link", { name: title }).click();
    await expect(norway.getByRole("heading", { level: 1 })).toHaveText(title);
    await expectAccessible(norway);
    await norway.getByLabel(/^1\. Describe the legal framework/).fill("First draft.");
    await norway
      .getByLabel(/^2\. Attach relevant laws/)
      .setInputFiles({ name: "defenders-act.pdf", mimeType: "application/pdf", buffer: samplePdf() });
    await norway.getByRole("button", { name: t.saveDraft }).click();
    await expect(norway.getByRole("status").filter({ hasText: t.draftSaved })).toBeVisible();

    await norway.goto(`/portal/questionnaires/${id}`);
    await expect(norway.getByTestId("draft-status")).toBeVisible();
    await expect(norway.getByLabel(/^1\. Describe the legal framework/)).toHaveValue("First draft.");
    await expect(norway.getByRole("link", { name: "defenders-act.pdf" })).toBeVisible();
    await norway.getByLabel(/^1\. Describe the legal framework/).fill(answerText);
    await norway.getByLabel(t.mayPublish).check();
    await norway.getByRole("button", { name: t.submit }).click();
    await norway.getByRole("dialog").getByRole("button", { name: t.submit }).click();
    await expect(norway.getByTestId("receipt")).toContainText(/CFI-[0-9A-F]{10}/);
    await expect(norway.getByText(answerText)).toBeVisible();
    await expectAccessible(norway);

    // 4. The holder of the mandate sees the answer and its file; another mandate's holder does not even see the call.
    // Told of the answer (issue 17, item 5), the holder opens the call from the notice.
    const holder = await as(browser, HOLDER);
    await openNotification(holder, `A new answer to the call for input “${title}” was received.`);
    await expect(holder.getByRole("heading", { level: 1 })).toHaveText(title);
    const answer = holder.getByTestId("answer").filter({ hasText: "Norway" });
    await expect(answer).toContainText(answerText);
    await expect(answer.getByRole("link", { name: "defenders-act.pdf" })).toBeVisible();
    await expect(holder.getByTestId("who-summary")).toContainText("1 answer");
    await expectAccessible(holder);
    const csv = await holder.request.get(`/api/calls-for-input/${id}/answers.csv`);
    expect(await csv.text()).toContain(answerText);
    const zip = await holder.request.get(`/api/calls-for-input/${id}/files.zip`);
    expect(zip.headers()["content-type"]).toBe("application/zip");
    expect((await zip.body()).subarray(0, 4).toString("hex")).toBe("504b0304");
    const cosigner = await as(browser, COSIGNER);
    expect((await cosigner.goto(`/portal/mandate-holder/questionnaires/${id}`))?.status()).toBe(404);
    expect((await cosigner.request.get(`/api/calls-for-input/${id}/answers.csv`)).status()).toBe(404);

    // 5. Brazil does not see Norway's answer; civil society cannot answer a States-only call; nothing is public before the deadline.
    const brazil = await as(browser, BRAZIL);
    await brazil.goto(`/portal/questionnaires/${id}`);
    await expect(brazil.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(brazil.locator("body")).not.toContainText(answerText);
    await expect(brazil.getByRole("link", { name: "defenders-act.pdf" })).toHaveCount(0);
    const civil = await as(browser, CIVIL);
    expect((await civil.goto(`/portal/questionnaires/${id}`))?.status()).toBe(404);
    await visitor.goto(`/calls-for-input/${id}`);
    await expect(visitor.locator("body")).not.toContainText(answerText);

    // 6. Norway's fatigue count has changed.
    expect(await fatigue(norway)).toEqual({ open: before.open + 1, received: before.received + 1 });
  });
});
