import type { APIRequestContext, Browser, BrowserContext, BrowserContextOptions, Page } from "@playwright/test";
import { TEST_CLOCK_HEADER } from "../../../lib/core/clock";
import { nextOpening, parseBusinessHours } from "../../../lib/platform/business-hours";
import { genevaInstant, inGeneva } from "../../../lib/core/geneva";
import { defaultSettings } from "../../../prisma/seed/settings";
import { signedInPage, signInViaApi } from "./session";

const HOUR = 60 * 60 * 1000;

/**
 * 10:00 in Geneva on the first business day after today, by the rule the portal applies (R1) to the
 * calendar the demo data configures: a spec that starts there behaves the same on any day and hour.
 */
export function nextBusinessMorning(from = new Date()): Date {
  const bh = parseBusinessHours(defaultSettings().businessHours);
  const today = inGeneva(from);
  const tomorrow = genevaInstant(today.getFullYear(), today.getMonth(), today.getDate() + 1);
  return new Date(nextOpening(tomorrow, bh).getTime() + HOUR);
}

/**
 * The portal's time for one spec: every browser context it opens, and every API call made with
 * headers(), carries the test-clock header (honoured by the browser-test server only). Specs that
 * live at different times run side by side, since the server's own clock is never moved.
 */
export class SpecClock {
  private offsetMs: number;
  private readonly contexts = new Set<BrowserContext>();
  /** Who is signed in where, to sign them in again after a jump (sessions last 8 hours of portal time). */
  private readonly people = new Map<Page, { email: string; password: string }>();

  constructor(startAt: Date = nextBusinessMorning()) {
    this.offsetMs = startAt.getTime() - Date.now();
  }

  /** The portal's "now" for this spec. */
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  headers(): Record<string, string> {
    return { [TEST_CLOCK_HEADER]: String(Math.round(this.offsetMs)) };
  }

  /** A new browser context living at this spec's time, and a page in it. */
  async newPage(browser: Browser): Promise<Page> {
    const context = await browser.newContext({ extraHTTPHeaders: this.headers() });
    this.contexts.add(context);
    context.on("close", () => this.contexts.delete(context));
    return context.newPage();
  }

  /** A page at this spec's time, signed in as `who` (through next-auth's endpoint); `options` for its context (e.g. timezoneId). */
  async signedInPage(browser: Browser, who: { email: string; password: string }, options: BrowserContextOptions = {}): Promise<Page> {
    const page = await signedInPage(browser, who, { ...options, extraHTTPHeaders: { ...options.extraHTTPHeaders, ...this.headers() } });
    this.contexts.add(page.context());
    page.context().on("close", () => this.contexts.delete(page.context()));
    this.people.set(page, who);
    return page;
  }

  /**
   * Moves this spec's time (for every page it opened and will open) by `ms`. A session ends after 8
   * hours (and a secretariat session after 30 idle minutes) of portal time, as it should: people
   * signed in through signedInPage sign in again, as they would after days away.
   */
  async advance(ms: number): Promise<void> {
    this.offsetMs += ms;
    await Promise.all([...this.contexts].map((c) => c.setExtraHTTPHeaders(this.headers())));
    for (const [page, who] of this.people) if (!page.isClosed()) await signInViaApi(page, who.email, who.password);
  }

  /** Moves this spec's time to `at`. */
  async set(at: Date): Promise<void> {
    await this.advance(at.getTime() - this.now().getTime());
  }

  /** What the server says this spec's time is (checks the header is honoured). */
  async serverNow(request: APIRequestContext): Promise<Date> {
    const res = await request.get("/api/test/clock", { headers: this.headers() });
    return new Date(((await res.json()) as { now: string }).now);
  }
}
