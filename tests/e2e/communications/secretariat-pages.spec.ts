import { expect, test } from "../support/test";
import { account } from "../support/accounts";
import { expectAccessible, signInViaApi } from "../support/session";
import jointReport from "../../../lib/i18n/messages/joint-report/en.json" with { type: "json" };
import followUp from "../../../lib/i18n/messages/follow-up/en.json" with { type: "json" };
import mail from "../../../lib/i18n/messages/mail/en.json" with { type: "json" };
import core from "../../../lib/i18n/messages/core/en.json" with { type: "json" };

const PAGES = [
  ["/portal/secretariat/joint-report", jointReport.jointReport.heading],
  ["/portal/secretariat/follow-up", followUp.followUp.heading],
  ["/portal/secretariat/outbox", mail.outbox.heading],
] as const;

test("the secretariat's report, follow-up and outbox pages open, reachable from its navigation, and are accessible", async ({ page }) => {
  const secretariat = account("SECRETARIAT");
  await signInViaApi(page, secretariat.email, secretariat.password);
  for (const [path, heading] of PAGES) {
    await page.goto("/portal/secretariat");
    await page.locator(`nav a[href="${path}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expectAccessible(page);
  }
});

test("a mandate holder and a State cannot open them", async ({ page }) => {
  for (const who of [account("MANDATE_HOLDER", "holder@sp-portal.example"), account("STATE", "state@sp-portal.example")]) {
    await page.context().clearCookies();
    await signInViaApi(page, who.email, who.password);
    for (const [path] of PAGES) {
      const res = await page.goto(path);
      expect(res?.status(), `${who.email} ${path}`).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(core.errors.forbiddenHeading);
    }
  }
});
