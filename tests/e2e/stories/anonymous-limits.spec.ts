import fs from "node:fs";
import path from "node:path";
import { expect, test, type Browser } from "../support/test";
import en from "../../../lib/i18n/messages/stories/en.json" with { type: "json" };
import files from "../../../lib/i18n/messages/files/en.json" with { type: "json" };

// Forms of visitors without an account are bounded: in number per address and hour (10 by default,
// lib/auth/anonymous-throttle.ts) and in size per form (lib/files/request-body-limit.ts). The e2e
// server trusts one proxy (scripts/e2e-server.ts), so each test speaks from an address of its own
// through X-Forwarded-For and the production limits can be reached without holding back other specs.
const t = en.stories;
const MiB = 1024 * 1024;

async function visitorFrom(browser: Browser, address: string) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": address } });
  return context.newPage();
}

/** The Next-Action id of a server action of this build. */
function actionId(exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(([, e]) => e.exportedName === exportedName)?.[0];
  if (!id) throw new Error(`No action ${exportedName} in the build`);
  return id;
}

test.describe("anonymous forms are bounded", () => {
  test("an address that sent ten forms in the hour is told when to try again, and what it typed is kept", async ({ browser }) => {
    test.setTimeout(180_000);
    const page = await visitorFrom(browser, "198.51.100.77");
    await page.goto("/stories/status");
    for (let i = 0; i < 10; i++) {
      await page.getByRole("textbox", { name: t.token }).fill(`no-such-token-${i}-of-anything`);
      await page.getByRole("button", { name: t.checkStatus }).click();
      await expect(page.getByText(t.tokenUnknown)).toBeVisible();
      await expect(page.getByRole("button", { name: t.checkStatus })).toBeEnabled();
    }
    await page.getByRole("textbox", { name: t.token }).fill("no-such-token-eleven-of-anything");
    await page.getByRole("button", { name: t.checkStatus }).click();
    await expect(
      page.getByText(/Too many forms have been sent from your connection in the last hour\..*try again in 60 minutes/),
    ).toBeVisible();

    // The submission form of the same address is refused too, beside the form, keeping the title.
    await page.goto("/stories/submit");
    const title = `E2E throttled story ${Date.now()}`;
    await page.getByLabel(t.title).fill(title);
    await page
      .getByLabel(t.recommendation)
      .fill("Establish firewalls so that migrants can see a doctor without fear of immigration enforcement.");
    await page
      .getByLabel(t.whatChanged)
      .fill("A ministerial decree now forbids hospitals from passing patients' data to immigration authorities.");
    await page.getByRole("combobox", { name: t.state }).selectOption({ label: "Norway" });
    await page.getByLabel(t.submitterEmail).fill("visitor@example.org");
    await page.getByRole("button", { name: t.submit }).click();
    await expect(page.locator("main").getByRole("alert")).toContainText("Too many forms have been sent from your connection");
    await expect(page.getByLabel(t.title)).toHaveValue(title);

    // Another visitor is not held back.
    const other = await visitorFrom(browser, "198.51.100.78");
    await other.goto("/stories/status");
    await other.getByRole("textbox", { name: t.token }).fill("no-such-token-of-anything");
    await other.getByRole("button", { name: t.checkStatus }).click();
    await expect(other.getByText(t.tokenUnknown)).toBeVisible();
  });

  test("a form over its size limit is refused unread, with the limit said in the form", async ({ browser, request }, testInfo) => {
    test.setTimeout(180_000);
    // A text-only form: 2 MB, refused from its headers with a 413, and the server carries on.
    const refused = await request.post("/stories/status", {
      headers: { "next-action": actionId("checkStoryStatusAction"), "x-forwarded-for": "198.51.100.90" },
      multipart: { token: "x".repeat(3 * MiB) },
    });
    expect(refused.status()).toBe(413);
    expect(await refused.text()).toBe(`SP_BODY_TOO_LARGE:${2 * MiB}`);
    expect((await request.get("/stories/status")).status()).toBe(200);

    // The story form takes five files of 20 MB: 102 MB of evidence is refused beside the form.
    const page = await visitorFrom(browser, "198.51.100.91");
    await page.goto("/stories/submit");
    const title = `E2E oversized story ${Date.now()}`;
    await page.getByLabel(t.title).fill(title);
    // Files on disk (the browser reads them; Playwright takes at most 50 MB as buffers), sparse: quick to make.
    const evidence = [1, 2, 3].map((n) => {
      const file = testInfo.outputPath(`evidence-${n}.pdf`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, "%PDF-1.4\n");
      fs.truncateSync(file, 34 * MiB);
      return file;
    });
    await page.getByLabel(t.evidenceFiles).setInputFiles(evidence);
    await page.getByLabel(t.submitterEmail).fill("visitor@example.org");
    await page.getByRole("button", { name: t.submit }).click();
    await expect(page.locator("main").getByRole("alert")).toContainText(files.files.bodyTooLarge.replace("{max}", "101"));
    await expect(page.getByLabel(t.title)).toHaveValue(title);
  });
});
