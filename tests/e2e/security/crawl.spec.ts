// The authorisation crawl (issue 13, item 9). Every page.tsx and route.ts under app/ is requested, with
// real ids of records planted for it (crawl-records.ts), by every person of the demo data and by an
// anonymous visitor, over plain HTTP against the production build: whoever the table (crawl-routes.ts)
// does not allow must be refused (403/404, or sent to sign in), and no answer to anyone may contain a
// marker planted in a record they may not read. A new route fails the first test until it has an entry.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "../support/test";
import { account } from "../support/accounts";
import { signedInPage } from "../support/session";
import { e2eDatabaseUrlFile } from "../support/database";
import { E2E_PORT } from "../../../playwright.config";
import { CRAWL_ROUTES, PERSONAS, type CrawlRequest, type Persona } from "./crawl-routes";
import { MARKER_READERS, plantCrawlRecords, type MarkerKind } from "./crawl-records";

const WHO: Record<Exclude<Persona, "anonymous">, { email: string; password: string }> = {
  secretariat: account("SECRETARIAT", "secretariat@sp-portal.example"),
  holder: account("MANDATE_HOLDER", "holder@sp-portal.example"),
  cosigner: account("MANDATE_HOLDER", "cosigner@sp-portal.example"),
  norway: account("STATE", "state@sp-portal.example"),
  brazil: account("STATE", "state2@sp-portal.example"),
  civil: account("CIVIL_SOCIETY"),
  admin: account("ADMIN"),
};

/** page.tsx and route.ts files under app/, as "app/…" paths. */
function routeFiles(dir = "app"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.posix.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(p);
    return e.name === "page.tsx" || e.name === "route.ts" ? [p] : [];
  });
}

test("every page.tsx and route.ts under app/ has an entry in the crawl's table, and every entry a file", () => {
  const files = routeFiles().sort();
  const entries = Object.keys(CRAWL_ROUTES).sort();
  expect(
    files.filter((f) => !entries.includes(f)),
    "routes without an entry in tests/e2e/security/crawl-routes.ts (say how to fill their parameters and who gets them)",
  ).toEqual([]);
  expect(
    entries.filter((e) => !files.includes(e)),
    "entries of tests/e2e/security/crawl-routes.ts without a file",
  ).toEqual([]);
});

/** Runs `work` over `items`, `width` at a time. */
async function pool<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

test("every route refuses whoever may not have the record, and no answer shows a marker to someone who may not read it", async ({
  browser,
}) => {
  // Some 2,500 requests, every page rendered for each person: minutes on a 2-core machine shared
  // with the other browser-test worker, the two-instance test and the load test.
  test.setTimeout(480_000);
  const { records, markers } = await plantCrawlRecords(readFileSync(e2eDatabaseUrlFile(E2E_PORT), "utf8"));
  const sessions = new Map<Persona, APIRequestContext>();
  sessions.set("anonymous", (await browser.newContext()).request);
  await Promise.all(
    Object.entries(WHO).map(async ([persona, who]) => sessions.set(persona as Persona, (await signedInPage(browser, who)).request)),
  );
  const hidden = (persona: Persona) =>
    (Object.keys(MARKER_READERS) as MarkerKind[]).filter((k) => !(MARKER_READERS[k] as readonly Persona[]).includes(persona));

  const jobs: { file: string; req: CrawlRequest; persona: Persona }[] = [];
  for (const [file, entry] of Object.entries(CRAWL_ROUTES))
    for (const req of entry(records)) for (const persona of PERSONAS) jobs.push({ file, req, persona });

  const failures: string[] = [];
  const timings: [number, string][] = [];
  await pool(jobs, 8, async ({ file, req, persona }) => {
    const started = Date.now();
    const res = await sessions.get(persona)!.fetch(req.path, {
      method: req.method ?? "GET",
      ...(req.form ? { form: req.form } : {}),
      maxRedirects: 0,
      failOnStatusCode: false,
    });
    const status = res.status();
    const location = res.headers()["location"] ?? "";
    const where = `${persona} ${req.method ?? "GET"} ${req.path} (${file})`;
    if (req.allowed.includes(persona)) {
      const ok = req.ok ?? [200];
      if (!ok.includes(status)) failures.push(`${where}: ${status}${location ? ` → ${location}` : ""}, expected ${ok.join("/")}`);
    } else {
      const refused =
        [401, 403, 404].includes(status) || (persona === "anonymous" && status >= 300 && status < 400 && location.includes("/signin"));
      if (!refused) failures.push(`${where}: ${status}${location ? ` → ${location}` : ""}, expected a refusal`);
    }
    const body = await res.text();
    timings.push([Date.now() - started, `${persona} ${req.path}`]);
    for (const kind of hidden(persona)) if (body.includes(markers[kind])) failures.push(`${where}: shows the ${kind} marker`);
  });
  if (process.env.CRAWL_TIMINGS) console.log(timings.sort((a, b) => b[0] - a[0]).slice(0, 40));
  expect(failures.sort(), `${jobs.length} requests`).toEqual([]);
});
