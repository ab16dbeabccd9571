import { expect, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/** A page in a new browser context, signed in as `who` through next-auth's endpoint. */
export async function signedInPage(
  browser: Browser,
  who: { email: string; password: string },
  options: BrowserContextOptions = {},
): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  await signInViaApi(page, who.email, who.password);
  return page;
}

/** Signs in through next-auth's credentials endpoint (for tests where the form is not the subject). */
export async function signInViaApi(page: Page, email: string, password: string) {
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
  });
  expect(res.ok()).toBe(true);
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session?.userId, `signed in as ${email}`).toBeTruthy();
}

export async function signInViaForm(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** axe-core against WCAG 2.1 A/AA rules; any violation fails with its description. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

/** The sign-in form's "too many attempts" message as shown for a wait of `minutes` (English). */
export function tooManyAttemptsText(template: string, minutes: number): string {
  return template.replace(/\{minutes, plural, one \{# minute\} other \{# minutes\}\}/, minutes === 1 ? "1 minute" : `${minutes} minutes`);
}
