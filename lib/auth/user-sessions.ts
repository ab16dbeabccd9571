import "server-only";
import { randomBytes } from "node:crypto";
import { prisma } from "../db/client";
import type { Db } from "../db/types";

// Sessions the server can end. The session cookie (a JWT signed by next-auth) carries the id of a
// UserSession row; each request checks that row (lib/auth/load-actor.ts), so ending a session takes
// effect on the next request, whoever holds a copy of the cookie.

/** Sessions last at most this long, whatever happens (the cookie's own lifetime too). */
export const SESSION_MAX_AGE_S = 8 * 60 * 60;
/** lastSeenAt is written at most this often (not on every request). */
export const TOUCH_EVERY_MS = 60_000;

export type RevokeReason =
  | "sign-out"
  | "password-change"
  | "password-reset"
  | "deactivation"
  | "signed-out-elsewhere"
  | "password-sign-in-disabled"
  | "second-factor-change"
  | "second-factor-reset"
  | "sso-unlinked";

/** How a session was signed in: email and password, or single sign-on (OpenID Connect). */
export type SignInMethod = "password" | "oidc";

export async function createUserSession({
  userId,
  address,
  userAgent,
  now,
  method = "password",
  secondFactor = null,
}: {
  userId: string;
  address: string | null;
  userAgent: string | null;
  now: Date;
  method?: SignInMethod;
  /** How the sign-in gave the second factor, if it did (lib/auth/second-factor/satisfied.ts). */
  secondFactor?: string | null;
}): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await prisma.userSession.create({
    data: {
      id,
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_S * 1000),
      address,
      userAgent: userAgent ? userAgent.slice(0, 300) : null,
      method,
      secondFactor,
    },
  });
  return id;
}

/** Whether a session is live at `now`: not ended, not expired, and not idle for longer than `idleMs` (when given). */
export function sessionIsLive(s: { revokedAt: Date | null; expiresAt: Date; lastSeenAt: Date }, now: Date, idleMs: number | null): boolean {
  if (s.revokedAt || s.expiresAt <= now) return false;
  return idleMs === null || now.getTime() - s.lastSeenAt.getTime() <= idleMs;
}

/** Notes that a live session was used (at most once a minute). */
export async function touchUserSession(s: { id: string; lastSeenAt: Date }, now: Date): Promise<void> {
  if (now.getTime() - s.lastSeenAt.getTime() < TOUCH_EVERY_MS) return;
  await prisma.userSession.updateMany({ where: { id: s.id, revokedAt: null }, data: { lastSeenAt: now } });
}

/** Ends sessions of a user: all of them, or all but one (the one the user is using). Returns how many. */
export async function revokeUserSessions(
  db: Db,
  {
    userId,
    except,
    only,
    method,
    reason,
    now,
  }: { userId: string; except?: string | null; only?: string; method?: SignInMethod; reason: RevokeReason; now: Date },
): Promise<number> {
  const { count } = await db.userSession.updateMany({
    where: {
      userId,
      revokedAt: null,
      ...(only ? { id: only } : {}),
      ...(except ? { NOT: { id: except } } : {}),
      ...(method ? { method } : {}),
    },
    data: { revokedAt: now, revokedReason: reason },
  });
  return count;
}
