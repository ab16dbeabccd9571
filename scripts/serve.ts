// The production server: Next.js's request handler behind the public response cache
// (lib/public-cache/). `npm start`, the browser tests and the benchmark all run this, after
// `next build`. Options: -p/--port (else PORT, else 3000), -H/--hostname (else all interfaces),
// --dev (`npm run dev`: Next.js's development server, hot reload included, without the cache but
// with the same security headers). SP_PUBLIC_CACHE=0 serves without the cache.
import http from "node:http";
import path from "node:path";
import next from "next";
import { withPublicCache } from "../lib/public-cache/serve";
import { createResponseCache } from "../lib/public-cache/response-cache";
import { startGenerationListener } from "../lib/public-cache/generation-listener";
import { healthChecks } from "../lib/core/health";
import { runWithRequestClock, TEST_CLOCK_HEADER } from "../lib/core/clock";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress, trustedProxiesFromEnv } from "../lib/core/client-address";
import { isMalformedPath, NOT_FOUND_PATH } from "../lib/core/request-path";
import { problemDocument } from "../lib/core/problem";
import { checkRequestBody, readActionNames } from "../lib/files/request-body-limit";
import { applySecurityHeaders } from "../lib/core/security-headers";

function option(short: string, long: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === short || a === long);
  return i >= 0 ? args[i + 1] : undefined;
}

const port = Number(option("-p", "--port") ?? process.env.PORT ?? 3000);
const hostname = option("-H", "--hostname");
process.env.PORT = String(port);

const dev = process.argv.includes("--dev");
const app = next({ dev, ...(dev ? { turbopack: true } : {}), dir: process.cwd(), port, ...(hostname ? { hostname } : {}) });
await app.prepare();
const handle = app.getRequestHandler();
const cacheOff = dev || process.env.SP_PUBLIC_CACHE === "0";
// Every instance learns of a change of public data made anywhere at once (lib/public-cache/generation.ts).
const generation = process.env.DATABASE_URL ? startGenerationListener({ connectionString: process.env.DATABASE_URL }) : undefined;
const serve = withPublicCache((req, res) => handle(req, res), cacheOff ? null : createResponseCache(), generation);
// /healthz and /readyz (lib/core/health.ts).
const health = healthChecks({
  connectionString: process.env.DATABASE_URL,
  migrationsDir: path.join(process.cwd(), "prisma", "migrations"),
});

const trustedProxies = trustedProxiesFromEnv();
const actionNames = readActionNames(path.join(process.cwd(), ".next"));
// A refused body is drained (read and dropped, never kept) so that the browser, still sending it,
// gets the answer; past this much the connection is cut instead.
const DRAIN_AT_MOST = 128 * 1024 * 1024;
// The client's address, worked out here once and never taken from what the client sent
// (lib/core/client-address.ts). Under SP_TEST_CLOCK=1 (browser tests) a request may carry its own
// time (lib/core/clock.ts).
const server = http.createServer((req, res) => {
  // Security headers on every answer, whoever writes it (lib/core/security-headers.ts). The policy
  // also goes to Next.js in the request — replacing any the client sent — which puts its nonce on
  // every script tag it renders.
  applySecurityHeaders(req, res, { publicUrl: process.env.NEXTAUTH_URL, trustedProxies, dev });
  if (health.handle(req, res)) return;
  req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trustedProxies);
  // A path that is not percent-encoded UTF-8 would be a 500 from Next.js's router: it names no
  // record, so the API answers a 404 problem document and pages the not-found page (lib/core/request-path.ts).
  if (isMalformedPath(req.url)) {
    if (req.url?.startsWith("/api/")) {
      res.writeHead(404, { "content-type": "application/problem+json", "cache-control": "no-store" });
      res.end(JSON.stringify(problemDocument({ code: "NOT_FOUND" })));
      return;
    }
    req.url = NOT_FOUND_PATH;
  }
  // Each request body is bounded before it is read: a form's own limit, not the largest form's
  // (lib/files/request-body-limit.ts).
  const body = checkRequestBody(req, actionNames);
  if (!body.ok) {
    res.writeHead(body.status, { "content-type": body.contentType, "cache-control": "no-store", connection: "close" });
    res.end(body.body);
    let drained = 0;
    req.on("data", (chunk: Buffer) => {
      drained += chunk.length;
      if (drained > DRAIN_AT_MOST) req.socket.destroy();
    });
    req.resume();
    return;
  }
  runWithRequestClock(req.headers[TEST_CLOCK_HEADER], () => serve(req, res)).catch((err: unknown) => {
    console.error("Request failed", err);
    if (!res.headersSent) {
      res.statusCode = 500;
      res.end();
    } else res.destroy();
  });
});
// Keep idle connections open longer than the proxies and clients that reuse them (Node's 5 s default
// races a client sending its next request on a socket the server is closing: ECONNRESET).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
// Hot reload's WebSocket in development.
if (dev) {
  const upgrade = app.getUpgradeHandler();
  server.on("upgrade", (req, socket, head) => void upgrade(req, socket, head));
}
server.listen(port, hostname, () => {
  console.log(
    `▲ SP Portal (Next.js ${dev ? "development" : "production"} server${cacheOff ? "" : ", public response cache on"}) on http://${hostname ?? "localhost"}:${port}`,
  );
});

let closing = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    server.close();
    server.closeAllConnections();
    void app.close().finally(() => process.exit(0));
  });
}
