import { readFileSync } from "node:fs";
import pg from "pg";
import { expect, test } from "../support/test";
import { account } from "../support/accounts";
import { expectAccessible } from "../support/session";
import { SpecClock } from "../support/clock";
import { e2eDatabaseUrlFile } from "../support/database";
import { E2E_PORT } from "../../../playwright.config";
import en from "../../../lib/i18n/messages/communications/en.json" with { type: "json" };

// Issue 17, item 4 (R5): Norway replies in Norwegian on day 3 of a dispatched joint urgent appeal; with
// the setting on (its default) a visitor sees the letter and the reply public at once, marked
// "translation pending" — on a search page the response cache had kept from before the reply too —
// until the secretariat attaches a translation.
const t = en.communications;
const SECRETARIAT = account("SECRETARIAT");
const NORWAY = account("STATE", "state@sp-portal.example");
const DAY = 24 * 60 * 60 * 1000;
const clock = new SpecClock();

/** An approved joint urgent appeal to Norway, from the demo holder's and co-signer's mandates. */
async function approvedJointLetter(subject: string): Promise<string> {
  const client = new pg.Client({ connectionString: readFileSync(e2eDatabaseUrlFile(E2E_PORT), "utf8") });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `with letter as (
         insert into "Communication" ("id", "type", "status", "urgent", "addresseeKind", "addresseeStateId", "subject", "summary", "body", "createdAt", "updatedAt")
         select gen_random_uuid(), 'UA', 'APPROVED', true, 'STATE', s.id, $1, 'Alleged detention of a human rights defender.',
           'Excellency, we have the honour to address you concerning the alleged detention of a human rights defender.', now() at time zone 'utc', now() at time zone 'utc'
         from "State" s where s.iso3 = 'NOR'
         returning "id")
       insert into "CommunicationMandate" ("communicationId", "mandateId", "status")
       select letter.id, t."mandateId", case when u.email = $2 then 'LEAD' else 'SIGNED' end::"SignatureStatus"
       from letter, "User" u join "MandateTenure" t on t."mandateHolderId" = u."mandateHolderId" and t."endDate" is null
       where u.email in ($2, $3)
       returning "communicationId" as id`,
      [subject, "holder@sp-portal.example", "cosigner@sp-portal.example"],
    );
    expect(rows).toHaveLength(2);
    return rows[0]!.id;
  } finally {
    await client.end();
  }
}

test("Norway replies in Norwegian on day 3: letter and reply are public at once, translation pending until attached", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const marker = `Zqnorsk${Date.now()}`;
  const id = await approvedJointLetter(`Detention of a defender ${marker}`);
  const search = `/communications?q=${marker}`;

  // Day 0: the secretariat dispatches the letter.
  const secretariat = await clock.signedInPage(browser, SECRETARIAT);
  await secretariat.goto(`/portal/secretariat/communications/${id}`);
  await secretariat.getByRole("button", { name: t.dispatch }).click();
  await secretariat.getByRole("dialog").getByRole("button", { name: t.dispatch }).click();
  await expect(secretariat.getByTestId("reference")).toHaveText(/^UA NOR \d+\/\d{4}$/);
  const reference = (await secretariat.getByTestId("reference").textContent())!;

  // A visitor finds nothing yet; the search page is now kept by the public response cache.
  const visitor = await clock.newPage(browser);
  expect((await visitor.goto(`/communications/${id}`))?.status()).toBe(404);
  await visitor.goto(search);
  await expect(visitor.getByTestId("search-empty")).toBeVisible();
  // (Polled: a change by a spec running beside this one empties the cache, and the next request fills it.)
  await expect.poll(async () => (await visitor.request.get(search)).headers()["x-sp-cache"]).toBe("HIT");

  // Day 3: Norway is told its reply will be public on receipt, and replies in Norwegian.
  await clock.advance(3 * DAY);
  const norway = await clock.signedInPage(browser, NORWAY);
  await norway.goto(`/portal/state/communications/${id}`);
  await expect(norway.getByTestId("reply-publication")).toContainText(t.replyPublishedAtOnce);
  await norway.getByLabel(t.replyLanguage).selectOption({ label: "Norwegian" });
  await norway.getByRole("textbox", { name: t.replyText }).fill("Regjeringen takker spesialrapportørene og gir følgende opplysninger.");
  await norway.getByRole("button", { name: t.sendReply }).click();
  await expect(norway.getByRole("status")).toHaveText(t.replySent);
  await expect(norway.getByTestId("translation-pending")).toHaveText(t.translationPending);
  await expectAccessible(norway);

  // At once, for anyone: the letter, the reply untranslated and marked, in the search too.
  expect((await visitor.goto(`/communications/${id}`))?.status()).toBe(200);
  await expect(visitor.getByTestId("reference")).toHaveText(reference);
  const reply = visitor.getByTestId("reply");
  await expect(reply).toContainText("Norwegian");
  await expect(reply.getByTestId("reply-original")).toHaveText("Regjeringen takker spesialrapportørene og gir følgende opplysninger.");
  await expect(reply.getByTestId("translation-pending")).toHaveText(t.translationPending);
  await visitor.goto(search);
  await expect(visitor.getByTestId("public-communication").filter({ hasText: reference }).getByTestId("translation-pending")).toBeVisible();

  // The secretariat attaches a translation: the mark goes, the translation stands beside the original.
  await secretariat.reload();
  const form = secretariat.getByTestId("translation-form");
  await form.getByText(t.attachTranslation).click();
  await form.getByLabel(t.translationText).fill("The Government thanks the Special Rapporteurs and provides the following information.");
  await form.getByRole("button", { name: t.saveTranslation }).click();
  await expect(form.getByRole("status")).toHaveText(t.translationSaved);

  await visitor.goto(`/communications/${id}`);
  await expect(reply.getByTestId("translation-pending")).toHaveCount(0);
  await expect(reply.getByTestId("reply-translation")).toContainText("The Government thanks the Special Rapporteurs");
  await expect(reply.getByTestId("reply-original")).toContainText("Regjeringen takker");
  await expectAccessible(visitor);
});
