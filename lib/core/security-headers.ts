// The security headers of every response (issue 13, item 1), set by the production server
// (scripts/serve.ts) before the app or the public response cache answers — pages, the API, CSV,
// Atom, downloads and error pages alike.
//
// Scripts run only from this origin or with the nonce of the response: the server makes a fresh
// nonce per request and hands the policy to Next.js in the request's Content-Security-Policy
// header, from which Next.js takes the nonce for every script tag it renders. An answer replayed
// by the public response cache gets the nonce of the request it answers (lib/public-cache/serve.ts).
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

export const CSP_HEADER = "content-security-policy";

/** 128 random bits, base64 (24 characters): the only place this string can appear in a page. */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

export type PolicyOptions = {
  nonce: string;
  /** `npm run dev`: React's development build evaluates strings and Next.js hot reloads over a WebSocket. */
  dev?: boolean;
};

/**
 * The Content-Security-Policy. Styles come from this origin's stylesheets only: no page renders a
 * `style` attribute or element (React and the charts set styles through the DOM at run time, which
 * the policy does not govern), and the browser tests fail on any violation. Development alone
 * allows inline styles (Next.js's overlay and hot reload inject them) and eval (React's dev build).
 */
export function contentSecurityPolicy({ nonce, dev = false }: PolicyOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self'${dev ? " 'unsafe-inline'" : ""}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
  ].join("; ");
}

/** Features the portal never uses, refused to it and to anything it might embed. */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "usb=()",
  "browsing-topics=()",
].join(", ");

/** Two years, subdomains of the portal's host included (never its parent domain). */
export const HSTS = "max-age=63072000; includeSubDomains";

/**
 * Whether the visitor reached the portal over HTTPS: the public address is https, or a reverse
 * proxy the deployment declares (SP_TRUSTED_PROXIES, lib/core/client-address.ts) says so in
 * X-Forwarded-Proto. Without a trusted proxy that header is the client's own word and is ignored.
 */
export function isHttpsRequest({
  publicUrl,
  forwardedProto,
  trustedProxies,
}: {
  publicUrl: string | undefined;
  forwardedProto: string | string[] | undefined;
  trustedProxies: number;
}): boolean {
  if (publicUrl?.trim().toLowerCase().startsWith("https:")) return true;
  if (trustedProxies <= 0) return false;
  // A proxy that appends writes the scheme it saw last.
  const entries = (Array.isArray(forwardedProto) ? forwardedProto.join(",") : (forwardedProto ?? ""))
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  return entries.at(-1) === "https";
}

/** The response headers for one request with `nonce`. */
export function securityHeaders({ nonce, https, dev = false }: PolicyOptions & { https: boolean }): Record<string, string> {
  return {
    [CSP_HEADER]: contentSecurityPolicy({ nonce, dev }),
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "permissions-policy": PERMISSIONS_POLICY,
    // For browsers older than frame-ancestors.
    "x-frame-options": "DENY",
    ...(https ? { "strict-transport-security": HSTS } : {}),
  };
}

/** Names of the headers above: set per response, never replayed from a kept answer. */
export const SECURITY_HEADER_NAMES = [
  CSP_HEADER,
  "x-content-type-options",
  "referrer-policy",
  "permissions-policy",
  "x-frame-options",
  "strict-transport-security",
] as const;

const NONCE_SOURCE = /'nonce-([A-Za-z0-9+/_-]+={0,2})'/;

/** The script nonce of a request, as the server put it in the request's policy header. */
export function requestNonce(headers: Record<string, string | string[] | undefined>): string | undefined {
  const csp = headers[CSP_HEADER];
  if (typeof csp !== "string") return undefined;
  const scriptSrc = csp
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith("script-src "));
  return scriptSrc?.match(NONCE_SOURCE)?.[1];
}

/**
 * Sets the security headers on `res` with a new nonce, and hands the policy to the app in the
 * request (replacing any policy header the client sent): Next.js puts its nonce on every script tag.
 */
export function applySecurityHeaders(
  req: IncomingMessage,
  res: ServerResponse,
  opts: { publicUrl: string | undefined; trustedProxies: number; dev?: boolean },
): void {
  const https = isHttpsRequest({
    publicUrl: opts.publicUrl,
    forwardedProto: req.headers["x-forwarded-proto"],
    trustedProxies: opts.trustedProxies,
  });
  const headers = securityHeaders({ nonce: newNonce(), https, dev: opts.dev ?? false });
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  req.headers[CSP_HEADER] = headers[CSP_HEADER];
  delete req.headers["content-security-policy-report-only"];
}
