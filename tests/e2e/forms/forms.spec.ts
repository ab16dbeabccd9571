import { expect, test, type Page } from "../support/test";
import { account } from "../support/accounts";
import { signedInPage } from "../support/session";
import { SpecClock } from "../support/clock";
import { genevaCalendarDate } from "../../../lib/core/geneva";
import communications from "../../../lib/i18n/messages/communications/en.json" with { type: "json" };
import visits from "../../../lib/i18n/messages/visits/en.json" with { type: "json" };
import core from "../../../lib/i18n/messages/core/en.json" with { type: "json" };

// Issue 17, item 6: forms that lead somewhere. A new record leads to its page with a confirmation;
// every action says what it did; a field's error goes once the field is corrected; deadlines show
// Geneva time and the reader's own; visit dates that have passed are refused.
const tc = communications.communications;
const tv = visits.visits;
const HOLDER = account("MANDATE_HOLDER", "holder@sp-portal.example");
const COSIGNER = account("MANDATE_HOLDER", "cosigner@sp-portal.example");
const NORWAY = account("STATE", "state@sp-portal.example");
const DAY = 24 * 60 * 60 * 1000;
/** A Geneva calendar day `days` from the spec's now, as a date input takes it. */
const genevaDay = (clock: SpecClock, days: number) =>
  genevaCalendarDate(new Date(clock.now().getTime() + days * DAY))
    .toISOString()
    .slice(0, 10);
const plain = (s: string | null) => (s ?? "").replace(/\s+/gu, " ").trim();

/** React reports a hydration mismatch on the console (minified in production: errors #418, #423, #425). */
function watchHydration(page: Page): string[] {
  const errors: string[] = [];
  const hydration = /hydrat|#418|#423|#425/i;
  page.on("console", (m) => {
    if (m.type() === "error" && hydration.test(m.text())) errors.push(m.text());
  });
  page.on("pageerror", (e) => {
    if (hydration.test(e.message)) errors.push(e.message);
  });
  return errors;
}

test("a holder's new draft leads to its page, where it is submitted; a corrected field loses its error", async ({ browser }) => {
  const holder = await signedInPage(browser, HOLDER);
  const subject = `E2E forms draft ${Date.now()}`;
  await holder.goto("/portal/mandate-holder/communications/new");
  await holder.getByLabel(tc.addressee).selectOption({ label: "Norway" });
  await holder.getByLabel(tc.summary).fill("Alleged detention of a journalist after cooperation with the United Nations.");
  await holder
    .getByLabel(tc.body)
    .fill(`Excellency,\n\n${"We have the honour to address you concerning the alleged detention of a journalist. ".repeat(3)}`);
  // No subject: the error is beside the field, and goes as soon as the field is filled in.
  await holder.getByRole("button", { name: tc.saveDraft }).click();
  const field = holder.getByLabel(tc.subject);
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(holder.locator("main").getByRole("alert")).toHaveText(core.errors.invalidInput);
  await field.fill(subject);
  await expect(field).not.toHaveAttribute("aria-invalid");
  await expect(holder.locator("main").getByRole("alert")).toHaveCount(0);
  expect(await holder.locator(`#${await field.getAttribute("id")}-error`).count()).toBe(0);

  // Saved: on the draft's own page, with the confirmation, and nothing of it in the address.
  await holder.getByRole("button", { name: tc.saveDraft }).click();
  await expect(holder).toHaveURL(/\/portal\/mandate-holder\/communications\/[0-9a-f-]{36}$/);
  await expect(holder.getByRole("status")).toHaveText(tc.saved);
  await expect(holder.getByRole("heading", { level: 1 })).toHaveText(subject);
  // Submitted from there: the button goes with the draft's status, and the page says what happened.
  await holder.getByRole("button", { name: tc.submit }).click();
  await expect(holder.getByRole("status")).toHaveText(tc.submitted);
  await expect(holder.getByRole("button", { name: tc.submit })).toHaveCount(0);
  // The confirmation was for that moment: the next page starts without it.
  await holder.goto("/portal/mandate-holder/communications");
  await expect(holder.getByRole("status")).toHaveCount(0);
  await holder.context().close();
});

test("deadlines show Geneva time and the reader's own; a State cannot accept visit dates that have passed", async ({ browser }) => {
  const clock = new SpecClock();
  // Norway's officer reads in New York.
  const norway = await clock.signedInPage(browser, NORWAY, { timezoneId: "America/New_York" });
  const hydration = watchHydration(norway);
  await norway.goto("/portal/state/communications");
  const deadline = norway
    .getByTestId("communication-row")
    .filter({ has: norway.getByTestId("your-time") })
    .first()
    .locator("td")
    .last();
  const [geneva, yours] = [deadline.locator("time").first(), deadline.getByTestId("your-time").locator("time")];
  const at = new Date((await geneva.getAttribute("datetime"))!);
  const write = (timeZone: string) => new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone }).format(at);
  expect(plain(await geneva.textContent())).toBe(plain(write("Europe/Zurich")));
  expect(plain(await yours.textContent())).toBe(plain(write("America/New_York")));
  await expect(deadline).toContainText(`(${core.common.genevaTime})`);
  await expect(deadline.getByTestId("your-time")).toContainText("your time, America/New York");

  // The co-signing holder's mandate asks to visit Norway: the request's own page, confirmed.
  const cosigner = await clock.signedInPage(browser, COSIGNER);
  await cosigner.goto("/portal/mandate-holder/visits/new");
  await cosigner.getByLabel(tv.state).selectOption({ label: "Norway" });
  await cosigner.getByLabel(tv.purpose).fill(`E2E forms ${Date.now()}: to look at the dates rule of country visits.`);
  await cosigner.getByLabel(tv.proposedPeriods).fill("Any time next year");
  await cosigner.getByRole("button", { name: tv.submitRequest }).click();
  await expect(cosigner).toHaveURL(/\/portal\/mandate-holder\/visits\/[0-9a-f-]{36}$/);
  await expect(cosigner.getByRole("status")).toHaveText(tv.requestSaved);
  const id = cosigner.url().split("/").pop()!;

  // Norway accepts with dates that began yesterday (the spec's yesterday): refused beside the field, kept.
  await norway.goto(`/portal/state/visits/${id}`);
  await norway.getByLabel(tv.answers.accept).check();
  const start = norway.getByLabel(new RegExp(`^${tv.start}`));
  await start.fill(genevaDay(clock, -1));
  await norway.getByLabel(new RegExp(`^${tv.end}`)).fill(genevaDay(clock, 4));
  await norway.getByRole("button", { name: tv.sendAnswer }).click();
  await expect(norway.getByText(tv.startInPast)).toBeVisible();
  await expect(start).toHaveValue(genevaDay(clock, -1));
  await expect(norway.getByTestId("visit-status")).toHaveText(tv.statuses.REQUESTED);
  // Corrected, the error goes at once; sent again, the dates stand.
  await start.fill(genevaDay(clock, 1));
  await expect(norway.getByText(tv.startInPast)).toHaveCount(0);
  await norway.getByRole("button", { name: tv.sendAnswer }).click();
  await expect(norway.getByTestId("visit-status")).toHaveText(tv.statuses.DATES_PROPOSED);
  expect(hydration).toEqual([]);

  // A week later the holder has not agreed: those dates can no longer be accepted, new ones are asked for.
  await clock.advance(7 * DAY);
  await cosigner.reload();
  await expect(cosigner.getByTestId("dates-passed")).toHaveText(tv.proposedDatesPassedHint);
  await expect(cosigner.getByRole("button", { name: tv.acceptProposedDates })).toHaveCount(0);
  await cosigner.getByRole("button", { name: tv.askNewDates }).click();
  await expect(cosigner.getByRole("status")).toHaveText(tv.done.remind);
  await expect(cosigner.getByTestId("visit-status")).toHaveText(tv.statuses.REMINDED);
});
