import { expect, test } from "../support/test";
import { account, ownAddress } from "../support/accounts";
import { linkIn, waitForMail } from "../support/mailbox";
import { expectAccessible, signedInPage, signInViaApi, signInViaForm } from "../support/session";
import { stableUuid } from "../../../prisma/seed/random";
import core from "../../../lib/i18n/messages/core/en.json" with { type: "json" };
import questionnaires from "../../../lib/i18n/messages/questionnaires/en.json" with { type: "json" };
import en from "../../../lib/i18n/messages/organisations/en.json" with { type: "json" };
import fr from "../../../lib/i18n/messages/organisations/fr.json" with { type: "json" };
import es from "../../../lib/i18n/messages/organisations/es.json" with { type: "json" };

// Issue 17, item 3 end to end: an NGO finds its way from a public call for input to registering,
// confirms its e-mail through the real SMTP server of the test server, waits (seeing nothing but its
// status), is approved by the secretariat and answers the call. Unconfirmed, it cannot sign in; it
// never reaches another organisation's members.
const t = en.organisations;
const g = en.guestAnswers;
const q = questionnaires.questionnaires;
// The sample call to civil society the demo data keeps open (prisma/seed/questionnaires.ts).
const CALL = "[Sample] Call for input: displacement in the context of climate change";
const PASSWORD = "our organisation's passphrase";

test("an NGO registers, confirms its e-mail, is approved by the secretariat and answers a call", async ({ browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const name = `Coastal Rights Collective ${stamp}`;
  const email = `contact.${stamp}@coastal-rights.example`;

  // A visitor — from an address of its own: open forms are throttled per address — reads the call
  // and is shown the ways to answer it.
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ownAddress() } });
  const ngo = await context.newPage();
  await ngo.goto("/calls-for-input?status=open&audience=CIVIL_SOCIETY");
  await ngo.getByRole("link", { name: CALL }).click();
  await expect(ngo).toHaveURL(/\/calls-for-input\/[0-9a-f-]{36}$/);
  const callUrl = new URL(ngo.url()).pathname;
  const ways = ngo.getByTestId("answer-ways");
  await expect(ways.getByRole("link", { name: g.answerWithoutAccount })).toBeVisible();
  await ways.getByRole("link", { name: g.register }).click();
  await expect(ngo.getByRole("heading", { level: 1 })).toHaveText(t.registerHeading);
  await expectAccessible(ngo);

  // A mistake is shown beside its field, with everything typed kept.
  await ngo.getByLabel(t.name).fill(name);
  await ngo.getByLabel(t.country).selectOption({ label: "Kenya" });
  await ngo.getByLabel(t.website).fill("not a website");
  await ngo.getByLabel(t.contactName).fill("Amina Contact");
  await ngo.getByLabel(t.contactEmail).fill(email);
  await ngo.getByRole("textbox", { name: t.password, exact: true }).fill(PASSWORD);
  await ngo.getByRole("textbox", { name: t.confirmPassword, exact: true }).fill(PASSWORD);
  await ngo.getByRole("button", { name: t.register }).click();
  await expect(ngo.getByText(t.websiteInvalid)).toBeVisible();
  await expect(ngo.getByLabel(t.website)).toHaveAttribute("aria-invalid", "true");
  await expect(ngo.getByLabel(t.name)).toHaveValue(name);
  await ngo.getByLabel(t.website).fill("coastal-rights.example");
  await ngo.getByRole("textbox", { name: t.password, exact: true }).fill(PASSWORD);
  await ngo.getByRole("textbox", { name: t.confirmPassword, exact: true }).fill(PASSWORD);
  await ngo.getByRole("button", { name: t.register }).click();
  await expect(ngo.getByTestId("registered")).toContainText(t.registered);

  // Not confirmed yet: the right password does not sign in, and the form says why.
  await signInViaForm(ngo, email, PASSWORD);
  await expect(ngo.locator("main").getByRole("alert")).toHaveText(core.signIn.emailUnconfirmed);
  await expect(ngo).toHaveURL(/\/signin$/);

  // The link arrives by mail; opening it does nothing until the button is pressed.
  await ngo.goto(linkIn(await waitForMail(email, { subject: en.organisationMail.confirmSubject }), "/organisations/confirm/"));
  await expect(ngo.getByText(email)).toBeVisible();
  await expectAccessible(ngo);
  await ngo.getByRole("button", { name: t.confirmButton }).click();
  await expect(ngo.getByRole("status")).toHaveText(t.confirmed);

  // Signed in, it sees its organisation waiting, and nothing else.
  await signInViaApi(ngo, email, PASSWORD);
  await ngo.goto("/portal");
  await expect(ngo).toHaveURL(/\/portal\/organisation$/);
  await expect(ngo.getByTestId("organisation-status")).toHaveText(t.stages["awaiting-decision"]);
  await expectAccessible(ngo);
  for (const path of ["/portal/civil-society", "/portal/questionnaires", "/stories/submit", "/portal/organisation/members/x"])
    expect((await ngo.goto(path))!.status(), path).toBe(403);
  await ngo.goto(callUrl);
  await expect(ngo.getByTestId("answer-ways")).toContainText(g.organisationPending);

  // The secretariat approves it from its queue.
  const secretariat = await signedInPage(browser, account("SECRETARIAT"));
  await secretariat.goto("/portal/secretariat");
  await secretariat.getByRole("link", { name: t.queueNav }).click();
  await secretariat.getByTestId("awaiting-decision").getByRole("link", { name }).click();
  await expect(secretariat.getByRole("heading", { level: 1 })).toHaveText(name);
  await expectAccessible(secretariat);
  await secretariat.getByRole("button", { name: t.approve }).click();
  await expect(secretariat.getByRole("status")).toHaveText(t.decided);
  await expect(secretariat.getByTestId("organisation-status")).toHaveText(t.stages.approved);

  // Approved: from the call's page straight to its answer, which the organisation submits.
  await ngo.goto(callUrl);
  await ngo.getByRole("link", { name: g.answerNow }).click();
  await expect(ngo.getByText(en.organisations.onBehalfOfOrganisation)).toBeVisible();
  await ngo.getByLabel(/^1\. /).fill("Coastal communities displaced by floods were resettled without consultation.");
  await ngo.getByRole("button", { name: q.submit }).click();
  await ngo.getByRole("dialog").getByRole("button", { name: q.submit }).click();
  await expect(ngo.getByTestId("receipt")).toContainText(/CFI-[0-9A-F]{10}/);

  // Its administrator sees its own members, and another organisation's member is not found.
  await ngo.goto("/portal/organisation");
  await expect(ngo.getByTestId("members")).toContainText(email);
  expect((await ngo.goto(`/portal/organisation/members/${stableUuid("user:civil@sp-portal.example")}`))!.status()).toBe(404);

  // The registration page in the other interface languages.
  for (const [locale, m] of [
    ["fr-CH", fr],
    ["es-ES", es],
  ] as const) {
    const p = await (await browser.newContext({ locale })).newPage();
    await p.goto("/organisations/register");
    await expect(p.getByRole("heading", { level: 1 })).toHaveText(m.organisations.registerHeading);
    await expect(p.getByRole("button", { name: m.organisations.register })).toBeVisible();
    await p.context().close();
  }
  await context.close();
  await secretariat.context().close();
});
