import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { authOptions } from "./options";
import { loadActor } from "./load-actor";
import { can } from "./policy";
import type { Actor } from "./actor";
import type { Permission } from "./permissions";

/** The signed-in actor for this request, or null. Cached per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as { userId?: string; sessionId?: string } | null;
  if (!session?.userId) return null;
  return loadActor(session.userId, { sessionId: session.sessionId ?? null });
});

/** For pages: sends an anonymous visitor to sign in, and answers 403 to an actor without the permission. */
export async function requirePermission(permission: Permission, callbackUrl: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  if (!can(actor, permission)) forbidden();
  return actor;
}
