import type { Role } from "../../generated/prisma/enums";

// The one place that decides whether a session has what it needs as to the second factor. A session
// records how it satisfied it (UserSession.secondFactor: "totp", "recovery-code", "passkey",
// "enrolment"; a single sign-on records "sso": the identity provider enforces its own); a session without it is enough only for roles
// that need no second factor. Whoever has enrolled a factor cannot sign in without it (lib/auth/options.ts).

/** Roles for which the second factor is mandatory, whatever the settings. */
export const ALWAYS_REQUIRED: ReadonlySet<Role> = new Set(["SECRETARIAT", "ADMIN"]);

export function secondFactorRequired(role: Role, { stateRequired }: { stateRequired: boolean }): boolean {
  return ALWAYS_REQUIRED.has(role) || (role === "STATE" && stateRequired);
}

export function secondFactorSatisfied({
  role,
  sessionFactor,
  stateRequired,
}: {
  role: Role;
  sessionFactor: string | null;
  stateRequired: boolean;
}): boolean {
  return sessionFactor !== null || !secondFactorRequired(role, { stateRequired });
}
