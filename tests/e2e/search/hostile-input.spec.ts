import { expect, test, type APIRequestContext } from "../support/test";
import fc from "fast-check";
import { expectAccessible } from "../support/session";
import en from "../../../lib/i18n/messages/search/en.json" with { type: "json" };

// Issue 13, items 3 and 4, through the production server (its public response cache included):
// bad input is never a 5xx — the search page shows the error beside the field and keeps the rest of
// the search, the JSON API answers a 400 problem document — and paging the public list, on the
// page and in the API, finds every public communication exactly once.
const s = en.search;

test("the search page shows a refused value beside its field and runs the rest of the search", async ({ page }) => {
  const res = await page.goto("/communications?q=%00&type=AL&reply=replied");
  expect(res?.status()).toBe(200);
  await expect(page.getByTestId("search-errors")).toHaveText(s.errorSummary);
  const q = page.getByLabel(s.q, { exact: true });
  await expect(q).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(s.errors.controlCharacters)).toBeVisible();
  // The rest of the search is kept and applied.
  await expect(page.getByRole("checkbox", { name: "Allegation letter" })).toBeChecked();
  await expect(page.getByLabel(s.reply, { exact: true })).toHaveValue("replied");
  await expect(page.getByTestId("search-count")).toBeVisible();

  const long = "a".repeat(501);
  await page.goto(`/communications?q=${long}&addressee=XXX&type=UA&from=2026-13-45`);
  await expect(page.getByLabel(s.q, { exact: true })).toHaveValue(long);
  await expect(page.getByText(s.errors.tooLong.replace("{max, number}", "200"))).toBeVisible();
  await expect(page.getByLabel(s.addressee, { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel(s.from, { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("checkbox", { name: "Urgent appeal" })).toBeChecked();
  await page.goto("/communications?type=XX&year=1800&reply=maybe");
  await expect(page.getByText(s.errors.invalid)).toHaveCount(3);
  await expectAccessible(page);
});

test("the JSON API answers 400 problem documents naming each bad parameter", async ({ request }) => {
  const res = await request.get("/api/v1/communications?q=%00&actorName=%00&page=-1&pageSize=abc&type=XX&from=2026-13-45&addressee=XXX");
  expect(res.status()).toBe(400);
  expect(res.headers()["content-type"]).toBe("application/problem+json");
  const problem = (await res.json()) as { status: number; invalidParams: { name: string }[] };
  expect(problem.invalidParams.map((p) => p.name).sort()).toEqual(["actorName", "addressee", "from", "page", "pageSize", "q", "type"]);
  expect((await request.get(`/api/v1/communications?q=${"a".repeat(501)}`)).status()).toBe(400);
});

test("random and hostile query strings never answer 5xx, on the page or in the API", async ({ request }) => {
  test.setTimeout(180_000);
  const piece = fc.oneof(
    fc.constantFrom(
      "%00",
      "%09",
      "%0A",
      "%1B",
      "%7F",
      "%C2%85",
      "%ED%A0%80",
      "%FF",
      "%",
      "%%",
      "%2",
      "-1",
      "abc",
      "XX",
      "2026-13-45",
      "state:XXX",
      "'",
      "\\",
      "<",
      "&",
      "=",
      "+",
      "a".repeat(600),
    ),
    fc.string({ unit: fc.constantFrom(..."abcAZ09-_:,.%"), maxLength: 12 }),
  );
  const name = fc.constantFrom(
    "q",
    "addressee",
    "actorName",
    "mandate",
    "type",
    "year",
    "from",
    "to",
    "reply",
    "theme",
    "joint",
    "sort",
    "page",
    "pageSize",
    "x",
  );
  const query = fc
    .array(
      fc.tuple(
        name,
        fc.array(piece, { maxLength: 3 }).map((p) => p.join("")),
      ),
      { maxLength: 6 },
    )
    .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join("&"));
  await fc.assert(
    fc.asyncProperty(
      query,
      fc.constantFrom("/communications", "/api/v1/communications", "/api/v1/communications.atom"),
      async (qs, path) => {
        const res = await request.get(`${path}?${qs}`);
        expect(res.status(), `${path}?${qs}`).toBeLessThan(500);
      },
    ),
    { numRuns: 60 },
  );
});

// Beyond the search: the other public pages take filters or an id from the URL too.
const PUBLIC_PAGES = [
  "/",
  "/communications/outstanding",
  "/press-releases",
  "/reprisals",
  "/stories",
  "/calls-for-input",
  "/visits",
  "/visits/report",
  "/states",
  "/mandates",
  "/themes",
  "/standing-invitations",
  "/stories/status",
];
const RECORD_PAGES = ["/communications", "/press-releases", "/stories", "/calls-for-input", "/visits", "/states", "/mandates", "/themes"];

test("the other public pages answer hostile query strings and ids without a 5xx", async ({ request }) => {
  test.setTimeout(180_000);
  const value = fc.constantFrom(
    "%00",
    "%0A",
    "%1B",
    "%ED%A0%80",
    "%",
    "-1",
    "abc",
    "XX",
    "2026-13-45",
    "'",
    "\\",
    "a".repeat(600),
    "99999999999",
  );
  const name = fc.constantFrom(
    "page",
    "state",
    "year",
    "mandate",
    "theme",
    "audience",
    "status",
    "deadlineBefore",
    "deadlineAfter",
    "q",
    "token",
    "kind",
  );
  const query = fc
    .array(fc.tuple(name, value), { minLength: 1, maxLength: 4 })
    .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join("&"));
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...PUBLIC_PAGES), query, async (path, qs) => {
      const res = await request.get(`${path}?${qs}`);
      expect(res.status(), `${path}?${qs}`).toBeLessThan(500);
    }),
    { numRuns: 80 },
  );
  for (const base of RECORD_PAGES) {
    for (const id of ["%00", "..%2F..", "00000000-0000-0000-0000-000000000000", "x".repeat(300), "NOR%00"]) {
      const res = await request.get(`${base}/${id}`);
      expect(res.status(), `${base}/${id}`).toBeLessThan(500);
    }
    // Not UTF-8 once percent-decoded: Next.js's router answered 500 before any route ran; it names
    // no record, so it is the not-found page (scripts/serve.ts).
    for (const id of ["%ED%A0%80", "%FF", "%E0%A4%A"]) {
      const res = await request.get(`${base}/${id}`);
      expect(res.status(), `${base}/${id}`).toBe(404);
    }
  }
  const api = await request.get("/api/v1/communications/%FF");
  expect(api.status()).toBe(404);
  expect(api.headers()["content-type"]).toBe("application/problem+json");
});

async function apiReferences(request: APIRequestContext, pageSize: number) {
  const seen: string[] = [];
  let url: string | null = `/api/v1/communications?pageSize=${pageSize}`;
  let last: { total: number; totalIsEstimate: boolean } | null = null;
  while (url) {
    const body = (await (await request.get(url)).json()) as {
      data: { reference: string }[];
      total: number;
      totalIsEstimate: boolean;
      links: { next: string | null };
    };
    seen.push(...body.data.map((c) => c.reference));
    last = body;
    url = body.links.next;
  }
  return { seen, last: last! };
}

test("paging the whole public list finds every public communication exactly once, on the page and in the API", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const html: string[] = [];
  await page.goto("/communications");
  for (;;) {
    html.push(...(await page.getByTestId("public-communication").locator("span.font-mono").allTextContents()).map((r) => r.trim()));
    const next = page.getByRole("navigation", { name: "Pagination" }).locator('a[rel="next"]');
    if ((await next.count()) === 0) break;
    expect((await page.goto((await next.getAttribute("href"))!))?.status()).toBe(200);
  }
  expect(new Set(html).size, "each reference once on the page").toBe(html.length);
  const api = await apiReferences(request, 100);
  expect(new Set(api.seen).size, "each reference once in the API").toBe(api.seen.length);
  expect(api.last.totalIsEstimate).toBe(false);
  expect(api.last.total).toBe(api.seen.length);
  expect([...html].sort()).toEqual([...api.seen].sort());
  // The CSV export has every row, without paging.
  const csv = (await (await request.get("/api/v1/communications.csv")).text()).replace(/^\uFEFF/, "");
  const csvRefs = csv
    .trim()
    .split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/)
    .slice(1)
    .map((line) => line.split(",")[0]!);
  expect([...csvRefs].sort()).toEqual([...api.seen].sort());
});
