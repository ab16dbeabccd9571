import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { now } from "../core/clock";
import { deviceCookieHeader, issueDeviceToken } from "./device-cookie";

// After a successful password sign-in, the browser gets a device cookie for the account (see
// ./device-cookie.ts and ./sign-in-throttle.ts). next-auth's authorize() cannot set cookies, so it
// notes the success here and the sign-in route (withDeviceCookie) adds the cookie to the answer.

type Outcome = { email?: string };
const globalForOutcome = globalThis as unknown as { spSignInOutcome?: AsyncLocalStorage<Outcome> };
const outcome = (globalForOutcome.spSignInOutcome ??= new AsyncLocalStorage<Outcome>());

/** Called by authorize() when the password was right. */
export function noteSignedIn(email: string): void {
  const store = outcome.getStore();
  if (store) store.email = email;
}

/** Wraps next-auth's route handler: a successful sign-in's answer also sets the device cookie. */
export function withDeviceCookie<C>(handler: (req: Request, ctx: C) => Promise<Response>, { path }: { path: string }) {
  return async (req: Request, ctx: C): Promise<Response> => {
    const store: Outcome = {};
    const res = await outcome.run(store, () => handler(req, ctx));
    const secret = process.env.NEXTAUTH_SECRET;
    if (!store.email || !secret) return res;
    const headers = new Headers(res.headers);
    const token = issueDeviceToken({ email: store.email, secret, now: now() });
    headers.append("Set-Cookie", deviceCookieHeader({ token, path, secure: (process.env.NEXTAUTH_URL ?? "").startsWith("https:") }));
    return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
  };
}
