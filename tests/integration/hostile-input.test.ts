import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { NextRequest } from "next/server";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import { seedDatabase } from "@/prisma/seed/index";
import { closeIntegrationDatabase } from "../support/integration";

// Issue 13, item 3: random and hostile query parameters (and path segments) thrown at every public
// GET route handler and at the public search page's data functions, against a real PostgreSQL with
// the demo data. Whatever comes in, the answer is never a 5xx; a 400 is a problem document that
// names the parameters. Requests are anonymous: the session is read from no cookie (getActor is the
// only piece replaced — there is no request scope outside Next.js for next-auth to read).
vi.mock("@/lib/auth/session", async (importOriginal) => ({ ...(await importOriginal<object>()), getActor: async () => null }));

let db: TestDatabase;
let prisma: PrismaClient;
const NOW = new Date();
const RUNS = Number(process.env.SP_FUZZ_RUNS ?? 60);

/** Values that broke or could break a parser, a SQL statement or a URL. */
const HOSTILE = [
  "\u0000",
  "%00",
  "a\u0000b",
  "\t",
  "\n",
  "\r\n",
  "\u001b[31m",
  "\u007f",
  "\u0085",
  "\ud800",
  "\udfff",
  "\uffff",
  "\u202e",
  "\ufeff",
  "-1",
  "0",
  "-0",
  "1e3",
  "0x10",
  "1.5",
  "NaN",
  "Infinity",
  "9".repeat(40),
  "１２",
  " 2",
  "2 ",
  "+1",
  "2026-13-45",
  "2026-02-30",
  "0000-00-00",
  "9999-99-99",
  "2026-1-1",
  "yesterday",
  "XX",
  "AL,XX",
  ",,,",
  "state:",
  "state:XXX",
  "state:NORWAY",
  "actor:",
  "actor:not-a-uuid",
  "actor:00000000-0000-0000-0000-000000000000",
  "' OR 1=1 --",
  '\'; DROP TABLE "Communication"; --',
  "\\",
  "\\\\",
  "%",
  "%%",
  "%E0%A4%A",
  "%ZZ",
  "../../etc/passwd",
  "..",
  "/",
  "//evil.example",
  "<script>alert(1)</script>",
  "&amp;",
  "{}",
  "[]",
  "null",
  "undefined",
  "true",
  "a:b:c",
  "!!",
  "(",
  ")",
  "|",
  "&",
  "!a & (b |",
  '"unbalanced',
  "a".repeat(201),
  "a".repeat(501),
  "é".repeat(300),
  "x ".repeat(2000),
  "",
];
const NAMES = [
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
  "state",
  "audience",
  "status",
  "deadlineBefore",
  "deadlineAfter",
  "resolvedStateId",
  "__proto__",
  "constructor",
];

const value = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 600 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
);
const query = fc.array(
  fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...NAMES) }, { weight: 1, arbitrary: fc.string({ maxLength: 10 }) }), value),
  { maxLength: 8 },
);
/** A raw query string written by hand: broken percent-encodings, stray separators. */
const rawQuery = fc.string({ unit: fc.constantFrom(..."%0aAzZ9=&+;/?#\\.- :q"), maxLength: 60 });
const segment = fc.oneof(
  fc.constantFrom(...HOSTILE.filter(Boolean)),
  fc.string({ unit: "binary", minLength: 1, maxLength: 60 }),
  fc.uuid(),
);

function withQuery(pathname: string, pairs: [string, string][]): NextRequest {
  const search = new URLSearchParams(pairs).toString();
  return new NextRequest(`http://localhost${pathname}${search ? `?${search}` : ""}`);
}

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;

/** Every answer: below 500, its body readable to the end (a CSV stream that fails mid-way counts). */
async function expectNo5xx(res: Response, label: string): Promise<void> {
  const body = await res.text();
  expect(res.status, `${label} → ${res.status} ${body.slice(0, 300)}`).toBeLessThan(500);
  if (res.status === 400) {
    expect(res.headers.get("content-type"), label).toBe("application/problem+json");
    const problem = JSON.parse(body) as { status: number; invalidParams?: { name: string }[] };
    expect(problem.status).toBe(400);
    expect(problem.invalidParams?.length ?? 0, label).toBeGreaterThan(0);
  }
}

// Public GET routes: query-string routes and routes with one path parameter. The list must name
// every route file under app/api (checked below), so a new route cannot be forgotten here.
const QUERY_ROUTES = [
  "v1/communications",
  "v1/communications.csv",
  "v1/communications.atom",
  "v1/states",
  "v1/mandates",
  "v1/reports",
  "v1/openapi.json",
  "reprisals/cases",
  "reprisals/cases.csv",
  "stories/feed.atom",
  "visits/feed.atom",
  "calls-for-input/feed.atom",
  "visits/report.csv",
] as const;
const PATH_ROUTES = {
  "v1/communications/[reference]": "reference",
  "v1/states/[iso3]": "iso3",
  "v1/reports/[id]": "id",
  "communications/[id]/pdf": "id",
  "attachments/[id]": "id",
  "visits/attachments/[id]": "id",
  "reports/documents/[id]": "id",
  "committee/induction-materials/[id]": "id",
  "facts-and-figures/[year]/csv": "year",
  "facts-and-figures/[year]/pdf": "year",
  "stories/files/[id]": "id",
  "cases/files/[id]": "id",
  "calls-for-input/files/[attachmentId]": "attachmentId",
  "calls-for-input/[id]/answers.csv": "id",
  "calls-for-input/[id]/files.zip": "id",
} as const;
/** Not public GET data routes: next-auth's own, and the test clock (404 unless SP_TEST_CLOCK=1). */
const OTHER_ROUTES = ["auth/[...nextauth]", "test/clock"];

async function handler(route: string): Promise<Handler> {
  const mod = (await import(/* @vite-ignore */ path.join(process.cwd(), "app/api", route, "route.ts"))) as { GET: Handler };
  return mod.GET;
}

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_hostile" });
  Object.assign(process.env, { DATABASE_URL: db.connectionString });
  prisma = createPrismaClient(db.connectionString, 4);
  await seedDatabase(prisma, { now: NOW });
  await prisma.$executeRawUnsafe(`ANALYZE`);
}, 300_000);

afterAll(() => closeIntegrationDatabase({ db, prisma }));

describe("hostile input never answers 5xx", () => {
  it("covers every route file under app/api", () => {
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (name === "route.ts" && /\bGET\b/.test(readFileSync(full, "utf8"))) {
          found.push(path.relative(path.join(process.cwd(), "app/api"), dir).split(path.sep).join("/"));
        }
      }
    };
    walk(path.join(process.cwd(), "app/api"));
    expect(found.sort()).toEqual([...QUERY_ROUTES, ...Object.keys(PATH_ROUTES), ...OTHER_ROUTES].sort());
  });

  it("answers the issue's examples with 400 naming the parameter", async () => {
    const GET = await handler("v1/communications");
    for (const [name, v] of [
      ["q", "\u0000"],
      ["actorName", "\u0000"],
      ["page", "-1"],
      ["pageSize", "abc"],
      ["type", "XX"],
      ["from", "2026-13-45"],
      ["addressee", "XXX"],
      ["q", "a".repeat(501)],
    ] as const) {
      const res = await GET(withQuery("/api/v1/communications", [[name, v]]), { params: Promise.resolve({}) });
      expect(res.status, `${name}=${JSON.stringify(v).slice(0, 20)}`).toBe(400);
      const problem = (await res.json()) as { invalidParams: { name: string }[] };
      expect(problem.invalidParams.map((p) => p.name)).toEqual([name]);
    }
  });

  it.each(QUERY_ROUTES)("/api/%s with random query parameters", async (route) => {
    const GET = await handler(route);
    const pathname = `/api/${route}`;
    await fc.assert(
      fc.asyncProperty(query, async (pairs) => {
        await expectNo5xx(await GET(withQuery(pathname, pairs), { params: Promise.resolve({}) }), `${pathname} ${JSON.stringify(pairs)}`);
      }),
      { numRuns: RUNS },
    );
    await fc.assert(
      fc.asyncProperty(rawQuery, async (raw) => {
        await expectNo5xx(
          await GET(new NextRequest(`http://localhost${pathname}?${raw}`), { params: Promise.resolve({}) }),
          `${pathname}?${raw}`,
        );
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it.each(Object.entries(PATH_ROUTES))("/api/%s with random path segments, anonymously", async (route, param) => {
    const GET = await handler(route);
    await fc.assert(
      fc.asyncProperty(segment, async (s) => {
        const url = `http://localhost/api/${route.replace(`[${param}]`, encodeURIComponent(s.replace(/\p{Cs}/gu, "\ufffd")))}`;
        await expectNo5xx(await GET(new NextRequest(url), { params: Promise.resolve({ [param]: s }) }), `${route} ${JSON.stringify(s)}`);
      }),
      { numRuns: RUNS },
    );
  });

  it("the public search page's data: the filters it runs never fail in PostgreSQL", async () => {
    const { checkSearchParams } = await import("@/lib/search/schemas");
    const { searchPublicCommunications } = await import("@/lib/search/search-public-communications");
    const { findSearchFacets } = await import("@/lib/search/find-search-facets");
    await findSearchFacets({ locale: "en", now: NOW });
    await fc.assert(
      fc.asyncProperty(query, async (pairs) => {
        // Next.js hands the page a record, repeated keys as arrays.
        const record: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
        for (const [k, v] of pairs) record[k] = k in record ? [record[k]!].flat().concat(v) : v;
        const { params, issues } = checkSearchParams(record);
        for (const name of Object.keys(issues)) expect(pairs.some(([k]) => k === name)).toBe(true);
        const result = await searchPublicCommunications({ params, now: NOW, locale: "fr" });
        expect(result.page).toBe(params.page);
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
