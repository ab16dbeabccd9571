import type { IncomingMessage, ServerResponse } from "node:http";
import { createHash } from "node:crypto";
import { gunzipSync, inflateSync } from "node:zlib";
import { LOCALE_COOKIE } from "../i18n/config";
import { requestNonce, SECURITY_HEADER_NAMES } from "../core/security-headers";
import { withNonce } from "./nonce-rewrite";
import { createResponseCache, publicCacheKey, STATUS_HEADER, type CachedResponse } from "./response-cache";
import { generationListening, publicationNeedsReading } from "../platform/public-data-generation";
import { API_CACHE_CONTROL } from "./cache-control";
import type { GenerationListener } from "./generation-listener";

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** Headers of the request that shape an anonymous answer besides the URL (absolute links use the host). */
const HOST_HEADERS = ["host", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"] as const;
/** Hop-by-hop and per-response headers are not replayed (the security headers carry this response's nonce). */
const NOT_REPLAYED = new Set<string>([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "date",
  STATUS_HEADER,
  ...SECURITY_HEADER_NAMES,
]);

function readCookies(header: string | undefined): { names: string[]; locale: string | undefined } {
  const pairs = (header ?? "")
    .split(";")
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const eq = p.indexOf("=");
      return eq < 0 ? [p, ""] : [p.slice(0, eq), p.slice(eq + 1)];
    });
  return { names: pairs.map(([n]) => n!), locale: pairs.find(([n]) => n === LOCALE_COOKIE)?.[1] };
}

/**
 * Records what the app writes to `res` while it goes to the visitor: the answer to keep. Resolves
 * when the response is finished; an answer cut short (the visitor left, an error) is not cacheable.
 */
function capture(res: ServerResponse, nonce: string | undefined): Promise<CachedResponse> {
  const chunks: Buffer[] = [];
  const toBuffer = (chunk: unknown, encoding?: unknown) =>
    Buffer.isBuffer(chunk)
      ? chunk
      : chunk instanceof Uint8Array
        ? Buffer.from(chunk)
        : Buffer.from(String(chunk), typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  let headArgs: Record<string, string | string[]> = {};
  res.writeHead = ((...args: unknown[]) => {
    const headers = args.find((a, i) => i > 0 && a !== null && typeof a === "object");
    if (headers && !Array.isArray(headers)) headArgs = { ...(headers as Record<string, string | string[]>) };
    return writeHead(...args);
  }) as ServerResponse["writeHead"];
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, rest[0]));
    return write(chunk, ...rest);
  }) as ServerResponse["write"];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== "function") chunks.push(toBuffer(chunk, rest[0]));
    return end(chunk, ...rest);
  }) as ServerResponse["end"];
  return new Promise((resolve) => {
    let finished = false;
    res.on("finish", () => {
      finished = true;
      const headers: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries({ ...res.getHeaders(), ...headArgs })) {
        const lower = name.toLowerCase();
        if (value !== undefined && !NOT_REPLAYED.has(lower)) headers[lower] = Array.isArray(value) ? value.map(String) : String(value);
      }
      // Next.js compressed it for the visitor (gzip or deflate): kept as the page itself, which is
      // compressed again per replay with the nonce of each answer.
      const encoding = String(res.getHeader("content-encoding") ?? "identity").toLowerCase();
      let body: Buffer | null = Buffer.concat(chunks);
      try {
        body = encoding === "gzip" ? gunzipSync(body) : encoding === "deflate" ? inflateSync(body) : encoding === "identity" ? body : null;
      } catch {
        body = null;
      }
      const cacheable = res.statusCode === 200 && !("set-cookie" in headers) && body !== null;
      resolve({ status: res.statusCode, headers, body: body ?? Buffer.alloc(0), cacheable, ...(nonce ? { nonce } : {}) });
    });
    res.on("close", () => {
      if (!finished) resolve({ status: res.statusCode, headers: {}, body: Buffer.alloc(0), cacheable: false });
    });
  });
}

/**
 * Writes a kept answer with this request's script nonce in place of the one it was rendered with,
 * compressed when the visitor accepts gzip (./nonce-rewrite.ts: the page is compressed once, the
 * nonces are spliced in per response).
 */
function replay(req: IncomingMessage, res: ServerResponse, answer: CachedResponse): void {
  const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const nonce = requestNonce(req.headers);
  const headers: Record<string, string | string[] | number> = { ...answer.headers, [STATUS_HEADER]: "HIT" };
  // Next.js repeats the nonce in its Link preload header.
  if (answer.nonce && nonce) {
    for (const [name, value] of Object.entries(answer.headers)) {
      if (String(value).includes(answer.nonce))
        headers[name] = Array.isArray(value) ? value.map((v) => v.replaceAll(answer.nonce!, nonce)) : value.replaceAll(answer.nonce, nonce);
    }
  }
  const compress = gzip && answer.body.byteLength > 1024;
  const body = withNonce(answer, nonce, compress);
  if (compress) headers["content-encoding"] = "gzip";
  // Whether compressed or not, the answer depends on Accept-Encoding (once in the list).
  const vary = String(answer.headers.vary ?? "")
    .split(",")
    .map((v) => v.trim())
    .filter((v) => v && v.toLowerCase() !== "accept-encoding");
  headers.vary = [...vary, "Accept-Encoding"].join(", ");
  headers["content-length"] = body.byteLength;
  res.writeHead(answer.status, headers);
  res.end(body);
}

/** The ETag of a kept JSON answer: a digest of its key, which names the data's version (lib/platform/public-data-generation.ts). */
function etagOf(key: string): string {
  return `"${createHash("sha256").update(key).digest("base64url").slice(0, 27)}"`;
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  return !!header && header.split(",").some((t) => t.trim().replace(/^W\//, "") === etag);
}

/**
 * The public response cache around the app's request handler (lib/public-cache/response-cache.ts
 * says what is kept and why it stays correct). A request that is not cacheable goes straight to the
 * app. A cacheable one is answered from memory when kept; when it is being rendered for someone
 * else right now, it waits for that answer; otherwise the app renders it for this visitor (streamed,
 * and compressed by Next.js, as usual) and the answer is kept. JSON answers carry an ETag; a request
 * that names it gets a 304.
 *
 * `generation` (the server's listener, ./generation-listener.ts): while it is not listening, the
 * shared generation is read before each request, and when the database does not answer nothing is
 * served from memory (lib/platform/public-data-generation.ts). `cache: false` keeps only that (SP_PUBLIC_CACHE=0).
 */
export function withPublicCache(
  handle: RequestHandler,
  cache: ReturnType<typeof createResponseCache> | null = createResponseCache(),
  generation?: Pick<GenerationListener, "readNow" | "readPublication">,
): RequestHandler {
  return async (req, res) => {
    if (generation) {
      if (!generationListening()) await generation.readNow();
      // Publication follows from dates: move on at the instant a letter becomes public.
      const publication = publicationNeedsReading();
      if (publication) await generation.readPublication(publication);
    }
    if (!cache) return handle(req, res);
    const url = new URL(req.url ?? "/", "http://local");
    const cookies = readCookies(req.headers.cookie);
    const found = publicCacheKey({
      method: req.method ?? "GET",
      pathname: url.pathname,
      search: url.search,
      headers: {
        get: (name) => {
          const v = req.headers[name.toLowerCase()];
          return v === undefined ? null : Array.isArray(v) ? v.join(", ") : v;
        },
      },
      cookieNames: cookies.names,
      localeCookie: cookies.locale,
    });
    if (!found) return handle(req, res);
    const key = `${HOST_HEADERS.map((h) => req.headers[h] ?? "").join("|")}|${found.key}`;
    if (url.pathname.startsWith("/api/")) {
      const etag = etagOf(key);
      if (matchesEtag(req.headers["if-none-match"], etag)) {
        res.writeHead(304, { etag, "cache-control": API_CACHE_CONTROL, vary: "Accept-Encoding", [STATUS_HEADER]: "HIT" });
        res.end();
        return;
      }
      res.setHeader("etag", etag);
    }

    const kept = cache.get(key);
    if (kept) return replay(req, res, kept);
    const rendering = cache.pending(key);
    if (rendering) {
      const answer = await rendering.catch(() => null);
      if (answer?.cacheable) return replay(req, res, answer);
      return handle(req, res);
    }
    res.setHeader(STATUS_HEADER, "MISS");
    cache.track(key, capture(res, requestNonce(req.headers)));
    return handle(req, res);
  };
}
