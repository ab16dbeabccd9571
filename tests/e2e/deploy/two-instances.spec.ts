import { readFileSync } from "node:fs";
import { expect, test } from "../support/test";
import { account } from "../support/accounts";
import { signedInPage } from "../support/session";
import { e2eDatabaseUrlFile } from "../support/database";
import { startInstance, type Instance } from "../../../scripts/lib/instance";
import en from "../../../lib/i18n/messages/communications/en.json" with { type: "json" };

// Issue 14: two instances of one build on one PostgreSQL (the test server, A, and a second one, B,
// started here on E2E_SECOND_PORT, default the test server's port + 2). Nothing a visitor sees
// depends on which one answers: a reply sent on A shows on B within a second although B had the page
// in its cache; the reply's file, uploaded through A, downloads through B; answers are compressed,
// cached or not. Runs in the "serial" project: it changes a published letter.
const t = en.communications;
const NORWAY = account("STATE", "state@sp-portal.example");

let b: Instance;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const portA = Number(new URL(test.info().project.use.baseURL!).port);
  b = await startInstance({
    port: Number(process.env.E2E_SECOND_PORT ?? portA + 2),
    databaseUrl: readFileSync(e2eDatabaseUrlFile(portA), "utf8").trim(),
    env: { SP_MAIL_WORKER: "0" },
  });
});
test.afterAll(async () => {
  await b?.stop();
});

function samplePdf(marker: string): Buffer {
  return Buffer.from(
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
      `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% ${marker}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}

test("a reply sent on one instance shows on the other at once, with its file; answers are compressed", async ({ browser, request }) => {
  test.setTimeout(180_000);
  // Health checks: no session, never cached.
  const health = await request.get(`${b.url}/healthz`);
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok" });
  const ready = await request.get(`${b.url}/readyz`);
  expect(await ready.json()).toEqual({ status: "ready" });
  expect(ready.headers()["cache-control"]).toBe("no-store");

  // A published letter to Norway without a reply (seeded), as the public search on A lists it.
  const search = await (await request.get("/communications?addressee=state:NOR&reply=none")).text();
  const id = /href="\/communications\/([0-9a-f-]{36})"/.exec(search)?.[1];
  expect(id, "a published letter to Norway without a reply").toBeTruthy();
  const pageOnB = `${b.url}/communications/${id}`;

  // B has the page in its cache.
  expect((await request.get(pageOnB)).headers()["x-sp-cache"]).toBe("MISS");
  const kept = await request.get(pageOnB);
  expect(kept.headers()["x-sp-cache"]).toBe("HIT");
  expect(kept.headers()["content-encoding"]).toBe("gzip");
  const replyText = `Norway replies through instance A ${Date.now()}`;
  expect(await kept.text()).not.toContain(replyText);

  // Norway replies on A, with a PDF.
  const norway = await signedInPage(browser, NORWAY);
  await norway.goto(`/portal/state/communications/${id}`);
  await norway.getByRole("textbox", { name: t.replyText }).fill(replyText);
  await norway.getByLabel(t.annexes).setInputFiles({ name: "reply-on-a.pdf", mimeType: "application/pdf", buffer: samplePdf(replyText) });
  await norway.getByRole("button", { name: t.sendReply }).click();
  await expect(norway.getByRole("status")).toHaveText(t.replySent);
  const committed = Date.now();
  await norway.context().close();

  // B shows it within a second of the commit.
  let html = "";
  await expect
    .poll(
      async () => {
        html = await (await request.get(pageOnB)).text();
        return html.includes(replyText);
      },
      { timeout: 1_000, intervals: [50] },
    )
    .toBe(true);
  expect(Date.now() - committed).toBeLessThan(1_500);

  // The file, stored through A, downloads through B.
  const href = /href="([^"]+)"[^>]*>reply-on-a\.pdf</.exec(html)?.[1]?.replaceAll("&amp;", "&");
  expect(href, "the reply's file is linked on B's page").toBeTruthy();
  const file = await request.get(`${b.url}${href}`);
  expect(file.status()).toBe(200);
  expect((await file.body()).toString()).toContain(replyText);

  // Compressed, cached or not: a search B has never seen (MISS), a kept one (HIT), an answer the
  // cache never holds.
  const api = `${b.url}/api/v1/communications?addressee=state:NOR&probe=${Date.now()}`;
  const miss = await request.get(api, { headers: { "accept-encoding": "gzip" } });
  expect(miss.headers()["x-sp-cache"]).toBe("MISS");
  expect(miss.headers()["content-encoding"]).toBe("gzip");
  expect(miss.headers()["cache-control"]).toBe("public, no-cache");
  const hit = await request.get(api, { headers: { "accept-encoding": "gzip" } });
  expect(hit.headers()["x-sp-cache"]).toBe("HIT");
  expect(hit.headers()["content-encoding"]).toBe("gzip");
  expect(await hit.json()).toEqual(await miss.json());
  const etag = hit.headers()["etag"]!;
  expect((await request.get(api, { headers: { "if-none-match": etag } })).status()).toBe(304);
  const states = await request.get(`${b.url}/api/v1/states`, { headers: { "accept-encoding": "gzip" } });
  expect(states.headers()["content-encoding"]).toBe("gzip");
});
