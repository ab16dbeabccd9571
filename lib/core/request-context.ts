// What the doors (lib/server/action.ts, lib/server/route.ts) know about the request a mutation comes from,
// handed down to lib/ functions without threading it through every signature and without lib/
// importing Next.js: an AsyncLocalStorage set by the door around the handler.
import { AsyncLocalStorage } from "node:async_hooks";

export type RequestContext = {
  /** The client's address as the production server worked it out (lib/core/client-address.ts). */
  address: string;
  /** The browser as it describes itself (set by the sign-in route, for the sessions it creates). */
  userAgent?: string | null;
};

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

/** The context of the request being handled, or undefined outside a door (scripts, seeds, jobs). */
export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}
