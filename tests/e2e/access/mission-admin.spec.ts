import { expect, test } from "../support/test";
import { acceptInvitation, account } from "../support/accounts";
import { linkIn, mailCount, waitForMail } from "../support/mailbox";
import { expectAccessible, signedInPage, signInViaApi, signInViaForm } from "../support/session";
import { stableUuid } from "../../../prisma/seed/random";
import core from "../../../lib/i18n/messages/core/en.json" with { type: "json" };
import en from "../../../lib/i18n/messages/access/en.json" with { type: "json" };
import fr from "../../../lib/i18n/messages/access/fr.json" with { type: "json" };
import es from "../../../lib/i18n/messages/access/es.json" with { type: "json" };

// Issue 12, items 5 and 6: a mission administrator manages its own mission's accounts only, and a
// privileged role takes effect only once a second, different member approves it.

test("a mission administrator adds a user to Norway and gets 404 for Brazil's users", async ({ page, browser }) => {
  const norway = account("STATE", "state@sp-portal.example");
  await signInViaApi(page, norway.email, norway.password);
  await page.goto("/portal/state");
  await page.getByRole("link", { name: en.missionUsers.nav }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.missionUsers.heading);
  await expectAccessible(page);

  // Adding: name and email only; the link is shown once (and mailed).
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: en.missionUsers.submit }) });
  const email = `attache.${Date.now()}@norway.example`;
  await form.getByLabel(en.missionUsers.name).fill("Ola Attaché");
  await form.getByLabel(en.missionUsers.email).fill("not an email");
  await form.getByRole("button", { name: en.missionUsers.submit }).click();
  await expect(form.getByLabel(en.missionUsers.email)).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel(en.missionUsers.name)).toHaveValue("Ola Attaché");
  await form.getByLabel(en.missionUsers.email).fill(email);
  await form.getByRole("button", { name: en.missionUsers.submit }).click();
  await expect(form.getByRole("status")).toHaveText(en.missionUsers.added);
  const link = (await form.getByTestId("invitation-link").textContent())!;
  expect(link).toMatch(/\/invitation\/[A-Za-z0-9_-]{43}$/);

  // The new person sets a password through the link and lands in Norway's workspace.
  const other = await (await browser.newContext()).newPage();
  await other.goto(new URL(link).pathname);
  await other.getByRole("textbox", { name: core.invitation.newPassword, exact: true }).fill("ola's own passphrase");
  await other.getByRole("textbox", { name: core.invitation.confirmPassword, exact: true }).fill("ola's own passphrase");
  await other.getByRole("button", { name: core.invitation.submit }).click();
  await expect(other.getByRole("status")).toHaveText(core.invitation.accepted);
  await signInViaForm(other, email, "ola's own passphrase");
  await expect(other).toHaveURL(/\/portal\/state$/);
  await expect(other.getByTestId("state-name")).toHaveText("Norway");
  // A plain member of the mission administers nothing.
  expect((await other.goto("/portal/state/users"))!.status()).toBe(403);

  // The administrator opens the new user, resets its second factor, then deactivates it.
  await page.reload();
  await page.getByRole("link", { name: "Ola Attaché" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ola Attaché");
  await expectAccessible(page);
  await page.getByRole("button", { name: en.missionUsers.resetFactor }).click();
  await page.getByRole("dialog").getByRole("button", { name: en.missionUsers.confirm }).click();
  await expect(page.getByRole("status")).toHaveText(en.missionUsers.factorReset);
  await page.getByRole("button", { name: en.missionUsers.deactivate }).click();
  await page.getByRole("dialog").getByRole("button", { name: en.missionUsers.confirm }).click();
  await expect(page.getByTestId("member-status")).toHaveText(en.missionUsers.inactive);
  await other.reload();
  await expect(other).toHaveURL(/\/signin/);

  // Brazil's user, the secretariat and nonsense: not found, not forbidden.
  for (const who of ["state2@sp-portal.example", "secretariat@sp-portal.example"]) {
    const res = await page.goto(`/portal/state/users/${stableUuid(`user:${who}`)}`);
    expect(res!.status(), who).toBe(404);
  }
  expect((await page.goto("/portal/state/users/not-a-user"))!.status()).toBe(404);
  await page.goto("/portal/state/users");
  await expect(page.getByText("state2@sp-portal.example")).toHaveCount(0);

  // The same page in French and in Spanish.
  for (const [locale, m] of [
    ["fr-CH", fr],
    ["es-ES", es],
  ] as const) {
    const p = await signedInPage(browser, norway, { locale });
    await p.goto("/portal/state/users");
    await expect(p.getByRole("heading", { level: 1 })).toHaveText(m.missionUsers.heading);
    await expect(p.getByRole("button", { name: m.missionUsers.submit })).toBeVisible();
    await p.context().close();
  }
  await other.context().close();
});

test("the secretariat appoints a mission administrator", async ({ browser }) => {
  const secretariat = await signedInPage(browser, account("SECRETARIAT"));
  await secretariat.goto("/portal/mission-admins");
  await expect(secretariat.getByRole("heading", { level: 1 })).toHaveText(en.missionAdmins.heading);
  await expectAccessible(secretariat);
  // The demo missions' accounts are their administrators.
  const row = secretariat.locator("tr", { hasText: "state2@sp-portal.example" });
  await expect(row.getByRole("button", { name: en.missionAdmins.remove })).toBeVisible();
  await secretariat.context().close();
});

test("a privileged grant waits for a second approver", async ({ browser }) => {
  const admin = await signedInPage(browser, account("ADMIN"));
  await admin.goto("/portal/admin/users");
  const form = admin.locator("form").filter({ has: admin.getByRole("button", { name: core.users.submit }) });
  const email = `officer.${Date.now()}@ohchr.example`;
  await form.getByLabel(core.users.name).fill("Nadia Officer");
  await form.getByLabel(core.users.email).fill(email);
  await form.getByLabel(core.users.role).selectOption("SECRETARIAT");
  await form.getByRole("button", { name: core.users.submit }).click();
  await expect(form.getByText(en.roleGrants.pendingCreated)).toBeVisible();
  // Not yet: no invitation link is shown or mailed before a second member approves.
  await expect(form.getByTestId("invitation-link")).toHaveCount(0);
  expect(await mailCount(email)).toBe(0);

  // The requester sees its request but cannot approve it.
  await admin.goto("/portal/role-requests");
  await expectAccessible(admin);
  const own = admin.getByTestId("pending-grant").filter({ hasText: email });
  await expect(own).toContainText(en.roleGrants.ownRequest);
  await expect(own.getByRole("button", { name: en.roleGrants.approve })).toHaveCount(0);

  // A different member approves it.
  const secretariat = await signedInPage(browser, account("SECRETARIAT"));
  await secretariat.goto("/portal/secretariat");
  await secretariat.getByRole("link", { name: en.roleGrants.nav }).click();
  const pending = secretariat.getByTestId("pending-grant").filter({ hasText: email });
  await pending.getByRole("button", { name: en.roleGrants.approve }).click();
  // The row moves from "awaiting" to "recently decided".
  await expect(secretariat.getByTestId("pending-grant").filter({ hasText: email })).toHaveCount(0);
  await expect(secretariat.getByRole("listitem").filter({ hasText: email })).toContainText("Demo Secretariat Officer");

  // Both steps are in the audit log; the secretariat was told by mail.
  await admin.goto("/portal/audit");
  await expect(admin.locator("tbody tr", { hasText: "role-grant.approve" }).first()).toBeVisible();
  await expect(admin.locator("tbody tr", { hasText: "role-grant.request" }).first()).toBeVisible();
  await secretariat.goto("/portal/secretariat/outbox");
  await expect(secretariat.getByText(`Approved: Secretariat role for ${email}`)).toBeVisible();

  // Now the invitation goes; the account works, with its role (and first sets up its second factor).
  await acceptInvitation(browser, linkIn(await waitForMail(email), "/invitation/"), "nadia's long passphrase");
  const newcomer = await (await browser.newContext()).newPage();
  await signInViaForm(newcomer, email, "nadia's long passphrase");
  await expect(newcomer).toHaveURL(/\/second-factor$/);
  for (const p of [admin, secretariat, newcomer]) await p.context().close();
});
