import { expect, test, type Browser, type Page } from "../support/test";
import { account } from "../support/accounts";
import { expectAccessible, signInViaApi } from "../support/session";
import en from "../../../lib/i18n/messages/reprisals/en.json" with { type: "json" };

const t = en.reprisals;
const SECRETARIAT = account("SECRETARIAT");
const tag = `${Date.now()}`;
const M = {
  persons: `E2EMARKER-PERSONS-${tag}`,
  cooperation: `E2EMARKER-COOPERATION-${tag}`,
  acts: `E2EMARKER-ACTS-${tag}`,
  actions: `E2EMARKER-ACTIONS-${tag}`,
  note: `E2EMARKER-NOTE-${tag}`,
};
const SUMMARY = `E2E public summary ${tag}: a woman human rights defender was reportedly threatened after meeting a mandate holder.`;

async function as(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInViaApi(page, who.email, who.password);
  return page;
}

function expectNoMarker(where: string, body: string) {
  for (const marker of Object.values(M)) expect(body.includes(marker), `${where} shows ${marker}`).toBe(false);
}

// R8 over HTTP against the running server: a case is recorded through the secretariat's pages with a
// marker in every confidential field; the public pages, API, CSV and feeds, and the pages of every other
// role, are fetched and searched for the markers. The cleared summary is the positive control.
test.describe("reprisals register (R8)", () => {
  test.describe.configure({ mode: "serial" });
  let caseUrl = "";

  test("the secretariat records a case, adds a referral, writes and clears a public summary", async ({ browser }) => {
    test.setTimeout(180_000);
    const page = await as(browser, SECRETARIAT);
    await page.goto("/portal/secretariat/reprisals/new");
    await expectAccessible(page);
    await page.getByLabel(t.state).selectOption({ label: "Norway" });
    await page.getByLabel(t.personsConcerned).fill(M.persons);
    await page.getByLabel(t.cooperationContext).fill(M.cooperation);
    await page.getByLabel(t.actsAlleged).fill(M.acts);
    await page.getByLabel(t.actsDate).fill("2026-01-15");
    await page.getByLabel(t.actionsTaken).fill(M.actions);
    await page.getByLabel(t.linkedCommunications).fill("AL NOR 99999/1999");
    await page.getByRole("button", { name: t.save }).click();
    await expect(page.getByText(t.unknownReferences)).toBeVisible();
    await expect(page.getByLabel(t.personsConcerned)).toHaveValue(M.persons); // nothing typed is lost
    await page.getByLabel(t.linkedCommunications).fill("");
    await page.getByRole("button", { name: t.save }).click();
    await expect(page.getByRole("status")).toHaveText(t.saved);
    await expect(page).toHaveURL(/\/portal\/secretariat\/reprisals\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId("persons-concerned")).toHaveText(M.persons);
    caseUrl = new URL(page.url()).pathname;
    await expectAccessible(page);

    await page.getByLabel(t.referralBody).selectOption({ label: t.bodies.COUNCIL_PRESIDENT });
    await page.getByLabel(t.referredAt).fill("2026-02-01");
    await page.getByLabel(t.referralNote).fill(M.note);
    await page.getByRole("button", { name: t.addReferral }).click();
    await expect(page.getByTestId("referrals")).toContainText(t.bodies.COUNCIL_PRESIDENT);

    await page.getByRole("textbox", { name: t.publicSummary }).fill(SUMMARY);
    await page.getByRole("button", { name: t.saveSummary }).click();
    await expect(page.getByText(t.summarySaved)).toBeVisible();
    // Not public until cleared.
    expect(await (await page.request.get("/api/reprisals/cases?state=NOR")).text()).not.toContain(SUMMARY);
    // Four eyes: its author cannot clear it; a second member of the secretariat does.
    await expect(page.getByRole("button", { name: t.clearSummary })).toBeDisabled();
    const reviewer = await as(browser, account("SECRETARIAT", "secretariat2@sp-portal.example"));
    await reviewer.goto(caseUrl);
    await reviewer.getByRole("button", { name: t.clearSummary }).click();
    await reviewer.getByRole("dialog").getByRole("button", { name: t.clearSummary }).click();
    await expect(reviewer.getByTestId("confidentiality")).toHaveText(t.confidentialities.PUBLIC_SUMMARY_CLEARED);
    await reviewer.context().close();
  });

  test("public pages, API, exports and feeds show the cleared summary and no marker", async ({ request }) => {
    const withSummary = [
      "/reprisals",
      "/reprisals?state=NOR",
      "/api/reprisals/cases",
      "/api/reprisals/cases?state=NOR",
      "/api/reprisals/cases.csv",
    ];
    const others = [
      "/themes/reprisals",
      "/themes",
      "/communications?theme=reprisals",
      "/communications",
      "/api/v1/communications?theme=reprisals",
      "/api/v1/communications.csv?theme=reprisals",
      "/api/v1/communications.atom",
      "/api/stories/feed.atom",
      "/stories",
      "/states/NOR",
      "/api/v1/states/NOR",
      "/",
    ];
    for (const path of [...withSummary, ...others]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      const body = await res.text();
      expectNoMarker(path, body);
      if (withSummary.includes(path)) expect(body, path).toContain(`E2E public summary ${tag}`);
    }
  });

  test("the public register is accessible and filters by State", async ({ page }) => {
    await page.goto("/reprisals");
    await expect(page.getByTestId("counts-per-state")).toBeVisible();
    await expectAccessible(page);
    await page.getByTestId("counts-per-state").getByRole("link", { name: "Norway" }).click();
    await expect(page.getByTestId("public-reprisal").filter({ hasText: SUMMARY })).toBeVisible();
  });

  test("no other role reaches the case or its markers", async ({ browser }) => {
    for (const who of [
      account("MANDATE_HOLDER", "cosigner@sp-portal.example"),
      account("STATE", "state@sp-portal.example"),
      account("CIVIL_SOCIETY"),
      account("ADMIN"),
    ]) {
      const page = await as(browser, who);
      const res = await page.goto(caseUrl);
      expect([403, 404], `${who.email} on the secretariat's case page`).toContain(res?.status());
      expectNoMarker(`${who.email} ${caseUrl}`, await page.content());
      const id = caseUrl.split("/").pop()!;
      const holderPage = await page.goto(`/portal/mandate-holder/reprisals/${id}`);
      expect([403, 404]).toContain(holderPage?.status());
      expectNoMarker(`${who.email} holder page`, await page.content());
      if (who.role === "ADMIN") {
        await page.goto("/portal/audit");
        expectNoMarker("admin audit log", await page.content());
      }
      await page.context().close();
    }
  });
});
