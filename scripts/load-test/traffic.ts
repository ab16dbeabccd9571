// The traffic of the load test (issue 19): readers on 12 connections — the secretariat, a holder and
// Norway signed in, and anonymous visitors — while sign-ins run 6 at a time. Norway opening its
// letters writes read markers, and every sign-in writes (last sign-in, audit entry): the writes.
// Each answer is checked against what was asked (a JSON record's own key, a page's expected text),
// so a result delivered to the wrong request fails as surely as a 500.
import { DEMO_ACCOUNTS, DEMO_TOTP_KEYS } from "../../prisma/seed/users";
import { totpCode } from "../../lib/auth/second-factor/totp";

export type TrafficOptions = { baseUrl: string; connections: number; requests: number; signIns: number; signInConcurrency: number };
export type TrafficReport = {
  requests: number;
  signIns: number;
  failed: number;
  failures: string[];
  serverErrors: number;
  seconds: number;
};

type Jar = Map<string, string>;
type Identity = { label: "secretariat" | "holder" | "Norway" | "anonymous"; jar: Jar | null };

const cookieHeader = (jar: Jar) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
function keepCookies(jar: Jar, res: Response) {
  for (const c of res.headers.getSetCookie()) {
    const pair = c.split(";")[0] ?? "";
    const eq = pair.indexOf("=");
    if (eq > 0) jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
}

export class LoadFailure extends Error {}

async function request(base: string, path: string, jar: Jar | null, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("accept-language", "en");
  if (jar?.size) headers.set("cookie", cookieHeader(jar));
  const res = await fetch(`${base}${path}`, { ...init, headers, redirect: "manual", signal: AbortSignal.timeout(60_000) });
  if (jar) keepCookies(jar, res);
  return res;
}

// The portal takes each authenticator code once (lib/auth/second-factor/factors.ts): the time steps
// this run has used per account, so that no sign-in offers a code already used.
const usedSteps = new Map<string, Set<number>>();

/**
 * A code of the demo key of `email` that this run has not used (the current step's, the next or, early
 * in the step, the previous), reserved at once; null when none is left.
 */
function unusedDemoCode(email: string, reserve = true): string | null {
  const key = DEMO_TOTP_KEYS[email]!;
  const nowMs = Date.now();
  const current = Math.floor(nowMs / 30_000);
  const used = usedSteps.get(email) ?? new Set<number>();
  usedSteps.set(email, used);
  // The step before only while the server is sure to be in this one when the code arrives.
  const previousStillSafe = 30_000 - (nowMs % 30_000) > 15_000;
  const step = [current, current + 1, ...(previousStillSafe ? [current - 1] : [])].find((s) => !used.has(s));
  if (step === undefined) return null;
  if (reserve) used.add(step);
  return totpCode(key, new Date(step * 30_000));
}

/** Signs in through next-auth's credentials endpoint; returns the session's cookie jar, or why it failed. */
export async function signIn(base: string, email: string, password: string): Promise<Jar | string> {
  // The demo staff's second factor: a code of their public demo key (README, "Demo accounts").
  const code = DEMO_TOTP_KEYS[email] ? unusedDemoCode(email) : undefined;
  if (code === null) return "no unused authenticator code left in this 30-second step";
  const jar: Jar = new Map();
  const csrf = await request(base, "/api/auth/csrf", jar);
  if (csrf.status !== 200) return `csrf ${csrf.status}`;
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await request(base, "/api/auth/callback/credentials", jar, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", ...(code ? { code } : {}) }).toString(),
  });
  const text = await res.text();
  if (res.status !== 200 || text.includes("error=")) return `callback ${res.status} ${text.slice(0, 200)}`;
  const session = await request(base, "/api/auth/session", jar);
  const body = (await session.json()) as { userId?: string; user?: { email?: string } } | null;
  if (!body?.userId || (body.user?.email && body.user.email !== email)) return `session ${JSON.stringify(body)}`;
  return jar;
}

function account(email: string) {
  const found = DEMO_ACCOUNTS.find((a) => a.email === email);
  if (!found) throw new Error(`no demo account ${email}`);
  return found;
}

/** Links of one kind in a page (ids of records the identity may open). */
async function linksIn(base: string, path: string, jar: Jar | null, pattern: RegExp): Promise<string[]> {
  const res = await request(base, path, jar);
  const html = await res.text();
  if (res.status !== 200) throw new LoadFailure(`${path}: ${res.status} while preparing the traffic`);
  return [...new Set([...html.matchAll(pattern)].map((m) => m[1] ?? ""))];
}

type Check = (res: Response, body: string) => string | null;
type Step = { path: string; check: Check };

const ok: Check = (res) =>
  res.status === 200 ? null : `status ${res.status}${res.headers.get("location") ? ` → ${res.headers.get("location")}` : ""}`;
const contains =
  (text: string): Check =>
  (res, body) =>
    ok(res, body) ?? (body.includes(text) ? null : `missing "${text}"`);
const sameReference =
  (expected: string): Check =>
  (res, body) => {
    const failed = ok(res, body);
    if (failed) return failed;
    const value = (JSON.parse(body) as { data?: { reference?: unknown } }).data?.reference;
    return value === expected ? null : `reference ${String(value)} instead of ${expected}`;
  };

export async function runTraffic(opts: TrafficOptions): Promise<TrafficReport> {
  const base = opts.baseUrl;
  const failures: string[] = [];
  let serverErrors = 0;
  let requests = 0;
  let signIns = 0;
  let failed = 0;
  const fail = (what: string) => {
    failed++;
    if (failures.length < 50) failures.push(what);
  };

  // Preparing: three signed-in readers, and records each of them (and the public) may open.
  const signedIn = async (email: string) => {
    const jar = await signIn(base, email, account(email).password);
    if (typeof jar === "string") throw new LoadFailure(`sign-in of ${email} failed while preparing: ${jar}`);
    return jar;
  };
  const secretariat = await signedIn("secretariat@sp-portal.example");
  const holder = await signedIn("holder@sp-portal.example");
  const norway = await signedIn("state@sp-portal.example");
  const secretariatIds = await linksIn(
    base,
    "/portal/secretariat/communications",
    secretariat,
    /\/portal\/secretariat\/communications\/([\w-]{8,})"/g,
  );
  const holderIds = await linksIn(
    base,
    "/portal/mandate-holder/communications",
    holder,
    /\/portal\/mandate-holder\/communications\/([\w-]{8,})"/g,
  );
  const norwayIds = await linksIn(base, "/portal/state/communications", norway, /\/portal\/state\/communications\/([\w-]{8,})"/g);
  const api = (await (await request(base, "/api/v1/communications?pageSize=50", null)).json()) as { data: { reference: string }[] };
  const references = api.data.map((c) => c.reference);
  for (const [what, list] of Object.entries({ secretariatIds, holderIds, norwayIds, references })) {
    if (list.length === 0) throw new LoadFailure(`no ${what} in the seeded data: the traffic would test nothing`);
  }

  let n = 0;
  const pick = <T>(list: readonly T[]): T => list[n++ % list.length]!;
  // Anonymous requests carry a parameter the app ignores, so the public response cache never answers
  // them: each one reaches the database.
  const fresh = () => `_lt=${n++}`;
  const identities: Identity[] = [
    { label: "secretariat", jar: secretariat },
    { label: "holder", jar: holder },
    { label: "Norway", jar: norway },
    { label: "anonymous", jar: null },
  ];
  const steps: Record<Identity["label"], () => Step> = {
    secretariat: () =>
      pick<() => Step>([
        () => ({ path: "/portal/secretariat/communications", check: ok }),
        () => ({ path: `/portal/secretariat/communications/${pick(secretariatIds)}`, check: ok }),
        () => ({ path: "/portal/secretariat", check: ok }),
        () => ({ path: "/portal/audit", check: ok }),
        () => ({ path: "/portal/secretariat/outbox", check: ok }),
      ])(),
    holder: () =>
      pick<() => Step>([
        () => ({ path: "/portal/mandate-holder/communications", check: ok }),
        () => ({ path: `/portal/mandate-holder/communications/${pick(holderIds)}`, check: ok }),
        () => ({ path: "/portal/mandate-holder", check: ok }),
        () => ({ path: "/portal/mandate-holder/visits", check: ok }),
      ])(),
    Norway: () =>
      pick<() => Step>([
        () => ({ path: "/portal/state/communications", check: ok }),
        // Opening a letter writes Norway's read marker.
        () => ({ path: `/portal/state/communications/${pick(norwayIds)}`, check: ok }),
        () => ({ path: "/portal/state", check: ok }),
      ])(),
    anonymous: () =>
      pick<() => Step>([
        () => {
          const reference = pick(references);
          return { path: `/api/v1/communications/${encodeURIComponent(reference)}?${fresh()}`, check: sameReference(reference) };
        },
        () => ({ path: `/communications?q=detention&${fresh()}`, check: ok }),
        () => ({ path: `/states/NOR?${fresh()}`, check: contains("Norway") }),
        () => ({ path: `/states/BRA?${fresh()}`, check: contains("Brazil") }),
        () => ({ path: `/api/v1/communications?page=${(n % 3) + 1}&${fresh()}`, check: ok }),
        () => ({ path: `/?${fresh()}`, check: ok }),
      ])(),
  };

  const started = performance.now();
  let budget = opts.requests;
  const reader = async (identity: Identity) => {
    while (budget > 0) {
      budget--;
      const step = steps[identity.label]();
      try {
        const res = await request(base, step.path, identity.jar);
        const body = await res.text();
        requests++;
        if (res.status >= 500) serverErrors++;
        const problem = step.check(res, body);
        if (problem) fail(`${identity.label} GET ${step.path}: ${problem}`);
      } catch (err) {
        requests++;
        fail(`${identity.label} GET ${step.path}: ${String(err)}`);
      }
    }
  };
  let signInsLeft = opts.signIns;
  const signer = async () => {
    while (signInsLeft > 0) {
      signInsLeft--;
      // The accounts in turn; a demo staff account whose three acceptable codes this run has used
      // already gives its turn to one without a second factor.
      let who = DEMO_ACCOUNTS[signInsLeft % DEMO_ACCOUNTS.length]!;
      if (DEMO_TOTP_KEYS[who.email] && unusedDemoCode(who.email, false) === null)
        who = DEMO_ACCOUNTS.find((a) => !DEMO_TOTP_KEYS[a.email]) ?? who;
      try {
        const jar = await signIn(base, who.email, who.password);
        signIns++;
        if (typeof jar === "string") fail(`sign-in of ${who.email}: ${jar}`);
      } catch (err) {
        signIns++;
        fail(`sign-in of ${who.email}: ${String(err)}`);
      }
    }
  };
  await Promise.all([
    ...Array.from({ length: opts.connections }, (_, i) => reader(identities[i % identities.length]!)),
    ...Array.from({ length: opts.signInConcurrency }, () => signer()),
  ]);
  return { requests, signIns, failed, failures, serverErrors, seconds: (performance.now() - started) / 1000 };
}
