import { expect, test, type Page } from "../support/test";
import { account } from "../support/accounts";
import { expectAccessible, signedInPage } from "../support/session";
import { e2eSql } from "../support/sql";
import { hashPassword } from "../../../lib/auth/password";
import { LOCALES } from "../../../lib/i18n/config";
import en from "../../../lib/i18n/messages/committee/en.json" with { type: "json" };

const ts = en.committeeStatements;
const tg = en.guidance;
// The demo co-signer sits on this year's Committee (the seed); the demo holder does not.
const MEMBER = account("MANDATE_HOLDER", "cosigner@sp-portal.example");
const NON_MEMBER = account("MANDATE_HOLDER", "holder@sp-portal.example");
const SECRETARIAT = account("SECRETARIAT");

/**
 * A second member of the demo co-signer's (latest) Committee, with an account of the spec's own: the
 * demo accounts hold one Committee member only, and how an account is made is not the subject here.
 */
async function anotherMember(): Promise<{ email: string; password: string; name: string }> {
  const email = `committee.member.${Date.now()}@sp-portal.example`;
  const password = "Committee-member-e2e-2026";
  const name = `E2E Committee member ${Date.now()}`;
  const [seat] = await e2eSql<{ holder: string }>(
    `select m."mandateHolderId" as holder from "CommitteeMembership" m
      where m.year = (select max(c.year) from "CommitteeMembership" c join "User" u on u."mandateHolderId" = c."mandateHolderId" where u.email = $1)
        and not exists (select 1 from "User" u where u."mandateHolderId" = m."mandateHolderId")
      order by m."mandateHolderId" limit 1`,
    [MEMBER.email],
  );
  await e2eSql(
    `insert into "User" ("id", "email", "name", "passwordHash", "role", "mandateHolderId", "updatedAt")
     values (gen_random_uuid(), $1, $2, $3, 'MANDATE_HOLDER'::"Role", $4::uuid, now())`,
    [email, name, await hashPassword(password), seat!.holder],
  );
  const [holder] = await e2eSql<{ name: string }>(`select name from "MandateHolder" where id = $1::uuid`, [seat!.holder]);
  return { email, password, name: holder!.name };
}

/** Clicks an action button that asks for confirmation in a dialog, then confirms. */
async function confirmAction(page: Page, label: string) {
  await page.getByRole("button", { name: label, exact: true }).first().click();
  await page.getByRole("dialog").getByRole("button", { name: label, exact: true }).click();
}

test.describe("the Coordination Committee's space (issue 18, item 5)", () => {
  test("a joint statement goes from a member's draft to publication; a guidance edit adds a version", async ({ browser }) => {
    test.setTimeout(180_000);
    const title = `E2E joint statement ${Date.now()}`;

    // 1. A member of this year's Committee drafts; drafting signs it.
    const member = await signedInPage(browser, MEMBER);
    await member.goto("/portal/committee/statements/new");
    await member.getByLabel(ts.title).fill(title);
    await member.getByLabel(ts.body).fill("Geneva — The Coordination Committee today called on all States to protect civic space online.");
    await member.getByRole("button", { name: ts.saveDraft }).click();
    await expect(member.getByRole("status")).toHaveText(ts.saved);
    await expect(member).toHaveURL(/\/portal\/committee\/statements\/[0-9a-f-]{36}$/);
    await expect(member.getByTestId("statement-status")).toHaveText(ts.statuses.DRAFT);
    const id = member.url().split("/").pop()!;
    await expectAccessible(member);

    // A holder who does not sit on the Committee cannot draft, nor learn that the draft exists; nor can a visitor.
    const outsider = await signedInPage(browser, NON_MEMBER);
    expect((await outsider.goto("/portal/committee/statements/new"))?.status()).toBe(403);
    expect((await outsider.goto(`/portal/committee/statements/${id}`))?.status()).toBe(404);
    const visitor = await browser.newPage();
    expect((await visitor.goto(`/committee/statements/${id}`))?.status()).toBe(404);

    // 2. Another member co-signs.
    const other = await anotherMember();
    const cosigner = await signedInPage(browser, other);
    await cosigner.goto(`/portal/committee/statements/${id}`);
    await confirmAction(cosigner, ts.sign);
    await expect(cosigner.getByTestId("signatories")).toContainText(other.name);

    // 3. The secretariat publishes.
    const secretariat = await signedInPage(browser, SECRETARIAT);
    await secretariat.goto("/portal/committee/statements");
    await secretariat.getByRole("link", { name: title }).click();
    await confirmAction(secretariat, ts.publish);
    await expect(secretariat.getByTestId("statement-status")).toHaveText(ts.statuses.PUBLISHED);

    // 4. It is public, with its signatories.
    await visitor.goto("/committee/statements");
    await visitor.getByRole("link", { name: title }).click();
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(visitor.getByTestId("statement-body")).toContainText("civic space online");
    await expect(visitor.getByTestId("signatories")).toContainText(other.name);

    // 5. A member edits guidance: a new version, public at once, the earlier one still readable.
    await member.goto("/portal/committee/guidance");
    await member.getByRole("link", { name: "Good practices on the use of social media by mandate holders" }).click();
    const before = Number((await member.getByTestId("guidance-version-shown").textContent())!.replace(/\D/g, ""));
    const body = member.getByLabel(tg.body);
    await body.fill(`${await body.inputValue()}\n\n- Answer hostile messages calmly, or not at all (${title}).`);
    await member.getByLabel(tg.changeSummary).fill(`Adds how to answer hostile messages (${title}).`);
    await member.getByRole("button", { name: tg.saveVersion }).click();
    await expect(member.getByRole("status")).toHaveText(tg.versionSaved);
    await expect(member.getByTestId("guidance-version-shown")).toHaveText(`Version ${before + 1}`);
    await member.getByRole("link", { name: en.guidance.publicPage }).click();
    await expect(member.getByTestId("guidance-body")).toContainText("hostile messages");
    const history = member.getByTestId("guidance-version");
    await expect(history).toHaveCount(before + 1);
    await expect(history.first()).toContainText(`Adds how to answer hostile messages (${title}).`);
    await member.getByRole("link", { name: `Read version ${before}` }).click();
    await expect(member.getByTestId("old-version-notice")).toBeVisible();
    await expect(member.getByTestId("guidance-body")).not.toContainText("hostile messages");
  });

  test("the Committee's public pages are accessible in the six languages", async ({ browser }) => {
    test.setTimeout(180_000);
    const [statement] = await e2eSql<{ id: string }>(
      `select id from "CommitteeStatement" where status = 'PUBLISHED' order by "publishedAt" limit 1`,
    );
    const [guidance] = await e2eSql<{ id: string }>(
      `select id from "GuidanceDocument" where "latestVersion" > 1 order by "createdAt" limit 1`,
    );
    const pages = [
      "/committee",
      "/committee/members",
      "/committee/statements",
      `/committee/statements/${statement!.id}`,
      "/committee/guidance",
      `/committee/guidance/${guidance!.id}?version=1`,
    ];
    for (const locale of LOCALES) {
      // The browser's own language, as a visitor's browser says it (Accept-Language).
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      for (const path of pages) {
        expect((await page.goto(path))?.status(), `${locale} ${path}`).toBe(200);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expectAccessible(page);
      }
      await context.close();
    }
  });
});
