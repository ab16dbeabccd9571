import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { applySecurityHeaders, requestNonce } from "../core/security-headers";
import { markPublicDataChanged } from "../platform/public-data-generation";
import { createResponseCache } from "./response-cache";
import { withPublicCache, type RequestHandler } from "./serve";

// The cache in front of a stand-in app that says how it was asked, over real HTTP.
type Seen = { url: string; cookie?: string; acceptEncoding?: string };
let server: http.Server | null = null;

async function start(opts: { now?: () => number } = {}) {
  const seen: Seen[] = [];
  const app: RequestHandler = async (req, res) => {
    seen.push({ url: req.url!, cookie: req.headers.cookie, acceptEncoding: req.headers["accept-encoding"] as string | undefined });
    await new Promise((r) => setTimeout(r, 30)); // rendering takes a while: others ask meanwhile
    if (req.url!.startsWith("/communications/missing")) {
      res.statusCode = 404;
      res.end("not found");
      return;
    }
    if (req.url!.includes("cookie=1")) res.setHeader("set-cookie", "flash=1");
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.write(`<p>${req.url} `);
    res.end(`rendered ${seen.length} ${"x".repeat(2000)}</p>`);
  };
  const serve = withPublicCache(app, createResponseCache({ ttlMs: 30_000, ...(opts.now ? { now: opts.now } : {}) }));
  server = http.createServer((req, res) => void serve(req, res));
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get(`${base}${path}`, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        })
        .on("error", reject);
    });
  return { seen, get };
}

afterEach(async () => {
  await new Promise((r) => (server ? server.close(r) : r(null)));
  server = null;
});

describe("the public response cache in front of the app", () => {
  it("renders a search once for all who ask at the same time, then answers from memory", async () => {
    const { seen, get } = await start();
    const answers = await Promise.all(Array.from({ length: 16 }, () => get("/communications?q=detention")));
    expect(seen).toHaveLength(1);
    expect(new Set(answers.map((a) => a.body.toString())).size).toBe(1);
    expect(answers.map((a) => a.headers["x-sp-cache"]).sort()).toEqual([...Array(15).fill("HIT"), "MISS"]);
    const later = await get("/communications?q=detention");
    expect(later.headers["x-sp-cache"]).toBe("HIT");
    expect(later.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(later.body.toString()).toBe(answers[0]!.body.toString());
    expect(seen).toHaveLength(1);
    // The app was asked as the visitor asked (Next.js compresses for them when they accept it).
    expect(seen[0]!.acceptEncoding).toBeUndefined();
  });

  it("keeps a first answer that the app compressed for its visitor, and gives it to anyone", async () => {
    const app: RequestHandler = async (req, res) => {
      const body = Buffer.from(`{"data":"${"y".repeat(3000)}"}`);
      res.setHeader("content-type", "application/json");
      if (/gzip/.test(String(req.headers["accept-encoding"]))) {
        res.setHeader("content-encoding", "gzip");
        res.end(gzipSync(body));
      } else res.end(body);
    };
    const serve = withPublicCache(app, createResponseCache());
    server = http.createServer((req, res) => void serve(req, res));
    await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/communications?q=zip`;
    const ask = (headers: Record<string, string>) =>
      new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        http
          .get(url, { headers }, (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (c: Buffer) => chunks.push(c));
            res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
          })
          .on("error", reject);
      });
    const first = await ask({ "accept-encoding": "gzip" });
    expect(first.headers["x-sp-cache"]).toBe("MISS");
    expect(first.headers["content-encoding"]).toBe("gzip");
    const plain = await ask({});
    expect(plain.headers["x-sp-cache"]).toBe("HIT");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(gunzipSync(first.body).toString());
    const zipped = await ask({ "accept-encoding": "gzip" });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers.vary).toBe("Accept-Encoding");
    expect(gunzipSync(zipped.body).toString()).toBe(plain.body.toString());
    // JSON answers carry an ETag (the same for the MISS and the HITs); naming it gets a 304.
    expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(zipped.headers.etag).toBe(first.headers.etag);
    const revalidated = await ask({ "if-none-match": first.headers.etag! });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers["cache-control"]).toBe("public, no-cache");
    expect(revalidated.body.byteLength).toBe(0);
    // After a change it is another answer, with another ETag.
    markPublicDataChanged();
    const changed = await ask({ "if-none-match": first.headers.etag! });
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(first.headers.etag);
  });

  it("gives the kept answer gzipped to a visitor who accepts it", async () => {
    const { get } = await start();
    const plain = await get("/communications?q=gzip");
    const zipped = await get("/communications?q=gzip", { "accept-encoding": "gzip, deflate, br" });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(zipped.body).toString()).toBe(plain.body.toString());
  });

  it("never answers a signed-in user from the cache, nor keeps what was rendered for them", async () => {
    const { seen, get } = await start();
    const session = { cookie: "next-auth.session-token=abc; NEXT_LOCALE=en" };
    const a = await get("/communications?q=mine", session);
    const b = await get("/communications?q=mine", session);
    expect(a.headers["x-sp-cache"]).toBeUndefined();
    expect(b.headers["x-sp-cache"]).toBeUndefined();
    expect(seen).toHaveLength(2);
    expect(seen[0]!.cookie).toContain("session-token");
    expect((await get("/communications?q=mine")).headers["x-sp-cache"]).toBe("MISS");
  });

  it("keeps one answer per language", async () => {
    const { seen, get } = await start();
    await get("/communications?q=lang", { "accept-language": "fr" });
    expect((await get("/communications?q=lang", { cookie: "NEXT_LOCALE=fr" })).headers["x-sp-cache"]).toBe("HIT");
    expect((await get("/communications?q=lang", { "accept-language": "es" })).headers["x-sp-cache"]).toBe("MISS");
    expect(seen).toHaveLength(2);
  });

  it("does not keep a missing page or an answer that sets a cookie", async () => {
    const { seen, get } = await start();
    expect((await get("/communications/missing")).status).toBe(404);
    expect((await get("/communications/missing")).headers["x-sp-cache"]).toBe("MISS");
    await get("/communications?cookie=1");
    expect((await get("/communications?cookie=1")).headers["x-sp-cache"]).toBe("MISS");
    expect(seen).toHaveLength(4);
  });

  it("lets every other path through untouched", async () => {
    const { seen, get } = await start();
    await get("/portal/state/communications");
    const again = await get("/portal/state/communications");
    expect(again.headers["x-sp-cache"]).toBeUndefined();
    expect(seen).toHaveLength(2);
  });

  it("renders again after a change in this process, and after the time to live", async () => {
    let clock = 1_000;
    const { seen, get } = await start({ now: () => clock });
    await get("/communications?q=change");
    expect((await get("/communications?q=change")).headers["x-sp-cache"]).toBe("HIT");
    markPublicDataChanged();
    expect((await get("/communications?q=change")).headers["x-sp-cache"]).toBe("MISS");
    clock += 29_000;
    expect((await get("/communications?q=change")).headers["x-sp-cache"]).toBe("HIT");
    clock += 2_000;
    expect((await get("/communications?q=change")).headers["x-sp-cache"]).toBe("MISS");
    expect(seen).toHaveLength(3);
  });
});

describe("a kept page and the script nonce", () => {
  // The production server's order (scripts/serve.ts): security headers with a new nonce, then the
  // cache, then an app that puts the request's nonce on its scripts as Next.js does.
  async function startWithNonces() {
    let renders = 0;
    const app: RequestHandler = async (req, res) => {
      renders += 1;
      const nonce = requestNonce(req.headers);
      await new Promise((r) => setTimeout(r, 30));
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.setHeader("link", `</_next/a.css>; rel=preload; as="style"; nonce="${nonce}"`);
      const script = (body: string) => `<script nonce="${nonce}">${body}</script>`;
      res.write(
        `<!DOCTYPE html><html><head><script src="/_next/a.js" nonce="${nonce}" async></script>${script("self.__next_f=[]")}</head>`,
      );
      res.end(
        `<body>${"<p>detention</p>".repeat(400)}${script("self.__next_f.push([1])")}${script("self.__next_f.push([2])")}</body></html>`,
      );
    };
    const serve = withPublicCache(app, createResponseCache());
    server = http.createServer((req, res) => {
      applySecurityHeaders(req, res, { publicUrl: "http://localhost", trustedProxies: 0 });
      void serve(req, res);
    });
    await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const get = (path: string, headers: Record<string, string> = {}) =>
      new Promise<{ headers: http.IncomingHttpHeaders; html: string }>((resolve, reject) => {
        http
          .get(`${base}${path}`, { headers }, (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (c: Buffer) => chunks.push(c));
            res.on("end", () => {
              const body = Buffer.concat(chunks);
              resolve({ headers: res.headers, html: (res.headers["content-encoding"] === "gzip" ? gunzipSync(body) : body).toString() });
            });
          })
          .on("error", reject);
      });
    return { get, renders: () => renders };
  }

  /** The nonce of the answer's policy, after checking every script tag carries exactly it. */
  function nonceOf(answer: { headers: http.IncomingHttpHeaders; html: string }): string {
    const nonce = requestNonce({ "content-security-policy": answer.headers["content-security-policy"] as string });
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    const tags = answer.html.match(/<script[^>]*>/g) ?? [];
    expect(tags).toHaveLength(4);
    for (const tag of tags) expect(tag).toContain(` nonce="${nonce}"`);
    return nonce!;
  }

  it("gives every answer of a kept page its own nonce, in the policy and in every script tag", async () => {
    const { get, renders } = await startWithNonces();
    const first = await get("/communications?q=nonce");
    const second = await get("/communications?q=nonce");
    const third = await get("/communications?q=nonce", { "accept-encoding": "gzip" });
    expect([first, second, third].map((a) => a.headers["x-sp-cache"])).toEqual(["MISS", "HIT", "HIT"]);
    expect(third.headers["content-encoding"]).toBe("gzip");
    expect(renders()).toBe(1);
    const nonces = [first, second, third].map(nonceOf);
    expect(new Set(nonces).size).toBe(3);
    expect(second.html).not.toContain(nonces[0]);
    expect(third.html).not.toContain(nonces[0]);
    // Otherwise the same page.
    expect(second.html.replaceAll(nonces[1]!, "N")).toBe(first.html.replaceAll(nonces[0]!, "N"));
    expect(third.html.replaceAll(nonces[2]!, "N")).toBe(first.html.replaceAll(nonces[0]!, "N"));
  });

  it("gives visitors who waited for the same render their own nonces too", async () => {
    const { get, renders } = await startWithNonces();
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => get("/communications?q=together", i % 2 ? { "accept-encoding": "gzip" } : {})),
    );
    expect(renders()).toBe(1);
    expect(new Set(answers.map(nonceOf)).size).toBe(8);
  });

  it("never replays the security headers of the render", async () => {
    const { get } = await startWithNonces();
    const first = await get("/communications?q=headers");
    const second = await get("/communications?q=headers");
    expect(second.headers["content-security-policy"]).not.toBe(first.headers["content-security-policy"]);
    expect(second.headers["x-frame-options"]).toBe("DENY");
    // …nor the render's nonce in a header it replays.
    expect(second.headers.link).toContain(`nonce="${nonceOf(second)}"`);
    expect(second.headers["x-content-type-options"]).toBe("nosniff");
  });
});
