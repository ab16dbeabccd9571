import { expect, test, type APIResponse } from "../support/test";

// Issue 13, item 1, through the production server: the security headers on every kind of answer,
// a new script nonce on every answer (the public response cache's included), and the browser
// working under the policy — with the violation watch of tests/e2e/support/test.ts proved able to fail.

function expectSecurityHeaders(res: APIResponse, what: string): string {
  const h = res.headers();
  const csp = h["content-security-policy"] ?? "";
  const directives = new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );
  const scriptSrc = directives.get("script-src") ?? [];
  expect(scriptSrc, `${what}: script-src`).toContain("'self'");
  expect(scriptSrc.join(" "), `${what}: no inline or evaluated scripts`).not.toMatch(/unsafe-inline|unsafe-eval/);
  const nonce = scriptSrc.map((s) => /^'nonce-([A-Za-z0-9+/]{22}==)'$/.exec(s)?.[1]).find(Boolean);
  expect(nonce, `${what}: a script nonce`).toBeTruthy();
  expect(directives.get("frame-ancestors"), what).toEqual(["'none'"]);
  expect(directives.get("object-src"), what).toEqual(["'none'"]);
  expect(directives.get("base-uri"), what).toEqual(["'self'"]);
  expect(directives.get("form-action"), what).toEqual(["'self'"]);
  expect(h["x-content-type-options"], what).toBe("nosniff");
  expect(h["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"], what).toContain("camera=()");
  expect(h["x-frame-options"], what).toBe("DENY");
  // The browser tests' server is http://localhost and declares no proxy.
  expect(h["strict-transport-security"], what).toBeUndefined();
  return nonce!;
}

test("every kind of answer carries the security headers", async ({ request }) => {
  const list = await request.get("/communications");
  const id = /href="\/communications\/([0-9a-f-]{36})"/.exec(await list.text())?.[1];
  expect(id, "a public communication on the search page").toBeTruthy();
  const detail = await request.get(`/communications/${id}`);
  const pdf = /href="(\/api\/communications\/[^"]+\/pdf[^"]*)"/.exec(await detail.text())?.[1]?.replaceAll("&amp;", "&");
  expect(pdf, "the letter's PDF link").toBeTruthy();

  const answers: [string, string, number, RegExp][] = [
    ["the home page", "/", 200, /text\/html/],
    ["the search page", "/communications?q=detention", 200, /text\/html/],
    ["a detail page", `/communications/${id}`, 200, /text\/html/],
    ["the sign-in page", "/signin", 200, /text\/html/],
    ["the JSON API", "/api/v1/communications?pageSize=5", 200, /application\/json/],
    ["the OpenAPI document", "/api/v1/openapi.json", 200, /application\/json/],
    ["the CSV export", "/api/v1/communications.csv?q=detention", 200, /text\/csv/],
    ["the Atom feed", "/api/v1/communications.atom", 200, /atom\+xml/],
    ["a download", pdf!, 200, /application\/pdf/],
    ["a missing page", "/communications/00000000-0000-4000-8000-000000000000", 404, /text\/html/],
    ["a missing path", "/no-such-page", 404, /text\/html/],
    ["a bad API request", "/api/v1/communications?page=-1", 400, /problem\+json/],
    ["a missing API record", "/api/v1/communications/NO%20SUCH%201%2F1900", 404, /json/],
    ["a malformed path", "/api/v1/%E0%A4%A", 404, /problem\+json/],
    ["a workspace without a session", "/portal/secretariat", 200, /text\/html/],
    ["a static asset", "/favicon.ico", 200, /image/],
  ];
  for (const [what, path, status, type] of answers) {
    const res = await request.get(path, { maxRedirects: 0 });
    if (what !== "a workspace without a session") expect(res.status(), `${what} (${path})`).toBe(status);
    if (res.status() < 300 || res.status() >= 400) expect(res.headers()["content-type"] ?? "", `${what} (${path})`).toMatch(type);
    expectSecurityHeaders(res, `${what} (${path})`);
  }
});

test("a page kept by the public response cache gets a new nonce, in every script tag, each time", async ({ request }) => {
  // Any audited change moves the public data's version on, and the other specs make changes all the
  // time: three requests may straddle one (MISS, MISS, …). Try a fresh page a few times; a cache that
  // never keeps anything still fails.
  let answers: APIResponse[] = [];
  for (let attempt = 1; attempt <= 5; attempt++) {
    const path = `/communications?q=nonce-check-${attempt}`;
    answers = [await request.get(path), await request.get(path), await request.get(path, { headers: { "accept-encoding": "gzip" } })];
    if (answers.map((a) => a.headers()["x-sp-cache"]).join() === "MISS,HIT,HIT") break;
  }
  expect(answers.map((a) => a.headers()["x-sp-cache"])).toEqual(["MISS", "HIT", "HIT"]);
  const nonces: string[] = [];
  for (const [i, res] of answers.entries()) {
    const nonce = expectSecurityHeaders(res, `answer ${i + 1}`);
    const html = await res.text();
    const tags = html.match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length, "Next.js's scripts").toBeGreaterThan(2);
    for (const tag of tags) expect(tag, `answer ${i + 1}`).toContain(`nonce="${nonce}"`);
    for (const earlier of nonces) expect(html).not.toContain(earlier);
    for (const earlier of nonces)
      expect(JSON.stringify(res.headers()), "no earlier nonce in a replayed header (Link)").not.toContain(earlier);
    nonces.push(nonce);
  }
  expect(new Set(nonces).size).toBe(3);
});

test("a policy sent by the client does not choose the nonce", async ({ request }) => {
  const res = await request.get("/signin", { headers: { "content-security-policy": "script-src 'nonce-AAAAAAAAAAAAAAAAAAAAAA=='" } });
  const nonce = expectSecurityHeaders(res, "the sign-in page");
  expect(nonce).not.toBe("AAAAAAAAAAAAAAAAAAAAAA==");
  expect(await res.text()).not.toContain("AAAAAAAAAAAAAAAAAAAAAA==");
});

test("the pages work under the policy: scripts with the nonce run, styles and charts show", async ({ page }) => {
  // One page of each kind; the automatic watch (support/test.ts) fails on any violation.
  for (const path of ["/", "/communications?q=detention", "/states/NOR", "/signin", "/no-such-page"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    // React hydrated: the router's inline scripts (nonce) and chunks ran.
    expect(await page.evaluate(() => Array.isArray((self as unknown as { __next_f?: unknown[] }).__next_f)), path).toBe(true);
    // The stylesheets applied.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily), path).toMatch(/Inter/i);
  }
  // The State's cooperation chart (SVG) is drawn.
  await page.goto("/states/NOR");
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
});

test("the violation watch fails a test when a page reports a violation", async ({ page, browser, cspViolations }) => {
  // An injected inline script has no nonce: the policy blocks it and the page reports it — in a
  // page of the `page` fixture and in one a spec opens itself.
  const inject = () => {
    const s = document.createElement("script");
    s.textContent = "window.__injected = true";
    document.body.append(s);
  };
  const own = await browser.newPage();
  for (const p of [page, own]) {
    await p.goto("/communications");
    await p.evaluate(inject);
    expect(await p.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  }
  await expect.poll(() => cspViolations.filter((v) => v.message.includes("[csp-violation] script-src-elem")).length).toBe(2);
  // Seen, and would fail this test: cleared here, since the violations were made on purpose.
  cspViolations.splice(0);
  await own.context().close();
});
