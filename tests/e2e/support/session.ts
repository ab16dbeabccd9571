import { expect, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import pg from "pg";
import type Axe from "axe-core";
import { E2E_PORT } from "../../../playwright.config";
import { e2eDatabaseUrlFile } from "./database";
import { e2eDatabaseUrl } from "./sql";
import { DEMO_TOTP_KEYS } from "../../../prisma/seed/users";
import { totpCode } from "../../../lib/auth/second-factor/totp";
import secondFactorEn from "../../../lib/i18n/messages/second-factor/en.json" with { type: "json" };

/**
 * TOTP keys of accounts that have a second factor: the demo secretariat and admin (seeded with a
 * fixed key), and accounts a spec enrolled (rememberTotpKey). The sign-in helpers compute the code.
 */
const totpKeys = new Map<string, string>(Object.entries(DEMO_TOTP_KEYS));

/** Tells the sign-in helpers the TOTP key of an account a spec enrolled (or forgets it with null). */
export function rememberTotpKey(email: string, key: string | null): void {
  if (key) totpKeys.set(email.toLowerCase(), key.replace(/\s/g, ""));
  else totpKeys.delete(email.toLowerCase());
}

export function totpKeyOf(email: string): string | undefined {
  return totpKeys.get(email.toLowerCase());
}

/** The portal's time as this page's requests see it (a spec's clock header included, when it has one). */
export async function portalNow(page: Page): Promise<Date> {
  return (await portalClock(page)).now;
}

/** The portal's time for this page, and the port of the server its requests go to. */
async function portalClock(page: Page): Promise<{ now: Date; port: number }> {
  const res = await page.request.get("/api/test/clock");
  const port = Number(new URL(res.url()).port);
  return { now: res.ok() ? new Date(((await res.json()) as { now: string }).now) : new Date(), port };
}

const STEP_MS = 30_000;

/**
 * Signs in with a TOTP code of `key` that `email` has not used yet: the portal takes each code once
 * (ASVS 2.8.4), while the two workers sign the demo staff in many times a minute. On the browser-test
 * server, sign-ins of one account take turns (an advisory lock on its database), the code is that of
 * the current step, the next or (early in the step) the one before — whichever the account has not
 * used (read from the database) — or, when none is left, of the next step once it comes. `submit` enters the code;
 * the turn ends when the portal has recorded it (or after 15 s, for a sign-in that fails).
 */
export async function withUnusedTotpCode(page: Page, email: string, key: string, submit: (code: string) => Promise<void>): Promise<void> {
  const { port } = await portalClock(page);
  if (port !== E2E_PORT || !existsSync(e2eDatabaseUrlFile(E2E_PORT))) {
    // Another server (the two-instance test's): one sign-in of each account, so the current code.
    await submit(await currentTotpCode(page, key));
    return;
  }
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  const lockKey = `totp:${email.toLowerCase()}`;
  try {
    await client.query("select pg_advisory_lock(hashtext($1))", [lockKey]);
    const usedSteps = async () =>
      new Set(
        (
          await client.query<{ step: number }>(
            `select s."step" from "TotpUsedStep" s join "User" u on u."id" = s."userId" where lower(u."email") = lower($1)`,
            [email],
          )
        ).rows.map((r) => r.step),
      );
    let step: number | undefined;
    for (;;) {
      const nowMs = (await portalNow(page)).getTime();
      const current = Math.floor(nowMs / STEP_MS);
      const used = await usedSteps();
      // The step before only early in this one: a sign-in arriving after the next step has begun
      // would find it too old (a form's sign-in under load can take seconds).
      const previousStillSafe = STEP_MS - (nowMs % STEP_MS) > 15_000;
      step = [current, current + 1, ...(previousStillSafe ? [current - 1] : [])].find((s) => !used.has(s));
      if (step !== undefined) break;
      // All used: the step after next becomes acceptable when the next one begins.
      const wait = STEP_MS - ((await portalNow(page)).getTime() % STEP_MS) + 200;
      console.log(`(waiting ${Math.round(wait / 1000)} s for an unused authenticator code of ${email})`);
      await new Promise((r) => setTimeout(r, wait));
    }
    await submit(totpCode(key, new Date(step * STEP_MS)));
    const deadline = Date.now() + 15_000;
    while (!(await usedSteps()).has(step) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  } finally {
    await client.query("select pg_advisory_unlock(hashtext($1))", [lockKey]).catch(() => {});
    await client.end();
  }
}

/** The current authenticator code for `key` at the portal's time for this page. */
export async function currentTotpCode(page: Page, key: string): Promise<string> {
  return totpCode(key, await portalNow(page));
}

/** A six-digit code that is none of those the portal accepts for `key` now (the step before, now, after). */
export async function wrongTotpCode(page: Page, key: string): Promise<string> {
  const at = (await portalNow(page)).getTime();
  const accepted = new Set([-30_000, 0, 30_000].map((d) => totpCode(key, new Date(at + d))));
  let n = 0;
  while (accepted.has(String(n).padStart(6, "0"))) n++;
  return String(n).padStart(6, "0");
}

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
  const key = totpKeyOf(email);
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const post = async (code?: string) => {
    const res = await page.request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email, password, json: "true", ...(code ? { code } : {}) },
    });
    expect(res.ok()).toBe(true);
  };
  if (key) await withUnusedTotpCode(page, email, key, post);
  else await post();
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session?.userId, `signed in as ${email}`).toBeTruthy();
}

export async function signInViaForm(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // An account with a second factor the helpers know: the form then asks for the code.
  const key = totpKeyOf(email);
  if (key) {
    const code = page.getByLabel(secondFactorEn.secondFactor.signInCode);
    const wrong = page.locator("main").getByRole("alert");
    await expect(code.or(wrong).first()).toBeVisible();
    if (await code.isVisible()) {
      await withUnusedTotpCode(page, email, key, async (totp) => {
        await code.fill(totp);
        await page.getByRole("button", { name: secondFactorEn.secondFactor.signInVerify }).click();
      });
    }
  }
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * axe-core against WCAG 2.1 A/AA rules; any violation fails with its description. Run in the page
 * itself (the portal's pages have no frames): @axe-core/playwright also opened a second page per
 * check to merge frame results, which doubled the cost of each of the suite's hundred checks.
 */
export async function expectAccessible(page: Page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const { violations } = await (window as unknown as { axe: typeof Axe }).axe.run(document, {
      runOnly: { type: "tag", values: tags },
      resultTypes: ["violations"],
    });
    return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  }, WCAG_TAGS);
  expect(violations).toEqual([]);
}

/** The sign-in form's "too many attempts" message as shown for a wait of `minutes` (English). */
export function tooManyAttemptsText(template: string, minutes: number): string {
  return template.replace(/\{minutes, plural, one \{# minute\} other \{# minutes\}\}/, minutes === 1 ? "1 minute" : `${minutes} minutes`);
}
