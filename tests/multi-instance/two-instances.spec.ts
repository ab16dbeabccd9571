// The two-instance proof (issue 14, item 6): two instances of the same build on one PostgreSQL behind
// nginx (round-robin). What one instance does, the other must see; background work runs once; an
// instance killed mid-job loses nothing and the other serves on; backup → restore → identical.
import { spawn } from "node:child_process";
import { get as httpGet, type IncomingHttpHeaders } from "node:http";
import { createGunzip, gunzipSync } from "node:zlib";
import { createReadStream, readFileSync } from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { expect, test } from "../e2e/support/test";
import { account } from "../e2e/support/accounts";
import { signedInPage, signInViaForm, tooManyAttemptsText } from "../e2e/support/session";
import { createTestDatabase } from "../../lib/db/test-database";
import type { Manifest } from "../../lib/db/backup";
import { Cluster, type Instance } from "./harness";
import core from "../../lib/i18n/messages/core/en.json" with { type: "json" };
import comms from "../../lib/i18n/messages/communications/en.json" with { type: "json" };

const t = comms.communications;
const cluster = new Cluster();
const SECOND = 1000;

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({}, testInfo) => {
  // Migrating, seeding and starting two instances beside the browser tests, which keep both cores busy.
  testInfo.setTimeout(600_000);
  await cluster.start();
});

test.afterAll(async ({}, testInfo) => {
  testInfo.setTimeout(120_000);
  await cluster.stop();
});

async function until<T>(what: string, fn: () => Promise<T | null | undefined | false>, timeoutMs = 30_000, everyMs = 200): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Urgent messages straight into the outbox (as enqueueMail writes them), returning their ids. */
async function queueMail(count: number, subject: string): Promise<string[]> {
  const rows = await cluster.sql<{ id: string }>(
    `insert into "OutboxMessage" ("id", "toAddresses", "ccAddresses", "subject", "textBody", "urgent", "status", "notBefore", "createdAt", "kind")
     select gen_random_uuid(), array['mission' || g || '@example.org'], '{}', $1 || ' ' || g, 'Body', true, 'PENDING',
            now() at time zone 'utc', now() at time zone 'utc', 'test.multi-instance'
       from generate_series(1, $2::int) g returning "id"`,
    [subject, count],
  );
  return rows.map((r) => r.id);
}

const requestDelivery = () => cluster.sql(`select graphile_worker.add_job('mail:deliver', '{}'::json)`);

async function allSent(ids: string[]): Promise<boolean> {
  const [row] = await cluster.sql<{ n: number }>(
    `select count(*)::int as n from "OutboxMessage" where id = any($1::uuid[]) and status = 'SENT'`,
    [ids],
  );
  return row!.n === ids.length;
}

function timesReceived(id: string): number {
  return cluster.smtp.received.filter((r) => r.outboxId === id).length;
}

test("nginx spreads requests over both instances; each logs one JSON line per request with its id", async () => {
  for (let i = 0; i < 8; i++) {
    const res = await fetch(`${cluster.url}/communications?q=secret-search-${i}`, { headers: { "x-request-id": `mi-rr-${i}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toBe(`mi-rr-${i}`);
    await res.arrayBuffer();
  }
  const linesOf = (i: Instance) => i.logLines().filter((l) => String(l.requestId ?? "").startsWith("mi-rr-") && l.msg === "request");
  await until("both logs", async () => linesOf(cluster.a).length + linesOf(cluster.b).length === 8);
  expect(linesOf(cluster.a).length).toBeGreaterThan(0);
  expect(linesOf(cluster.b).length).toBeGreaterThan(0);
  const line = linesOf(cluster.a)[0]!;
  expect(line).toMatchObject({ level: "info", method: "GET", path: "/communications", status: 200 });
  expect(typeof line.durationMs).toBe("number");
  // The query string (what someone searched for) is never logged.
  expect(cluster.a.output + cluster.b.output).not.toContain("secret-search");
});

test("health checks answer without a session; every text answer is compressed; a cached one revalidates by ETag", async () => {
  for (const instance of [cluster.a, cluster.b]) {
    const health = await fetch(`${instance.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await fetch(`${instance.url}/readyz`);
    expect(await ready.json()).toEqual({ status: "ready" });
    expect(ready.headers.get("cache-control")).toBe("no-store");
  }
  // Straight from B (fetch would decompress through nginx as well, but says nothing of it): a search B
  // has never seen (MISS), the same kept (HIT), and an answer the cache never holds.
  const get = (url: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      httpGet(url, { headers: { "accept-encoding": "gzip", ...headers } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      }).on("error", reject);
    });
  // A full page of letters (an answer under 1 KB is sent as it is).
  const api = `${cluster.b.url}/api/v1/communications?probe=${Date.now()}`;
  const miss = await get(api);
  expect(miss.headers["x-sp-cache"]).toBe("MISS");
  expect(miss.headers["content-encoding"]).toBe("gzip");
  expect(miss.headers["cache-control"]).toBe("public, no-cache");
  const hit = await get(api);
  expect(hit.headers["x-sp-cache"]).toBe("HIT");
  expect(hit.headers["content-encoding"]).toBe("gzip");
  expect(gunzipSync(hit.body).toString()).toEqual(gunzipSync(miss.body).toString());
  expect((await get(api, { "if-none-match": String(hit.headers["etag"]) })).status).toBe(304);
  expect((await get(`${cluster.b.url}/api/v1/states`)).headers["content-encoding"]).toBe("gzip");
  expect((await get(`${cluster.b.url}/signin`)).headers["content-encoding"]).toBe("gzip");
});

test("failed sign-ins are counted across both instances", async ({ browser }) => {
  test.setTimeout(120_000);
  const brazil = account("STATE", "state2@sp-portal.example");
  const onA = await (await browser.newContext({ baseURL: cluster.a.url })).newPage();
  const onB = await (await browser.newContext({ baseURL: cluster.b.url })).newPage();
  // Five wrong passwords from one address, alternating between the instances…
  for (let i = 1; i <= 5; i++) {
    const page = i % 2 ? onA : onB;
    await signInViaForm(page, brazil.email, `wrong-password-${i}`);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(core.signIn.failed);
  }
  // …and the address is stopped for the account on both, the right password included.
  const tooMany = tooManyAttemptsText(core.signIn.tooMany, 15);
  for (const page of [onA, onB]) {
    await signInViaForm(page, brazil.email, brazil.password);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(tooMany);
  }
});

test("one mail per dispatch with both workers running", async ({ browser }) => {
  test.setTimeout(120_000);
  // A dispatch by the secretariat through A: each of its mails leaves once.
  const [letter] = await cluster.sql<{ id: string }>(
    `select id from "Communication" where status = 'APPROVED' order by "createdAt" limit 1`,
  );
  expect(letter, "an approved letter in the demo data").toBeTruthy();
  const secretariat = await signedInPage(browser, account("SECRETARIAT"), { baseURL: cluster.a.url });
  await secretariat.goto(`/portal/secretariat/communications/${letter!.id}`);
  await secretariat.getByRole("button", { name: t.dispatch }).click();
  await secretariat.getByRole("dialog").getByRole("button", { name: t.dispatch }).click();
  await expect(secretariat.getByTestId("reference")).toBeVisible();
  const mails = await until("the dispatch's mail", async () => {
    const rows = await cluster.sql<{ id: string }>(`select id from "OutboxMessage" where "communicationId" = $1`, [letter!.id]);
    return rows.length ? rows.map((r) => r.id) : null;
  });
  await until("the dispatch's mail sent", () => allSent(mails));

  // Forty more, with six delivery runs asked for at once: both instances deliver side by side.
  const ids = await queueMail(40, "Bulk");
  await Promise.all(Array.from({ length: 6 }, requestDelivery));
  await until("forty mails sent", () => allSent(ids), 60_000);
  await new Promise((r) => setTimeout(r, 2 * SECOND)); // nothing arrives late, twice
  for (const id of [...mails, ...ids]) expect(timesReceived(id), id).toBe(1);
  const ran = (i: Instance) => i.logLines().filter((l) => l.msg === "job done" && l.task === "mail:deliver").length;
  expect(ran(cluster.a) + ran(cluster.b)).toBeGreaterThan(1);
});

test("a reply on A is public on B from B's first answer after it, also after B cached the page", async ({ browser }) => {
  // Every instance learns of a change at its commit (LISTEN/NOTIFY on the public data's generation):
  // PostgreSQL sends the notification before it confirms the commit to A, so B's very next answer,
  // however loaded the machine, already shows the reply. (A bound in seconds would test the load.)
  const norway = account("STATE", "state@sp-portal.example");
  const [letter] = await cluster.sql<{ id: string }>(
    `select c.id from "Communication" c join "State" s on s.id = c."addresseeStateId"
      where s.iso3 = 'NOR' and c."publicFrom" <= now() at time zone 'utc' and c.status = 'SENT'
        and not exists (select 1 from "CommunicationReply" r where r."communicationId" = c.id)
      order by c."sentAt" desc limit 1`,
  );
  expect(letter, "a public letter to Norway without a reply").toBeTruthy();
  const publicPath = `/communications/${letter!.id}`;
  // B renders the public page and keeps it.
  for (let i = 0; i < 2; i++) expect((await fetch(`${cluster.b.url}${publicPath}`)).status).toBe(200);
  const cached = await fetch(`${cluster.b.url}${publicPath}`);
  expect(cached.headers.get("x-sp-cache")).toBe("HIT");
  // Norway replies through A.
  const marker = `Reply through A ${Date.now()}`;
  const page = await signedInPage(browser, norway, { baseURL: cluster.a.url });
  await page.goto(`/portal/state/communications/${letter!.id}`);
  await page.getByRole("textbox", { name: t.replyText }).fill(marker);
  await page.getByRole("button", { name: t.sendReply }).click();
  await expect(page.getByRole("status")).toHaveText(t.replySent);
  const onB = await fetch(`${cluster.b.url}${publicPath}`);
  expect(onB.status).toBe(200);
  expect(await onB.text()).toContain(marker);
});

test("a file uploaded through A downloads through B", async ({ browser }) => {
  // Files live in PostgreSQL (stored_files), which every instance reads; each instance still has a
  // FILES_DIR of its own here, as two hosts would.
  const norway = account("STATE", "state@sp-portal.example");
  const [letter] = await cluster.sql<{ id: string }>(
    `select c.id from "Communication" c join "State" s on s.id = c."addresseeStateId"
      where s.iso3 = 'NOR' and c.status = 'SENT'
        and not exists (select 1 from "CommunicationReply" r where r."communicationId" = c.id)
      order by c."sentAt" desc limit 1`,
  );
  const pdf = Buffer.from(
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
      "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
  );
  const onA = await signedInPage(browser, norway, { baseURL: cluster.a.url });
  await onA.goto(`/portal/state/communications/${letter!.id}`);
  await onA.getByRole("textbox", { name: t.replyText }).fill("With an annex uploaded through A.");
  await onA.getByLabel(t.annexes).setInputFiles({ name: "through-a.pdf", mimeType: "application/pdf", buffer: pdf });
  await onA.getByRole("button", { name: t.sendReply }).click();
  await expect(onA.getByRole("status")).toHaveText(t.replySent);
  const href = await onA.getByRole("link", { name: "through-a.pdf" }).getAttribute("href");
  const onB = await signedInPage(browser, norway, { baseURL: cluster.b.url });
  const res = await onB.request.get(href!);
  expect(res.status()).toBe(200);
  expect(Buffer.from(await res.body()).equals(pdf)).toBe(true);
});

function runScript(args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/backup.ts", ...args], { env: { ...process.env, ...env } });
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (out += c.toString()));
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`backup.ts ${args[0]} exited ${code}:\n${out}`))));
  });
}

async function tableRows(dir: string, table: string): Promise<string[]> {
  const lines: string[] = [];
  const input = createReadStream(path.join(dir, "tables", `${table}.ndjson.gz`)).pipe(createGunzip());
  for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) if (line) lines.push(line);
  return lines.sort();
}

test("backup → restore → identical", async () => {
  test.setTimeout(180_000);
  const first = path.join(cluster.dir, "backup-1");
  const second = path.join(cluster.dir, "backup-2");
  const filesA = path.join(cluster.dir, "files-a");
  // While both instances run: the backup reads one snapshot.
  await runScript(["backup", first], { DATABASE_URL: cluster.db.connectionString, FILES_DIR: filesA });
  const target = await createTestDatabase({ prefix: "sp_multi_restore", migrate: false });
  try {
    const restoredFiles = path.join(cluster.dir, "files-restored");
    await runScript(["restore", first], { DATABASE_URL: target.connectionString, FILES_DIR: restoredFiles });
    await runScript(["backup", second], { DATABASE_URL: target.connectionString, FILES_DIR: restoredFiles });
    const read = (dir: string) => JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8")) as Manifest;
    const [m1, m2] = [read(first), read(second)];
    const byName = (m: Manifest) => [...m.tables].sort((x, y) => x.name.localeCompare(y.name));
    expect(byName(m2)).toEqual(byName(m1));
    expect(m2.files).toEqual(m1.files);
    expect(m2.migrations).toEqual(m1.migrations);
    for (const { name } of m1.tables) {
      if (name.endsWith("_prisma_migrations") || name === "graphile_worker.migrations") continue; // applied anew
      expect(await tableRows(second, name), name).toEqual(await tableRows(first, name));
    }
  } finally {
    await target.drop();
  }
});

test("an instance killed mid-job loses no mail, and the other serves on", async () => {
  test.setTimeout(240_000);
  // Mail of the earlier checks (the reply's notifications…) goes first, at the usual speed: the held
  // send below must be this test's own.
  await requestDelivery();
  await until(
    "the outbox drained",
    async () =>
      (
        await cluster.sql<{ n: number }>(
          `select count(*)::int as n from "OutboxMessage" where status = 'PENDING' and "notBefore" <= now() at time zone 'utc'`,
        )
      )[0]!.n === 0,
    60_000,
    500,
  );
  cluster.smtp.holdMs = 15 * SECOND; // the SMTP server is slow to accept: the send is in progress
  const [id] = await queueMail(1, "Killed mid-send");
  await requestDelivery();
  const sending = await until("the send in progress", async () => cluster.smtp.inData.find((d) => d.outboxId === id));
  // The sender: by the EHLO name each instance gives (SP_SMTP_NAME) when the transport uses it, else
  // the instance whose runner's pool (as it logged at start) holds the one running delivery job.
  const poolOf = (i: typeof cluster.a) => String(i.logLines().find((l) => l.msg === "job runner started")?.poolId ?? "");
  let victim = sending.client === "instance-a" ? cluster.a : sending.client === "instance-b" ? cluster.b : null;
  if (!victim) {
    const held = await cluster.sql<{ locked_by: string }>(
      `select locked_by from graphile_worker.jobs where task_identifier = 'mail:deliver' and locked_by is not null`,
    );
    expect(held, "one delivery job running").toHaveLength(1);
    victim = held[0]!.locked_by === poolOf(cluster.a) ? cluster.a : held[0]!.locked_by === poolOf(cluster.b) ? cluster.b : null;
  }
  if (!victim) throw new Error(`a send from neither instance: EHLO ${sending.client}`);
  const survivor = victim === cluster.a ? cluster.b : cluster.a;
  const poolId = poolOf(victim);
  const [job] = await cluster.sql<{ locked_by: string }>(`select locked_by from graphile_worker.jobs where locked_by = $1`, [poolId]);
  const all = await cluster.sql(`select task_identifier, locked_by from graphile_worker.jobs`);
  expect(job, `the victim's running job (${poolId}) among ${JSON.stringify(all)}`).toBeTruthy();
  await victim.kill();
  cluster.smtp.holdMs = 0;

  // The other instance serves on, through nginx.
  for (let i = 0; i < 6; i++) expect((await fetch(`${cluster.url}/`)).status).toBe(200);
  // The mail the victim was sending goes out once, from the survivor: its row lock went with the
  // victim's connection, so the survivor's next delivery run sends it (asked for now rather than
  // waiting for the minute's tick, which would do the same).
  const killedAt = performance.now();
  await requestDelivery();
  await until("the mail sent by the survivor", () => allSent([id!]), 90_000, 500);
  await until("the SMTP server's answer", async () => timesReceived(id!) === 1);
  await until("the victim's attempt abandoned", async () => cluster.smtp.abandoned.includes(id!), 20_000);
  // The victim's job is not left locked: the survivor's recovery releases it once its lock is older
  // than the recovery's grace period (run now rather than at the minute's tick).
  await new Promise((r) => setTimeout(r, Math.max(0, killedAt + 31 * SECOND - performance.now())));
  await cluster.sql(`select graphile_worker.add_job('jobs:recover', '{}'::json)`);
  await until(
    "the victim's job released",
    async () => (await cluster.sql(`select 1 from graphile_worker.jobs where locked_by = $1`, [job!.locked_by])).length === 0,
    150_000,
    1000,
  );
  expect(survivor.running).toBe(true);
  expect(victim.running).toBe(false);
});

test("graceful shutdown finishes the running job before exiting", async () => {
  test.setTimeout(120_000);
  const survivor = cluster.a.running ? cluster.a : cluster.b;
  expect(survivor.running, "the instance that survived the kill").toBe(true);
  cluster.smtp.holdMs = 3 * SECOND;
  const [id] = await queueMail(1, "Sent during shutdown");
  await requestDelivery();
  await until("the send in progress", async () => cluster.smtp.inData.some((d) => d.outboxId === id));
  expect(await survivor.stop()).toBe(0);
  cluster.smtp.holdMs = 0;
  expect(timesReceived(id!)).toBe(1);
  expect(await allSent([id!])).toBe(true);
  const lines = survivor.logLines().map((l) => l.msg);
  expect(lines).toContain("shutting down");
  expect(lines).toContain("job runner stopped");
});
