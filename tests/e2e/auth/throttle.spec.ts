import { expect, test, type Page } from "../support/test";
import { createOwnAccount } from "../support/accounts";
import { signInViaForm, tooManyAttemptsText } from "../support/session";
import en from "../../../lib/i18n/messages/core/en.json" with { type: "json" };

// Password guessing is throttled per account and address (the address the server saw, not one the
// client claims), and a browser that signed in to the account before keeps its way in (device cookie).
// Its own account, so that the lock-out it provokes touches no other test.
//
// The browser-test server runs as behind one reverse proxy (SP_TRUSTED_PROXIES=1): the last
// X-Forwarded-For entry is the address that proxy saw. Here every person sits at the same address,
// OFFICE, as the proxy would report it; whatever a client writes to the left of it is its own claim.
const OFFICE = "198.51.100.50";
const at = (claimed?: string) => ({ "X-Forwarded-For": claimed ? `${claimed}, ${OFFICE}` : OFFICE });
const TOO_MANY_15 = tooManyAttemptsText(en.signIn.tooMany, 15);
const PASSWORD = "Throttle-test-passphrase-2026";

/** A sign-in through the form that fails with `message` (the password field is emptied each time). */
async function failsWith(page: Page, email: string, password: string, message: string) {
  await signInViaForm(page, email, password);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(message);
}

test("a guesser is stopped, forged addresses do not help, and the owner's own browser still signs in", async ({ browser }) => {
  test.setTimeout(120_000);
  const email = await createOwnAccount({ prefix: "throttle", password: PASSWORD });

  // The owner signs in once from their browser: it now carries a device cookie for the account.
  const owner = await browser.newContext({ extraHTTPHeaders: at() });
  const ownerPage = await owner.newPage();
  await signInViaForm(ownerPage, email, PASSWORD);
  await expect(ownerPage).toHaveURL(/\/portal\/civil-society$/);
  const device = (await owner.cookies()).find((c) => c.name === "sp_device");
  expect(device, "device cookie").toBeTruthy();
  expect(device!.httpOnly).toBe(true);
  expect(device!.path).toBe("/api/auth");
  await owner.clearCookies({ name: /session-token/ });

  // A guesser at the same address, each time claiming another one: five wrong passwords…
  const guesser = await (await browser.newContext({ extraHTTPHeaders: at("203.0.113.9") })).newPage();
  for (let i = 1; i <= 5; i++) {
    await guesser.context().setExtraHTTPHeaders(at(`203.0.113.${i}`));
    await failsWith(guesser, email, `wrong-${i}`, en.signIn.failed);
  }
  // …then it is refused before the password is even compared — the right one included.
  await guesser.context().setExtraHTTPHeaders(at("192.0.2.77"));
  await failsWith(guesser, email, PASSWORD, TOO_MANY_15);

  // Any other unknown browser at that address is refused too, and the form says what to do.
  const stranger = await (await browser.newContext({ extraHTTPHeaders: at() })).newPage();
  await failsWith(stranger, email, PASSWORD, TOO_MANY_15);

  // The owner's browser, at the very same address, is not locked out.
  await signInViaForm(ownerPage, email, PASSWORD);
  await expect(ownerPage).toHaveURL(/\/portal\/civil-society$/);
});
