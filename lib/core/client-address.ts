// Who is on the other end of a request. A header the client sends can say anything, so the production
// server (scripts/serve.ts) works the address out once, from the socket and from the X-Forwarded-For
// entries added by the reverse proxies the deployment declares (SP_TRUSTED_PROXIES, default 0), and
// hands it to the app in CLIENT_ADDRESS_HEADER — overwriting whatever the client put there.
import { isIP } from "node:net";

export const CLIENT_ADDRESS_HEADER = "x-sp-client-address";
export const UNKNOWN_ADDRESS = "unknown";

function normalise(address: string | undefined): string | null {
  let a = address?.trim() ?? "";
  if (a.startsWith("[") && a.includes("]"))
    a = a.slice(1, a.indexOf("]")); // "[::1]:443"
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":")); // "1.2.3.4:5678"
  if (a.toLowerCase().startsWith("::ffff:") && isIP(a.slice(7)) === 4) a = a.slice(7);
  return isIP(a) ? a.toLowerCase() : null;
}

/**
 * The client's address: the socket's peer when no proxy is trusted; behind `trustedProxies` proxies,
 * the address the outermost of them saw (each proxy appends its peer to X-Forwarded-For, so entries
 * further left were written by the client and are ignored).
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxies: number,
): string {
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const chain = [...forwarded, socketAddress ?? ""];
  const hops = Number.isInteger(trustedProxies) && trustedProxies > 0 ? trustedProxies : 0;
  const index = Math.max(0, chain.length - 1 - hops);
  return normalise(chain[index]) ?? UNKNOWN_ADDRESS;
}

/** SP_TRUSTED_PROXIES: how many reverse proxies in front of the portal append to X-Forwarded-For. */
export function trustedProxiesFromEnv(value = process.env.SP_TRUSTED_PROXIES): number {
  const n = Number(value ?? 0);
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : 0;
}

/** The address the server worked out (see above); "unknown" outside the production server. */
export function clientAddressOf(headers: Headers | Record<string, string | string[] | undefined> | undefined): string {
  const raw = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers?.[CLIENT_ADDRESS_HEADER];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return normalise(value ?? undefined) ?? UNKNOWN_ADDRESS;
}
