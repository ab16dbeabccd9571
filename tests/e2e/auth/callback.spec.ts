import { expect, test } from "../support/test";
import { account } from "../support/accounts";

// Issue 13, item 2: after sign-in the browser goes to a path of this site, whatever callbackUrl says.
// The browser follows the reported address and an absolute one; every other form of a hostile address
// (line breaks, backslashes, encoded slashes, javascript:) is a case of lib/auth/safe-callback.test.ts.
const STATE = account("STATE", "state@sp-portal.example");
const HOSTILE = ["/%09/evil.example", "https://evil.example/"];

for (const callbackUrl of HOSTILE) {
  test(`sign-in with callbackUrl=${callbackUrl} stays on the portal`, async ({ page, baseURL }) => {
    await page.goto(`/signin?callbackUrl=${callbackUrl}`);
    await page.getByLabel("Email address").fill(STATE.email);
    await page.getByLabel("Password").fill(STATE.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/portal\/state/);
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  });
}

test("a same-site callbackUrl is followed", async ({ page }) => {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent("/portal/state/communications")}`);
  await page.getByLabel("Email address").fill(STATE.email);
  await page.getByLabel("Password").fill(STATE.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/portal\/state\/communications$/);
});

test("next-auth's own endpoint answers only this site's addresses", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  for (const callbackUrl of ["https://evil.example/", "/\t/evil.example", `${origin}//evil.example`]) {
    const res = await page.request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: STATE.email, password: STATE.password, callbackUrl, json: "true" },
    });
    const { url } = (await res.json()) as { url: string };
    expect(new URL(url).origin, callbackUrl).toBe(origin);
  }
});
