import { expect, test } from "../support/test";
import { account, createOwnAccount } from "../support/accounts";
import { expectAccessible } from "../support/session";
import { SpecClock } from "../support/clock";
import { e2eSql } from "../support/sql";
import { genevaDate } from "../../../lib/core/geneva";
import notifications from "../../../lib/i18n/messages/notifications/en.json" with { type: "json" };
import stories from "../../../lib/i18n/messages/stories/en.json" with { type: "json" };
import mail from "../../../lib/i18n/messages/mail/en.json" with { type: "json" };

// Issue 17, item 5, in the browser: the list and its unread count, marking read, opening one, the
// choice of a daily digest, the digest sent from the outbox at the spec's own time with its text
// shown there, and someone else's notification or no session refused. The rules of each kind are
// proved by tests/integration/notifications.test.ts.

const t = notifications.notifications;
const PASSWORD = "notifications spec passphrase";

test("a person reads, opens and marks notifications, chooses the daily digest, and the outbox shows the digest's text", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const clock = new SpecClock();
  const email = await createOwnAccount({ prefix: "notified", password: PASSWORD });
  const userId = (await e2eSql<{ id: string }>(`select "id" from "User" where "email" = $1`, [email]))[0]!.id;
  // Two notices already there (a day old at the spec's time), and one of someone else's.
  const day = new Date(clock.now().getTime() - 86_400_000);
  const plant = (owner: string, receipt: string, minutesLater = 0) =>
    e2eSql<{ id: string }>(
      `insert into "Notification" ("id", "userId", "kind", "params", "link", "recordType", "recordId", "delivery", "createdAt")
       values (gen_random_uuid(), $1, 'story.moderated', $2, '/portal/civil-society', 'GoodStory', 'x', 'IMMEDIATE', $3) returning "id"`,
      [owner, JSON.stringify({ title: receipt, decision: "published" }), new Date(day.getTime() + minutesLater * 60_000)],
    );
  await plant(userId, "First story");
  await plant(userId, "Second story", 1); // a minute later: first in the list, newest first
  const [holder] = await e2eSql<{ id: string }>(`select "id" from "User" where "email" = 'holder@sp-portal.example'`);
  const [others] = await plant(holder!.id, "Not yours");

  const page = await clock.signedInPage(browser, { email, password: PASSWORD });
  await page.goto("/portal/notifications");
  await expect(page.getByTestId("header-notifications")).toHaveText(t.navUnread.replace("{count}", "2"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.heading);
  const items = page.getByTestId("notification");
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText("Your good story “Second story” was published.");
  await expectAccessible(page);

  // Mark one read; open the other: it is read and the browser is at the record's page.
  await items
    .filter({ hasText: "Second story" })
    .getByRole("button", { name: /^Mark as read/ })
    .click();
  await expect(page.getByTestId("header-notifications")).toHaveText(t.navUnread.replace("{count}", "1"));
  await items.filter({ hasText: "First story" }).getByRole("link", { name: /^Open/ }).click();
  await expect(page).toHaveURL(/\/portal\/civil-society$/);
  await expect(page.getByTestId("header-notifications")).toHaveText(t.nav);

  // Someone else's notification is not found; without a session, the list asks to sign in.
  expect((await page.request.get(`/portal/notifications/${others!.id}`, { maxRedirects: 0 })).status()).toBe(404);
  const anonymous = await browser.newContext();
  const refused = await anonymous.request.get("/portal/notifications", { maxRedirects: 0 });
  expect(refused.headers()["location"] ?? "").toContain("/signin");
  await anonymous.close();

  // The daily digest for good stories.
  await page.goto("/portal/notifications");
  const choice = page.getByRole("group", { name: t.kinds.story.moderated.label });
  await choice.getByRole("radio", { name: t.digest }).check();
  await page.getByRole("button", { name: t.savePreferences }).click();
  await expect(page.getByText(t.preferencesSaved)).toBeVisible();

  // The secretariat moderates a story of this person's: the notice waits for the digest.
  const title = `Digest story ${Date.now()}`;
  const [story] = await e2eSql<{ id: string }>(
    `insert into "GoodStory" ("id", "title", "recommendation", "whatChanged", "submittedById", "updatedAt")
     values (gen_random_uuid(), $1, 'A recommendation long enough.', 'What changed, long enough.', $2, now()) returning "id"`,
    [title, userId],
  );
  const secretariat = await clock.signedInPage(browser, account("SECRETARIAT"));
  await secretariat.goto(`/portal/secretariat/stories/${story!.id}`);
  await secretariat.getByRole("radio", { name: stories.stories.decisions.publish }).check();
  await secretariat.getByRole("button", { name: stories.stories.applyDecision }).click();
  await expect(secretariat.getByText(stories.stories.moderated)).toBeVisible();
  const [notice] = await e2eSql<{ delivery: string; outboxMessageId: string | null }>(
    `select "delivery", "outboxMessageId" from "Notification" where "userId" = $1 and "params"->>'title' = $2`,
    [userId, title],
  );
  expect(notice).toEqual({ delivery: "DIGEST", outboxMessageId: null });

  // Sent now from the outbox, at the spec's time; the outbox shows the mail's text.
  await secretariat.goto("/portal/secretariat/outbox?status=PENDING");
  await secretariat.getByRole("button", { name: t.runDigests }).click();
  await expect(secretariat.getByText(t.digestsSent)).toBeVisible();
  await secretariat.goto("/portal/secretariat/outbox?status=PENDING");
  const row = secretariat.getByTestId("outbox-row").filter({ hasText: email });
  await expect(row).toContainText(`SP Portal: 1 notice of ${genevaDate(clock.now())}`);
  await expect(row).toContainText(mail.outbox.notUrgent);
  await row.getByText(mail.outbox.showText).click();
  await expect(row.getByTestId("outbox-text")).toContainText(`Your good story “${title}” was published.`);
  await expectAccessible(secretariat);
  // The person's list shows it, marked as in the digest.
  await page.goto("/portal/notifications");
  await expect(page.getByTestId("notification").filter({ hasText: title })).toContainText(t.mailedDigest);
});
