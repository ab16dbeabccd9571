// What `npm start` checks before it serves anything (scripts/start.ts): production is not the demo.
// Pure functions of the environment, so they are unit-tested.

import { oidcConfigFromEnv } from "../auth/oidc-config";

type Env = Record<string, string | undefined>;

/**
 * Demo data (accounts whose passwords the README prints) only where it cannot be mistaken for
 * production: the embedded default database, or when asked with SP_DEMO=1. SP_SEED=0 always skips.
 */
export function wantsDemoData({ embedded, env }: { embedded: boolean; env: Env }): boolean {
  if (env.SP_SEED === "0") return false;
  return embedded || env.SP_DEMO === "1";
}

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Why a production start must not go on, in one line, or null. With DATABASE_URL (a real deployment)
 * the session secret must be the operator's, not one generated into a local folder; and the public
 * URL must be https: unless it is this machine (a browser sends the session cookie in clear over http:).
 */
export function productionStartProblem(env: Env): string | null {
  if (env.DATABASE_URL && !env.NEXTAUTH_SECRET?.trim()) {
    return "Refusing to start: DATABASE_URL is set but NEXTAUTH_SECRET is not. Set NEXTAUTH_SECRET to a long random value (e.g. `openssl rand -base64 32`) kept in your deployment's secrets.";
  }
  const publicUrl = env.NEXTAUTH_URL?.trim();
  if (publicUrl) {
    let url: URL;
    try {
      url = new URL(publicUrl);
    } catch {
      return `Refusing to start: NEXTAUTH_URL (${publicUrl}) is not a URL. Set it to the portal's public address, e.g. https://sp-portal.example.org.`;
    }
    if (url.protocol === "http:" && !LOOPBACK_HOSTS.has(url.hostname.toLowerCase())) {
      return `Refusing to start: NEXTAUTH_URL (${publicUrl}) is http: on a host other than this machine, so passwords and session cookies would cross the network unencrypted. Serve the portal over https: (e.g. behind a TLS reverse proxy) and set NEXTAUTH_URL to its https: address.`;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      return `Refusing to start: NEXTAUTH_URL (${publicUrl}) must be an https: address.`;
    }
  }
  // Single sign-on configured by halves would leave staff without their sign-in (issue 12, item 7).
  try {
    oidcConfigFromEnv(env);
  } catch (e) {
    return `Refusing to start: ${(e as Error).message}.`;
  }
  return null;
}
