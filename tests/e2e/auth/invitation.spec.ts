import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { expect, test } from "../support/test";
import { E2E_PORT } from "../../../playwright.config";
import { account } from "../support/accounts";
import { e2eDatabaseUrlFile } from "../support/database";
import { expectAccessible, signInViaApi, signInViaForm } from "../support/session";
import en from "../../../lib/i18n/messages/core/en.json" with { type: "json" };
import fr from "../../../lib/i18n/messages/core/fr.json" with { type: "json" };
import es from "../../../lib/i18n/messages/core/es.json" with { type: "json" };
import letters from "../../../lib/i18n/messages/communications/en.json" with { type: "json" };

const run = promisify(execFile);

/** `npm run admin:create` against the test server's database, as an operator runs it; returns the link's path. */
async function adminCreate(email: string): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    ["--import", "tsx", "scripts/admin-create.ts", "--email", email, "--name", "Invited Admin"],
    {
      env: {
        ...process.env,
        DATABASE_URL: readFileSync(e2eDatabaseUrlFile(E2E_PORT), "utf8"),
        NEXTAUTH_URL: `http://localhost:${E2E_PORT}`,
      },
      timeout: 60_000,
    },
  );
  const link = stdout.match(/\/invitation\/[A-Za-z0-9_-]{43}/)?.[0];
  expect(link, stdout).toBeTruthy();
  return link!;
}

test("an invited administrator sets a password once, under the password rules, then signs in", async ({ page }) => {
  const email = `invited.${Date.now()}@ohchr.example`;
  const link = await adminCreate(email);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: en.invitation.heading })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("textbox", { name: en.invitation.newPassword, exact: true }).fill("short");
  await page.getByRole("textbox", { name: en.invitation.confirmPassword, exact: true }).fill("short");
  await page.getByRole("button", { name: en.invitation.submit }).click();
  await expect(page.getByText(en.users.passwordTooShort)).toBeVisible();

  await page.getByRole("textbox", { name: en.invitation.newPassword, exact: true }).fill("a long enough passphrase");
  await page.getByRole("textbox", { name: en.invitation.confirmPassword, exact: true }).fill("a different passphrase");
  await page.getByRole("button", { name: en.invitation.submit }).click();
  await expect(page.getByText(en.users.passwordsDiffer)).toBeVisible();

  await page.getByRole("textbox", { name: en.invitation.newPassword, exact: true }).fill("a long enough passphrase");
  await page.getByRole("textbox", { name: en.invitation.confirmPassword, exact: true }).fill("a long enough passphrase");
  await page.getByRole("button", { name: en.invitation.submit }).click();
  await expect(page.getByRole("status")).toHaveText(en.invitation.accepted);

  // The link worked once.
  await page.goto(link);
  await expect(page.getByText(en.invitation.invalid)).toBeVisible();

  await signInViaForm(page, email, "a long enough passphrase");
  // An administrator's first stop: setting up the second factor the role requires.
  await expect(page).toHaveURL(/\/second-factor$/);
});

for (const [locale, messages] of [
  ["fr-CH", fr],
  ["es-ES", es],
] as const) {
  test(`the invitation page speaks the browser's language (${locale}), and an unknown link says so`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(`/invitation/${"x".repeat(43)}`);
    await expect(page.getByRole("heading", { name: messages.invitation.heading })).toBeVisible();
    await expect(page.getByText(messages.invitation.invalid)).toBeVisible();
    await context.close();
  });
}

test("the audit log shows which fields changed and the address, never a draft's text", async ({ page, browser }) => {
  // A mandate holder saves a draft letter whose body carries a marker.
  const marker = `AUDIT-E2E-MARKER-${Date.now()}`;
  const holder = account("MANDATE_HOLDER", "holder@sp-portal.example");
  const context = await browser.newContext();
  const holderPage = await context.newPage();
  await signInViaApi(holderPage, holder.email, holder.password);
  const t = letters.communications;
  await holderPage.goto("/portal/mandate-holder/communications/new");
  await holderPage.getByLabel(t.type).selectOption("AL");
  await holderPage.getByLabel(t.addressee).selectOption({ label: "Norway" });
  await holderPage.getByLabel(t.subject).fill(`Draft ${marker}`);
  await holderPage.getByLabel(t.summary).fill(`Summary ${marker}`);
  await holderPage.getByLabel(t.body).fill(`Body ${marker}`);
  await holderPage.getByRole("button", { name: t.saveDraft }).click();
  await expect(holderPage.getByRole("status")).toHaveText(t.saved);
  await context.close();

  const admin = account("ADMIN");
  await signInViaApi(page, admin.email, admin.password);
  await page.goto("/portal/audit");
  await expect(page.getByRole("columnheader", { name: en.audit.fields })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: en.audit.address })).toBeVisible();
  const row = page.locator("tbody tr", { hasText: "communication.create-draft" }).first();
  await expect(row).toContainText("body");
  await expect(row).toContainText("subject");
  // The production server (scripts/serve.ts) put the socket's address in the request: this browser's.
  await expect(row).toContainText(/127\.0\.0\.1|::1/);
  await expect(page.locator("body")).not.toContainText(marker);
  await expectAccessible(page);
});
