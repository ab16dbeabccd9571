import { readFileSync } from "node:fs";
import pg from "pg";
import { expect, test } from "../support/test";
import { account } from "../support/accounts";
import { expectAccessible, signedInPage } from "../support/session";
import { e2eDatabaseUrlFile } from "../support/database";
import { E2E_PORT } from "../../../playwright.config";
import mail from "../../../lib/i18n/messages/mail/en.json" with { type: "json" };

const t = mail.outbox;

/** A message as the delivery job leaves it after its fifth failed attempt. */
async function failedMessage(subject: string): Promise<string> {
  const client = new pg.Client({ connectionString: readFileSync(e2eDatabaseUrlFile(E2E_PORT), "utf8") });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `insert into "OutboxMessage" ("id", "toAddresses", "ccAddresses", "subject", "textBody", "urgent", "status", "notBefore", "createdAt", "kind", "attempts", "lastError")
       values (gen_random_uuid(), array['mission.nor@missions.example'], '{}', $1, 'Body', true, 'FAILED', now() at time zone 'utc', now() at time zone 'utc', 'test.undelivered', 5, '550 Mailbox unavailable')
       returning "id"`,
      [subject],
    );
    return rows[0]!.id;
  } finally {
    await client.end();
  }
}

test("the secretariat sees mail that could not be delivered and sends it again", async ({ browser }) => {
  const subject = `Undelivered ${Date.now()}`;
  await failedMessage(subject);
  const page = await signedInPage(browser, account("SECRETARIAT"));
  await page.goto("/portal/secretariat/outbox");
  await page.getByTestId("outbox-filter-FAILED").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.failedHeading);
  const row = page.getByTestId("outbox-row").filter({ hasText: subject });
  await expect(row).toContainText("550 Mailbox unavailable");
  await expectAccessible(page);
  await row.getByRole("button", { name: t.retryLabel.replace("{subject}", subject) }).click();
  // Queued again: it leaves this list (the page is rendered anew) and is back in the outbox — pending,
  // or already sent (the test server has an SMTP server, and an urgent mail goes at once).
  await expect(page.getByTestId("outbox-row").filter({ hasText: subject })).toHaveCount(0);
  await expect
    .poll(async () => {
      for (const status of ["PENDING", "SENT"] as const) {
        await page.goto(`/portal/secretariat/outbox?status=${status}`);
        const row = page.getByTestId("outbox-row").filter({ hasText: subject });
        if (await row.count()) return (await row.textContent())?.includes(t.status[status]) ? status : `${status}?`;
      }
      return null;
    })
    .toMatch(/^(PENDING|SENT)$/);
});
