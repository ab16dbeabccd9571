import type { OrganisationStatus, Role } from "../generated/prisma/enums";

/** The signed-in person as the policy sees them, loaded fresh from the database on each request. */
export type Actor = {
  userId: string;
  role: Role;
  name: string;
  email: string;
  timeZone: string;
  /** The language of their account (User.locale): the interface's when the browser has not chosen one (lib/i18n/request.ts). */
  locale?: string;
  /** The State a STATE user speaks for; null for every other role. */
  stateId: string | null;
  mandateHolderId: string | null;
  /** Mandates the holder currently serves (tenure running today). */
  mandateIds: readonly string[];
  /**
   * Sits on the Coordination Committee when loaded: a seat of that Geneva year (lib/auth/committee-seat.ts).
   * Such a holder handles Internal Advisory Mechanism cases (R15).
   */
  coordinationCommittee: boolean;
  /** A STATE user who administers its mission's accounts (User.missionAdmin); false for other roles. */
  missionAdmin?: boolean;
  /** The organisation a CIVIL_SOCIETY user belongs to (issue 17, item 3); null for other roles. */
  organisationId?: string | null;
  /** That organisation's status: its members act only once it is APPROVED (lib/auth/policy.ts). */
  organisationStatus?: OrganisationStatus | null;
  /** A member who administers its organisation's members (User.organisationAdmin). */
  organisationAdmin?: boolean;
  /** The session this request came with (lib/auth/user-sessions.ts); absent outside requests. */
  sessionId?: string | null;
  /**
   * How that session signed in: "password", or "oidc" (single sign-on — the identity provider enforces
   * its own second factor, so such a session counts as having passed one). Absent outside requests.
   */
  signInMethod?: "password" | "oidc" | null;
  /**
   * The session has not satisfied the second factor its role requires (the user has not enrolled
   * one yet): such an actor reaches only the enrolment page (lib/auth/session.ts).
   */
  secondFactorPending?: boolean;
};
