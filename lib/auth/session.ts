import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { authOptions } from "./options";
import { loadActor } from "./load-actor";
import { can } from "./policy";
import type { Actor } from "./actor";
import type { Permission } from "./permissions";

/** The page where a user whose role requires a second factor sets one up before anything else. */
export const ENROLMENT_PATH = "/second-factor";

/**
 * Whoever the session cookie names, even when their session still lacks the second factor their role
 * requires (actor.secondFactorPending): for the enrolment page and its actions only. Cached per request.
 */
export const getSessionActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as { userId?: string; sessionId?: string } | null;
  if (!session?.userId) return null;
  return loadActor(session.userId, { sessionId: session.sessionId ?? null });
});

/**
 * The signed-in actor for this request, or null — null too while the second factor their role
 * requires is not set up: for everything but the enrolment page they are not signed in yet.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const actor = await getSessionActor();
  return actor && !actor.secondFactorPending ? actor : null;
});

/**
 * For pages: sends an anonymous visitor to sign in, one who still has to set up a second factor to
 * the enrolment page, and answers 403 to an actor without the permission.
 */
export async function requirePermission(permission: Permission, callbackUrl: string): Promise<Actor> {
  if ((await getSessionActor())?.secondFactorPending) redirect(ENROLMENT_PATH);
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  if (!can(actor, permission)) forbidden();
  return actor;
}

/** For pages several roles use through different permissions (any one of them opens the page). */
export async function requireAnyPermission(permissions: readonly [Permission, ...Permission[]], callbackUrl: string): Promise<Actor> {
  const actor = await requirePermission("account:own", callbackUrl);
  if (!permissions.some((p) => can(actor, p))) forbidden();
  return actor;
}
