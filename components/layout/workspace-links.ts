import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import type { Permission } from "@/lib/auth/permissions";

/** Each role's workspace, where the portal's home sends it. */
export const WORKSPACE_PATH: Record<Role, string> = {
  SECRETARIAT: "/portal/secretariat",
  MANDATE_HOLDER: "/portal/mandate-holder",
  STATE: "/portal/state",
  CIVIL_SOCIETY: "/portal/civil-society",
  ADMIN: "/portal/admin",
};

const LINKS: { href: string; label: string; permission: Permission }[] = [
  { href: WORKSPACE_PATH.SECRETARIAT, label: "workspace.secretariat.heading", permission: "workspace:secretariat" },
  { href: WORKSPACE_PATH.MANDATE_HOLDER, label: "workspace.mandateHolder.heading", permission: "workspace:mandate-holder" },
  { href: "/portal/mandate-holder/communications", label: "communications.heading", permission: "communication:draft" },
  { href: "/portal/mandate-holder/press-releases", label: "pressReleases.heading", permission: "workspace:mandate-holder" },
  { href: "/portal/mandate-holder/visits", label: "visits.nav", permission: "visit:request" },
  { href: "/portal/reports", label: "reports.nav", permission: "report:manage" },
  { href: "/portal/mandate-holder/reprisals", label: "reprisals.nav", permission: "reprisal:view-own-mandate" },
  { href: "/portal/mandate-holder/questionnaires", label: "questionnaires.nav", permission: "questionnaire:propose" },
  { href: "/portal/mandate-holder/office-hours", label: "officeHours.nav", permission: "office-hours:publish" },
  { href: "/portal/mandate-holder/cases", label: "cases.assignedNav", permission: "case:view-assigned" },
  { href: "/portal/mandate-holder/committee", label: "committeePeople.nav", permission: "workspace:mandate-holder" },
  { href: "/portal/secretariat/communications", label: "communications.queue", permission: "communication:review" },
  { href: "/portal/secretariat/press-releases", label: "pressReleases.heading", permission: "workspace:secretariat" },
  { href: "/portal/secretariat/follow-up", label: "followUp.nav", permission: "communication:dispatch" },
  { href: "/portal/secretariat/joint-report", label: "jointReport.nav", permission: "communication:review" },
  { href: "/portal/secretariat/visits", label: "visits.nav", permission: "visit:record" },
  { href: "/portal/secretariat/reprisals", label: "reprisals.nav", permission: "reprisal:manage" },
  { href: "/portal/secretariat/stories", label: "stories.moderationNav", permission: "story:moderate" },
  { href: "/portal/secretariat/cases", label: "cases.queueNav", permission: "case:triage" },
  { href: "/portal/secretariat/questionnaires", label: "questionnaires.nav", permission: "questionnaire:create" },
  { href: "/portal/secretariat/organisations", label: "organisations.queueNav", permission: "organisation:decide" },
  { href: "/portal/secretariat/cooperation", label: "cooperation.nav", permission: "cooperation:manage" },
  { href: "/portal/secretariat/committee", label: "committeePeople.nav", permission: "committee:manage" },
  { href: "/portal/secretariat/outbox", label: "outbox.heading", permission: "outbox:view" },
  { href: WORKSPACE_PATH.STATE, label: "workspace.state.heading", permission: "workspace:state" },
  { href: "/portal/state/communications", label: "communications.heading", permission: "communication:read-addressed" },
  { href: "/portal/state/press-releases", label: "pressReleases.heading", permission: "communication:read-addressed" },
  { href: "/portal/state/users", label: "missionUsers.nav", permission: "mission:manage-users" },
  { href: "/portal/state/focal-point", label: "communications.focalPoint", permission: "state:manage-focal-point" },
  { href: "/portal/state/visits", label: "visits.nav", permission: "visit:answer" },
  { href: "/portal/state/office-hours", label: "officeHours.nav", permission: "office-hours:book" },
  { href: WORKSPACE_PATH.CIVIL_SOCIETY, label: "workspace.civilSociety.heading", permission: "workspace:civil-society" },
  { href: "/portal/organisation", label: "organisations.nav", permission: "organisation:view-own" },
  { href: "/portal/questionnaires", label: "questionnaires.answerNav", permission: "questionnaire:answer" },
  { href: "/portal/advisory", label: "advisory.nav", permission: "advisory:submit" },
  { href: "/portal/committee", label: "committee.nav", permission: "committee:manage" },
  { href: "/portal/committee", label: "committee.nav", permission: "committee:contribute" },
  { href: WORKSPACE_PATH.ADMIN, label: "workspace.admin.heading", permission: "workspace:admin" },
  { href: "/portal/admin/users", label: "workspace.admin.users", permission: "user:manage" },
  { href: "/portal/admin/settings", label: "workspace.admin.settings", permission: "settings:manage" },
  { href: "/portal/role-requests", label: "roleGrants.nav", permission: "role-grant:decide" },
  { href: "/portal/mission-admins", label: "missionAdmins.nav", permission: "mission:appoint-admin" },
  { href: "/portal/audit", label: "workspace.secretariat.audit", permission: "audit:view" },
  { href: "/portal/account", label: "nav.myAccount", permission: "account:own" },
];

/**
 * Where a signed-in actor starts: its role's workspace — or, for a member of an organisation the
 * secretariat has not approved, its organisation's page, the only one it may see (issue 17, item 3).
 */
export function homePathOf(actor: Actor): string {
  if (actor.role === "CIVIL_SOCIETY" && !can(actor, "workspace:civil-society") && can(actor, "organisation:view-own"))
    return "/portal/organisation";
  return WORKSPACE_PATH[actor.role];
}

/** The workspace navigation an actor sees: derived from the same policy that guards the pages. */
export function workspaceLinks(actor: Actor) {
  return LINKS.filter((l) => can(actor, l.permission));
}
