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
import { AsyncLocalStorage } from "node:async_hooks";
import { format } from "node:util";
import { log } from "../lib/core/log";
import { loggablePath, REQUEST_ID_HEADER, requestIdFrom } from "../lib/core/request-log";
import { runShutdownHooks } from "../lib/core/shutdown";

function option(short: string, long: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === short || a === long);
  return i >= 0 ? args[i + 1] : undefined;
}

const port = Number(option("-p", "--port") ?? process.env.PORT ?? 3000);
const hostname = option("-H", "--hostname");
process.env.PORT = String(port);

const dev = process.argv.includes("--dev");

// Structured logs (lib/core/log.ts): one JSON line per request, and whatever Next.js or the app writes
// to console.error/console.warn during a request becomes a JSON line carrying that request's id.
const requestIds = new AsyncLocalStorage<string>();
if (!dev && process.env.SP_LOG_FORMAT !== "text") {
  for (const [method, level] of [
    ["error", "error"],
    ["warn", "warn"],
  ] as const) {
    console[method] = (...args: unknown[]) => {
      const err = args.find((a): a is Error => a instanceof Error);
      const msg = format(...args.filter((a) => a !== err)).slice(0, 4000) || (err?.message ?? "");
      log(level, msg, { requestId: requestIds.getStore() }, err);
    };
  }
}
const app = next({ dev, ...(dev ? { turbopack: true } : {}), dir: process.cwd(), port, ...(hostname ? { hostname } : {}) });
await app.prepare();
const handle = app.getRequestHandler();
const cacheOff = dev || process.env.SP_PUBLIC_CACHE === "0";
// Every instance learns of a change of public data made anywhere at once (lib/platform/public-data-generation.ts).
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
let closing = false;
let inFlight = 0;
let drained: (() => void) | undefined;
const server = http.createServer((req, res) => {
  const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
  req.headers[REQUEST_ID_HEADER] = requestId;
  res.setHeader(REQUEST_ID_HEADER, requestId);
  // Shutting down: finish this request, but ask the client (or proxy) not to reuse the connection.
  if (closing) res.setHeader("connection", "close");
  const started = performance.now();
  inFlight++;
  res.once("close", () => {
    inFlight--;
    if (inFlight === 0) drained?.();
    log(res.statusCode >= 500 ? "error" : "info", "request", {
      requestId,
      method: req.method,
      path: loggablePath(req.url),
      status: res.statusCode,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      ...(res.writableFinished ? {} : { aborted: true }),
      ...(res.getHeader("x-sp-cache") ? { cache: res.getHeader("x-sp-cache") } : {}),
    });
  });
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
    // No "Connection: close": Node would cut the socket once the answer is written, while the client is
    // still sending — a client that writes before it reads (a script, an API client) then fails on a
    // broken pipe instead of reading the 413. The connection stays open while the body is drained.
    res.writeHead(body.status, { "content-type": body.contentType, "cache-control": "no-store" });
    res.end(body.body);
    let drained = 0;
    req.on("data", (chunk: Buffer) => {
      drained += chunk.length;
      if (drained > DRAIN_AT_MOST) req.socket.destroy();
    });
    req.resume();
    return;
  }
  requestIds
    .run(requestId, () => runWithRequestClock(req.headers[TEST_CLOCK_HEADER], () => serve(req, res)))
    .catch((err: unknown) => {
      log("error", "request failed", { requestId, method: req.method, path: loggablePath(req.url) }, err);
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
  log(
    "info",
    `SP Portal (Next.js ${dev ? "development" : "production"} server${cacheOff ? "" : ", public response cache on"}) on http://${hostname ?? "localhost"}:${port}`,
    { port, pid: process.pid },
  );
});

// Graceful shutdown (SIGTERM from a process manager, Ctrl-C): stop accepting connections, let the
// requests in flight finish (their connections are then closed, not kept alive) and the running
// background job finish (lib/jobs/runner.ts through lib/core/shutdown.ts), then exit. Past
// SP_SHUTDOWN_TIMEOUT_MS (default 25 s, under the usual 30 s before a SIGKILL) whatever is left is cut.
const SHUTDOWN_TIMEOUT_MS = Number(process.env.SP_SHUTDOWN_TIMEOUT_MS ?? 25_000);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    log("info", "shutting down", { signal, inFlight });
    server.close();
    server.closeIdleConnections();
    const requestsDone = new Promise<void>((resolve) => {
      drained = resolve;
      if (inFlight === 0) resolve();
    });
    const deadline = new Promise<void>((resolve) => setTimeout(resolve, SHUTDOWN_TIMEOUT_MS).unref());
    void Promise.race([
      Promise.all([requestsDone, runShutdownHooks(SHUTDOWN_TIMEOUT_MS, (name, err) => log("warn", `shutdown of ${name} failed`, {}, err))]),
      deadline,
    ])
      .then(() => {
        server.closeAllConnections();
        log("info", "stopped", { inFlight });
        return app.close();
      })
      .finally(() => process.exit(0));
  });
}
