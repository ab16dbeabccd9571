// The single authorisation policy. Every page, server action and route handler asks it.
// Fail closed: an actor missing the binding its role needs (a State user with no State, a mandate
// holder with no current mandate) gets nothing from the role table.
import type { Actor } from "./actor";
import {
  MISSION_ADMIN_PERMISSIONS,
  ORGANISATION_ADMIN_PERMISSIONS,
  ORGANISATION_MEMBER_PERMISSIONS,
  PENDING_ORGANISATION_PERMISSIONS,
  PRIVILEGED_ROLES,
  ROLE_PERMISSIONS,
  type Permission,
} from "./permissions";
import type { Role } from "../generated/prisma/enums";
import { AppError } from "../core/errors";

function bindingComplete(actor: Actor): boolean {
  switch (actor.role) {
    case "STATE":
      return actor.stateId !== null;
    case "MANDATE_HOLDER":
      return actor.mandateHolderId !== null && actor.mandateIds.length > 0;
    case "SECRETARIAT":
    case "CIVIL_SOCIETY":
    case "ADMIN":
      return true;
    default:
      return false;
  }
}

export function permissionsOf(actor: Actor | null): ReadonlySet<Permission> {
  if (!actor || !bindingComplete(actor)) return new Set();
  // Issue 17, item 3: a member of an organisation the secretariat has not approved (or has refused)
  // sees its organisation's status and its own account, nothing else.
  if (actor.role === "CIVIL_SOCIETY" && actor.organisationId && actor.organisationStatus !== "APPROVED") {
    return new Set(PENDING_ORGANISATION_PERMISSIONS);
  }
  const permissions = new Set(ROLE_PERMISSIONS[actor.role] ?? []);
  if (actor.role === "STATE" && actor.missionAdmin) for (const p of MISSION_ADMIN_PERMISSIONS) permissions.add(p);
  if (actor.role === "CIVIL_SOCIETY" && actor.organisationId) {
    for (const p of ORGANISATION_MEMBER_PERMISSIONS) permissions.add(p);
    if (actor.organisationAdmin) for (const p of ORGANISATION_ADMIN_PERMISSIONS) permissions.add(p);
  }
  return permissions;
}

export function can(actor: Actor | null, permission: Permission): boolean {
  return permissionsOf(actor).has(permission);
}

/** Throws FORBIDDEN (or UNAUTHENTICATED without an actor) unless the actor holds the permission. */
export function assertCan(actor: Actor | null, permission: Permission): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  if (!can(actor, permission)) throw new AppError("FORBIDDEN", `Not allowed: ${permission}`);
}

/** A door several roles may use (e.g. the holder, or the secretariat on its behalf): any one permission opens it. */
export function assertCanAny(actor: Actor | null, permissions: readonly [Permission, ...Permission[]]): asserts actor is Actor {
  assertCan(actor, permissions.find((p) => can(actor, p)) ?? permissions[0]);
}

/** Record-level: a State user acts only for its own State. */
export function actsForState(actor: Actor | null, stateId: string): boolean {
  return !!actor && actor.role === "STATE" && actor.stateId !== null && actor.stateId === stateId;
}

/**
 * Record-level: who sets the language of a mission's mail (State.locale) — the mission's own
 * administrator, beside its focal point, or the secretariat (which appoints mission administrators)
 * for any mission.
 */
export function managesMissionLanguage(actor: Actor | null, stateId: string): boolean {
  if (can(actor, "mission:appoint-admin")) return true;
  return can(actor, "state:manage-focal-point") && actsForState(actor, stateId);
}

/** Record-level: a mandate holder acts only for mandates it currently serves. */
export function servesMandate(actor: Actor | null, mandateId: string): boolean {
  return !!actor && actor.role === "MANDATE_HOLDER" && actor.mandateIds.includes(mandateId);
}

/** Record-level: a user may edit another user only if it manages users and is not locking itself out. */
export function canManageUser(actor: Actor | null, targetUserId: string, change: { deactivate?: boolean; role?: string }) {
  if (!actor || !can(actor, "user:manage")) return false;
  if (actor.userId === targetUserId && (change.deactivate || (change.role && change.role !== actor.role))) return false;
  return true;
}

/**
 * Record-level (issue 12, item 5): a mission administrator acts only on the STATE accounts of its own
 * mission. Anything else is "not found" to it (never "forbidden"), so it learns nothing of other missions.
 */
export function managesMissionMember(actor: Actor | null, target: { role: Role; stateId: string | null }): boolean {
  return (
    !!actor &&
    can(actor, "mission:manage-users") &&
    target.role === "STATE" &&
    target.stateId !== null &&
    actsForState(actor, target.stateId)
  );
}

/**
 * Record-level (issue 17, item 3): an organisation's administrator acts only on the members of its own
 * organisation. Anything else is "not found" to it, so it learns nothing of other organisations.
 */
export function managesOrganisationMember(actor: Actor | null, target: { role: Role; organisationId: string | null }): boolean {
  return (
    !!actor &&
    can(actor, "organisation:manage-members") &&
    target.role === "CIVIL_SOCIETY" &&
    target.organisationId !== null &&
    actor.organisationId === target.organisationId
  );
}

/**
 * Who may reset another user's second factors: an administrator, and a mission administrator for the
 * users of its own mission. Never one's own (another person does it).
 */
export function canResetSecondFactor(actor: Actor | null, target: { id: string; role: Role; stateId: string | null }): boolean {
  if (!actor || actor.userId === target.id) return false;
  return can(actor, "user:manage") || managesMissionMember(actor, target);
}

/** Whether giving this role needs a second person's approval (issue 12, item 6). */
export function isPrivilegedRole(role: Role): boolean {
  return PRIVILEGED_ROLES.includes(role);
}

/**
 * Four eyes (issue 12, item 6): a privileged role grant is decided by a secretariat member or admin who
 * neither asked for it nor receives it.
 */
export function canDecideRoleGrant(actor: Actor | null, request: { requestedById: string; targetUserId: string }): boolean {
  return !!actor && can(actor, "role-grant:decide") && actor.userId !== request.requestedById && actor.userId !== request.targetUserId;
}

/**
 * The confidential annex (names of alleged victims): the secretariat; the holders of mandates on the
 * letter; the addressee State only once the secretariat has released it to that State. Never public.
 */
export function canReadConfidentialAnnex(
  actor: Actor | null,
  c: { addresseeStateId: string | null; annexReleasedToState: boolean; mandateIds: readonly string[] },
): boolean {
  if (!actor) return false;
  if (can(actor, "communication:read-confidential-annex")) return true;
  if (can(actor, "communication:draft")) return c.mandateIds.some((m) => actor.mandateIds.includes(m));
  if (can(actor, "communication:read-addressed")) {
    return c.annexReleasedToState && c.addresseeStateId !== null && actsForState(actor, c.addresseeStateId);
  }
  return false;
}
