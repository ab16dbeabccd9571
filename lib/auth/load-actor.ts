import "server-only";
import { prisma } from "../db/client";
import { now as clockNow } from "../core/clock";
import type { Actor } from "./actor";
import { sessionIsLive, touchUserSession } from "./user-sessions";
import { getSettings } from "../platform/get-settings";
import { secondFactorSatisfied } from "./second-factor/satisfied";
import { committeeSeatsAt } from "./committee-seat";

/** Roles whose sessions end after the idle time set by the secretariat (sessions.privilegedIdleMinutes). */
const IDLE_LIMITED = new Set(["SECRETARIAT", "ADMIN"]);

/**
 * Reads the user's role and bindings; null for an unknown or deactivated user. With `sessionId` (every
 * request: lib/auth/session.ts) also null unless that session of the user is live — ended sessions,
 * expired ones and idle privileged ones sign the cookie's holder out. `sessionId: null` (a cookie from
 * before sessions were recorded) is refused; leaving it out is for code outside a request (tests).
 */
export async function loadActor(
  userId: string,
  { now = clockNow(), sessionId }: { now?: Date; sessionId?: string | null } = {},
): Promise<Actor | null> {
  if (sessionId === null) return null;
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      role: true,
      name: true,
      email: true,
      timeZone: true,
      locale: true,
      active: true,
      stateId: true,
      missionAdmin: true,
      emailUnconfirmed: true,
      organisationAdmin: true,
      memberOf: { select: { id: true, status: true } },
      ...(sessionId
        ? {
            sessions: {
              where: { id: sessionId },
              select: { id: true, revokedAt: true, expiresAt: true, lastSeenAt: true, method: true, secondFactor: true },
            },
          }
        : {}),
      mandateHolder: {
        select: {
          id: true,
          // R15: a seat on the Committee of the year in force at `now`, not a flag of the holder.
          committeeMemberships: { where: committeeSeatsAt(now), select: { id: true }, take: 1 },
          tenures: {
            where: { startDate: { lte: now }, OR: [{ endDate: null }, { endDate: { gte: now } }] },
            select: { mandateId: true },
          },
        },
      },
    },
  });
  // An organisation's registration whose e-mail is not confirmed yet is no one (issue 17, item 3).
  if (!user || !user.active || user.emailUnconfirmed) return null;
  let secondFactorPending = false;
  if (sessionId) {
    const session = user.sessions?.[0];
    const settings = await getSettings();
    const idleMs = IDLE_LIMITED.has(user.role) ? settings["sessions.privilegedIdleMinutes"] * 60_000 : null;
    if (!session || !sessionIsLive(session, now, idleMs)) return null;
    await touchUserSession(session, now);
    secondFactorPending = !secondFactorSatisfied({
      role: user.role,
      sessionFactor: session.secondFactor,
      stateRequired: settings["auth.stateSecondFactorRequired"],
    });
  }
  const method = sessionId ? user.sessions?.[0]?.method : undefined;
  const holder = user.role === "MANDATE_HOLDER" ? user.mandateHolder : null;
  const org = user.role === "CIVIL_SOCIETY" ? user.memberOf : null;
  return {
    userId: user.id,
    role: user.role,
    name: user.name,
    email: user.email,
    timeZone: user.timeZone,
    locale: user.locale,
    stateId: user.role === "STATE" ? user.stateId : null,
    mandateHolderId: holder?.id ?? null,
    mandateIds: holder ? [...new Set(holder.tenures.map((t) => t.mandateId))] : [],
    coordinationCommittee: (holder?.committeeMemberships.length ?? 0) > 0,
    missionAdmin: user.role === "STATE" && user.missionAdmin,
    organisationId: org?.id ?? null,
    organisationStatus: org?.status ?? null,
    organisationAdmin: !!org && user.organisationAdmin,
    sessionId: sessionId ?? null,
    signInMethod: method === "oidc" || method === "password" ? method : null,
    ...(secondFactorPending ? { secondFactorPending } : {}),
  };
}
