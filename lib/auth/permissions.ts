// The one table of who may do what. A reviewer reads this page to know every role's powers;
// record-level rules (which State, which mandate) live in lib/auth/policy.ts.
import type { Role } from "../generated/prisma/enums";

export const PERMISSIONS = [
  // one's own account (every signed-in user)
  "account:own",
  // workspaces
  "workspace:secretariat",
  "workspace:mandate-holder",
  "workspace:state",
  "workspace:civil-society",
  "workspace:admin",
  // communications (R1–R3, R5, R7, R16)
  "communication:draft",
  "communication:cosign",
  "communication:review",
  "communication:dispatch",
  "communication:read-addressed",
  "communication:reply",
  "communication:read-all",
  "communication:read-confidential-annex",
  // the drafting workflow of a letter: each mandate's signature answer and comment, review comments,
  // internal dates (R2, R3). Those outside it see the letter as sent (issue 13, item 8).
  "communication:read-workflow",
  "state:manage-focal-point",
  "press-release:manage",
  "press-release:publish",
  // visits (R4, R9–R11, R16)
  "visit:request",
  "visit:answer",
  "visit:record",
  "recommendation:update-status",
  // reports through the Council cycle (R19): the mandate's holder and the secretariat keep a report
  // (details, submission, documents, summary); the secretariat alone sets its session and due date
  "report:manage",
  "report:schedule",
  // reprisals (R8)
  "reprisal:manage",
  "reprisal:view-own-mandate",
  "reprisal:submit",
  // good stories (R13)
  "story:submit",
  "story:moderate",
  // case submissions (issue 17): anyone submits (a visitor without an account too, by the policy);
  // the secretariat triages; holders read what is assigned to their mandates
  "case:submit",
  "case:triage",
  "case:view-assigned",
  // questionnaires (R12)
  "questionnaire:create",
  "questionnaire:propose",
  "questionnaire:answer",
  "questionnaire:view-answers",
  // Internal Advisory Mechanism (R15)
  "advisory:submit",
  "advisory:handle",
  // office hours (R17)
  "office-hours:publish",
  "office-hours:book",
  // administration
  "outbox:view",
  "audit:view",
  "user:manage",
  "settings:manage",
  // mission administrators (issue 12, item 5): a State user who administers its own mission's
  // accounts and names its focal point (R2); the secretariat or an admin appoints the first one
  "mission:manage-users",
  "mission:appoint-admin",
  // four eyes on privileged roles (issue 12, item 6): a second, different member approves
  "role-grant:decide",
  // organisation accounts (issue 17, item 3): the secretariat approves or refuses a registered
  // organisation; a member sees its organisation's page; its administrators manage its members
  "organisation:decide",
  "organisation:view-own",
  "organisation:manage-members",
  // cooperation on both sides (issue 18, R21): the secretariat records information requested
  // proactively from States and reads concern across mandates with letters not yet public
  "cooperation:manage",
  // the Coordination Committee's space (issue 18, item 5): the secretariat records who sits on it and
  // keeps its statements and guidance; a holder contributes (drafts, co-signs, edits guidance) only
  // while it sits on the Committee of the year concerned (lib/auth/committee-policy.ts)
  // — and, with the same permission, the induction programme, the vacancies' records, the
  // Consultative Group and former holders' engagement; holders read the induction materials; a holder
  // declares external resources for its own mandates (the secretariat for any mandate)
  "committee:manage",
  "committee:contribute",
  "induction:view-materials",
  "external-resource:declare",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  SECRETARIAT: [
    "account:own",
    "workspace:secretariat",
    "communication:review",
    "communication:dispatch",
    "communication:read-all",
    "communication:read-confidential-annex",
    "communication:read-workflow",
    "press-release:manage",
    "press-release:publish",
    "visit:record",
    "recommendation:update-status",
    "report:manage",
    "report:schedule",
    "reprisal:manage",
    "story:submit",
    "story:moderate",
    "case:triage",
    "questionnaire:create",
    "questionnaire:view-answers",
    "advisory:submit",
    "advisory:handle",
    "outbox:view",
    "audit:view",
    "mission:appoint-admin",
    "role-grant:decide",
    "organisation:decide",
    "cooperation:manage",
    "committee:manage",
    "induction:view-materials",
    "external-resource:declare",
  ],
  MANDATE_HOLDER: [
    "account:own",
    "workspace:mandate-holder",
    "communication:draft",
    "communication:cosign",
    "communication:read-workflow",
    "press-release:manage",
    "visit:request",
    "report:manage",
    "reprisal:view-own-mandate",
    "reprisal:submit",
    "story:submit",
    "case:view-assigned",
    "questionnaire:propose",
    "questionnaire:view-answers",
    "advisory:submit",
    "office-hours:publish",
    "committee:contribute",
    "induction:view-materials",
    "external-resource:declare",
  ],
  STATE: [
    "account:own",
    "workspace:state",
    "communication:read-addressed",
    "communication:reply",
    "visit:answer",
    "recommendation:update-status",
    "story:submit",
    "questionnaire:answer",
    "advisory:submit",
    "office-hours:book",
  ],
  CIVIL_SOCIETY: ["account:own", "workspace:civil-society", "story:submit", "case:submit", "questionnaire:answer"],
  ADMIN: ["account:own", "workspace:admin", "user:manage", "settings:manage", "audit:view", "mission:appoint-admin", "role-grant:decide"],
};

/**
 * What a STATE user appointed mission administrator (User.missionAdmin) holds on top of its role:
 * its own mission's accounts, and naming the mission's focal point (R2). Only for the STATE role.
 */
export const MISSION_ADMIN_PERMISSIONS: readonly Permission[] = ["mission:manage-users", "state:manage-focal-point"];

/**
 * Organisation accounts (issue 17, item 3), for a CIVIL_SOCIETY user bound to an organisation
 * (User.organisationId). Until the secretariat approves the organisation its members hold only
 * PENDING_ORGANISATION_PERMISSIONS — their own account and their organisation's page, where they see
 * its status — in place of the role's. Once approved they hold the role's permissions and
 * ORGANISATION_MEMBER_PERMISSIONS; its administrators (User.organisationAdmin) also
 * ORGANISATION_ADMIN_PERMISSIONS. A civil-society user of no organisation (an account an admin made)
 * keeps the role's permissions.
 */
export const PENDING_ORGANISATION_PERMISSIONS: readonly Permission[] = ["account:own", "organisation:view-own"];
export const ORGANISATION_MEMBER_PERMISSIONS: readonly Permission[] = ["organisation:view-own"];
export const ORGANISATION_ADMIN_PERMISSIONS: readonly Permission[] = ["organisation:manage-members"];

/** Roles that take effect only after a second, different secretariat member or admin approves them. */
export const PRIVILEGED_ROLES: readonly Role[] = ["SECRETARIAT", "ADMIN"];
