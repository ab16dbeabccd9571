// Playwright's `test` for every spec of this project: the browser runs with the portal's
// Content-Security-Policy on, and a test fails when any page it opened reports a violation — a
// script without the nonce, an inline style element, a blocked request (issue 13, item 1).
// Every spec imports `test` and `expect` from here, never from @playwright/test.
//
// Pages reach a test three ways: the `page`/`context` fixtures, and contexts a spec opens itself
// (`browser.newContext()`, `browser.newPage()`, often in beforeAll): all three are watched.
import { test as base, expect, type Browser, type BrowserContext } from "@playwright/test";

export { expect };
export type * from "@playwright/test";

export type CspViolation = { url: string; message: string };

const MARK = "[csp-violation]";
const watched = new WeakSet<BrowserContext>();

/** Reports every CSP violation in the pages of `context` (now and later) to `report`. */
async function watchCsp(context: BrowserContext, report: (v: CspViolation) => void): Promise<void> {
  if (watched.has(context)) return;
  watched.add(context);
  // The page's own event, with what was blocked (init scripts are not subject to the page's CSP).
  await context.addInitScript((mark) => {
    document.addEventListener(
      "securitypolicyviolation",
      (e) => {
        console.error(`${mark} ${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
      },
      true,
    );
  }, MARK);
  // …and Chromium's console message, which also covers a violation before the listener is in place.
  context.on("console", (msg) => {
    const text = msg.text();
    if (text.startsWith(MARK) || (msg.type() === "error" && /Content Security Policy/i.test(text)))
      report({ url: msg.page()?.url() ?? "", message: text });
  });
}

function watchBrowser(browser: Browser, report: (v: CspViolation) => void): void {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser["newContext"]>) => {
    const context = await newContext(...args);
    await watchCsp(context, report);
    return context;
  };
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (...args: Parameters<Browser["newPage"]>) => {
    const page = await newPage(...args);
    await watchCsp(page.context(), report);
    return page;
  };
}

export const test = base.extend<{ cspGuard: void }, { cspViolations: CspViolation[] }>({
  cspViolations: [
    async ({}, provide) => {
      await provide([]);
    },
    { scope: "worker" },
  ],
  browser: [
    async ({ browser, cspViolations }, provide) => {
      watchBrowser(browser, (v) => cspViolations.push(v));
      await provide(browser);
    },
    { scope: "worker" },
  ],
  context: async ({ context, cspViolations }, provide) => {
    await watchCsp(context, (v) => cspViolations.push(v));
    await provide(context);
  },
  // After each test (and for what its beforeAll did): no violation anywhere.
  cspGuard: [
    async ({ cspViolations }, provide) => {
      await provide();
      expect(cspViolations.splice(0), "Content-Security-Policy violations reported by the browser").toEqual([]);
    },
    { auto: true },
  ],
});
