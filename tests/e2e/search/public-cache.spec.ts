import { expect, test, type APIResponse } from "../support/test";
import { account } from "../support/accounts";
import { signInViaApi } from "../support/session";
import core from "../../../lib/i18n/messages/core/en.json" with { type: "json" };
import stories from "../../../lib/i18n/messages/stories/en.json" with { type: "json" };

// The public response cache (lib/public-cache/response-cache.ts, proxy.ts). This spec runs in the
// "serial" project: no other test changes data while it counts on a cached answer.
const HOLDER = account("MANDATE_HOLDER", "holder@sp-portal.example");
const cacheStatus = (res: APIResponse) => res.headers()["x-sp-cache"];
const nonceOf = (res: APIResponse) => /'nonce-([^']+)'/.exec(res.headers()["content-security-policy"] ?? "")?.[1] ?? "";
/** The page with its own script nonce (new in every answer, cached ones included) blanked out. */
const withoutNonce = async (res: APIResponse) => (await res.text()).replaceAll(nonceOf(res), "NONCE");

test("visitors get the public search from the cache, in their language; a signed-in user never does; a change empties it", async ({
  browser,
  playwright,
}) => {
  const search = `/communications?q=allegations&probe=${Date.now()}`;
  const visitor = await playwright.request.newContext({
    baseURL: test.info().project.use.baseURL,
    extraHTTPHeaders: { "accept-language": "en" },
  });

  const first = await visitor.get(search);
  expect(first.status()).toBe(200);
  expect(cacheStatus(first)).toBe("MISS");
  const second = await visitor.get(search);
  expect(cacheStatus(second)).toBe("HIT");
  // The same page, with its own nonce (issue 13: lib/public-cache/nonce-rewrite.ts).
  expect(nonceOf(second)).not.toBe(nonceOf(first));
  expect(await second.text()).not.toContain(nonceOf(first));
  expect(await withoutNonce(second)).toBe(await withoutNonce(first));
  expect(await second.text()).toContain(`>${core.nav.signIn}<`);

  // Another language is another answer, never the English one.
  const french = await visitor.get(search, { headers: { "accept-language": "fr" } });
  expect(cacheStatus(french)).toBe("MISS");
  expect(await french.text()).toContain('<html lang="fr"');

  // The JSON API too.
  const api = `/api/v1/communications?q=allegations&probe=${Date.now()}`;
  expect(cacheStatus(await visitor.get(api))).toBe("MISS");
  const apiAgain = await visitor.get(api);
  expect(cacheStatus(apiAgain)).toBe("HIT");
  expect((await apiAgain.json()).data.length).toBeGreaterThan(0);

  // A signed-in mandate holder gets the page rendered for them, with their own header.
  const holder = await (await browser.newContext()).newPage();
  await signInViaApi(holder, HOLDER.email, HOLDER.password);
  const own = await holder.goto(search);
  expect(own!.headers()["x-sp-cache"]).toBeUndefined();
  await expect(holder.getByRole("link", { name: core.nav.myWorkspace })).toBeVisible();
  await expect(holder.getByRole("link", { name: core.nav.signIn })).toHaveCount(0);

  // Any committed change (here an anonymous good story) means pages rendered before it are not served again.
  const page = await (await browser.newContext()).newPage();
  await page.goto("/stories/submit");
  // The form submits through its client handler: let the page finish loading its scripts first.
  await page.waitForLoadState("networkidle");
  await page.getByLabel(stories.stories.title).fill(`Cache probe ${Date.now()}`);
  await page
    .getByLabel(stories.stories.recommendation)
    .fill("Establish firewalls so that migrants can see a doctor without fear of immigration enforcement.");
  await page
    .getByLabel(stories.stories.whatChanged)
    .fill("A ministerial decree now forbids hospitals from passing patients' data to immigration authorities.");
  await page.getByRole("combobox", { name: stories.stories.state }).selectOption({ label: "Norway" });
  await page.getByLabel(stories.stories.submitterEmail).fill("visitor@example.org");
  await page.getByRole("checkbox", { name: "Migration", exact: true }).check();
  await page.getByRole("button", { name: stories.stories.submit }).click();
  await expect(page.getByTestId("status-token")).toBeVisible();
  const after = await visitor.get(search);
  expect(cacheStatus(after)).toBe("MISS");
  expect(cacheStatus(await visitor.get(search))).toBe("HIT");
  await visitor.dispose();
});
