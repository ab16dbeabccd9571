import { expect, test, type Browser, type Page } from "../support/test";
import { account } from "../support/accounts";
import { expectAccessible, signInViaApi } from "../support/session";
import en from "../../../lib/i18n/messages/office-hours/en.json" with { type: "json" };
import { genevaDate } from "../../../lib/core/geneva";

const t = en.officeHours;
const HOLDER = account("MANDATE_HOLDER", "holder@sp-portal.example");
const NORWAY = account("STATE", "state@sp-portal.example");
const BRAZIL = account("STATE", "state2@sp-portal.example");

async function as(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInViaApi(page, who.email, who.password);
  return page;
}

test("a holder publishes office hours, Norway books one and the booking shows in both workspaces (R17)", async ({ browser }) => {
  test.setTimeout(180_000);
  const place = `Palais Wilson, room E2E-${Date.now()}`;
  const holder = await as(browser, HOLDER);
  await holder.goto("/portal/mandate-holder/office-hours");
  await expectAccessible(holder);
  // A date 60 days ahead, in Geneva, so it is surely free of the seeded slots' days.
  const date = genevaDate(new Date(Date.now() + 60 * 86_400_000));
  await holder.getByLabel(t.date).fill(date);
  await holder.getByLabel(t.time).fill("07:15");
  await holder.getByLabel(t.count).selectOption("2");
  await holder.getByLabel(t.location).fill(place);
  await holder.getByRole("button", { name: t.publish }).click();
  await expect(holder.getByRole("status").filter({ hasText: t.published })).toBeVisible();
  await expect(holder.getByTestId("own-slot").filter({ hasText: place })).toHaveCount(2);

  const norway = await as(browser, NORWAY);
  await norway.goto("/portal/state/office-hours");
  await expectAccessible(norway);
  let slot = norway.getByTestId("available-slot").filter({ hasText: place }).first();
  while (!(await slot.isVisible())) {
    await norway.getByRole("link", { name: "Next" }).click();
    slot = norway.getByTestId("available-slot").filter({ hasText: place }).first();
  }
  // Shown in Geneva time (07:15 there), and in the user's own zone when it differs.
  await expect(slot).toContainText(/\b0?7:15\b/);
  await slot.getByRole("textbox").fill("Our follow-up to the 2025 visit");
  await slot.getByRole("button", { name: t.book }).click();
  const booking = norway.getByTestId("booking").filter({ hasText: place });
  await expect(booking).toContainText("Our follow-up to the 2025 visit");

  // The holder sees who booked and why; Brazil no longer sees that slot.
  await holder.reload();
  await expect(holder.getByTestId("own-slot").filter({ hasText: place }).getByTestId("booked-by").first()).toContainText("Norway");
  const brazil = await as(browser, BRAZIL);
  await brazil.goto("/portal/state/office-hours");
  await expect(brazil.locator("body")).not.toContainText("Our follow-up to the 2025 visit");

  // Norway cancels (after confirming); the slot is free again.
  await booking.getByRole("button", { name: t.cancelBooking }).click();
  await norway.getByRole("dialog").getByRole("button", { name: t.cancelBooking }).click();
  await expect(norway.getByTestId("booking").filter({ hasText: place })).toHaveCount(0);
});
