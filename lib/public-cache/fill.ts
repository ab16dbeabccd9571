import http from "node:http";
import { LOCALE_COOKIE } from "../i18n/config";
import { DROPPED_HEADERS, FILL_HEADER, type CachedResponse } from "./response-cache";

/** Headers of the visitor's request that shape an anonymous answer (absolute links use the host). */
export const FORWARDED_HEADERS = ["host", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"] as const;

/**
 * Asks this very server (`next start` sets PORT) for a public answer as an anonymous visitor in
 * `locale` would get it: no cookie but the language, the visitor's host headers, marked with
 * FILL_HEADER so that the proxy lets it through to the app.
 */
export function fillFromApp(opts: { port: string; path: string; locale: string; headers: { get(name: string): string | null } }): Promise<CachedResponse> {
  const headers: Record<string, string> = { [FILL_HEADER]: "1", cookie: `${LOCALE_COOKIE}=${opts.locale}`, "accept-language": opts.locale, "accept-encoding": "identity" };
  for (const name of FORWARDED_HEADERS) {
    const value = opts.headers.get(name);
    if (value) headers[name] = value;
  }
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port: opts.port, method: "GET", path: opts.path, headers, timeout: 60_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("error", reject);
      res.on("end", () => {
        const status = res.statusCode ?? 500;
        const replay = Object.entries(res.headers).flatMap(([name, v]) =>
          DROPPED_HEADERS.has(name) || v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x): [string, string] => [name, x]));
        resolve({ status, headers: replay, body: new Uint8Array(Buffer.concat(chunks)), cacheable: status === 200 && !res.headers["set-cookie"] });
      });
    });
    req.on("timeout", () => req.destroy(new Error("The app did not answer within 60 s")));
    req.on("error", reject);
    req.end();
  });
}
