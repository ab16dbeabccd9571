import "server-only";
import { prisma } from "../db/client";
import { writeAudit } from "../platform/write-audit";
import { createUserSession } from "./user-sessions";
import { subjectOf, verifiedEmailOf, type SsoRefusal } from "./oidc-claims";
import type { OidcConfig } from "./oidc-config";

export type SsoSignInResult =
  { ok: true; user: { id: string; email: string; name: string }; sessionId: string } | { ok: false; reason: SsoRefusal };

const USER = { id: true, email: true, name: true, role: true, active: true, ssoSubject: true, emailUnconfirmed: true } as const;

type Candidate = { active: boolean; ssoSubject: string | null; emailUnconfirmed: boolean } | null;

/** Why a single sign-on is refused, or null: the rules above, on what the database holds. */
function refusalOf({
  subject,
  linked,
  byEmail,
  checked,
}: {
  subject: string | null;
  linked: Candidate;
  byEmail: Candidate;
  checked: ReturnType<typeof verifiedEmailOf>;
}): SsoRefusal | null {
  if (!subject) return "subject-missing";
  if (linked) return linked.active && !linked.emailUnconfirmed ? null : "no-account";
  if (!checked.ok) return checked.reason;
  // A registration whose e-mail is not confirmed yet is no account (issue 17, item 3).
  if (!byEmail || !byEmail.active || byEmail.emailUnconfirmed) return "no-account";
  return byEmail.ssoSubject === null ? null : "linked-to-another";
}

/**
 * A sign-in through the identity provider (issue 12, item 7). The person is the provider's subject
 * (`iss` + `sub`): an account already linked to that subject is theirs, whatever address the provider
 * now gives. Otherwise the provider's verified address names an existing, active account
 * (case-insensitive) not yet linked to anyone, and the first sign-in links it to this subject; an
 * account linked to another subject is refused — an address reassigned to a new colleague at the
 * provider never opens its former holder's account. The account gets a server-side session like a
 * password sign-in (method "oidc"). Nothing else: no account is ever created, and the account's role
 * is the one the portal gave it — the provider's claims never change it. Refusals and successes are
 * in the audit log with the address they came from; neither the claims nor any token is kept.
 */
export async function ssoSignIn({
  claims,
  config,
  address,
  userAgent,
  now,
}: {
  claims: Record<string, unknown>;
  config: Pick<OidcConfig, "issuer" | "emailClaim" | "emailVerifiedClaim">;
  address: string | null;
  userAgent: string | null;
  now: Date;
}): Promise<SsoSignInResult> {
  const subject = subjectOf(claims);
  const linked = subject
    ? await prisma.user.findUnique({ where: { ssoIssuer_ssoSubject: { ssoIssuer: config.issuer, ssoSubject: subject } }, select: USER })
    : null;
  const checked = verifiedEmailOf(claims, config);
  const byEmail =
    !linked && subject && checked.ok
      ? await prisma.user.findFirst({ where: { email: { equals: checked.email, mode: "insensitive" } }, select: USER })
      : null;
  const user = linked ?? byEmail;
  let refusal = refusalOf({ subject, linked, byEmail, checked });
  // The first single sign-on links the account to the provider's subject, only while it is unlinked:
  // of two first sign-ins racing with different subjects, one links it and the other is refused.
  if (!refusal && user && !linked) {
    const linkedNow = await prisma.$transaction(async (tx) => {
      const { count } = await tx.user.updateMany({
        where: { id: user.id, ssoSubject: null },
        data: { ssoIssuer: config.issuer, ssoSubject: subject },
      });
      if (count === 1)
        await writeAudit(tx, {
          actor: { userId: user.id, role: user.role },
          action: "user.sso-link",
          entityType: "User",
          entityId: user.id,
          ...(address ? { address } : {}),
        });
      return count === 1;
    });
    if (!linkedNow) refusal = "linked-to-another";
  }
  if (refusal || !user) {
    await prisma.$transaction(async (tx) => {
      await writeAudit(tx, {
        actor: null,
        action: "auth.sign-in-refused",
        entityType: "User",
        // A deactivated account is named (its administrators should know); an address with no account is not kept.
        entityId: user?.id ?? "unknown",
        after: { method: "oidc", reason: refusal ?? "no-account" },
        ...(address ? { address } : {}),
      });
    });
    return { ok: false, reason: refusal ?? "no-account" };
  }
  // The identity provider enforces its own multi-factor authentication: the session counts as having
  // passed the second factor (lib/auth/second-factor/satisfied.ts).
  const sessionId = await createUserSession({ userId: user.id, address, userAgent, now, method: "oidc", secondFactor: "sso" });
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    await writeAudit(tx, {
      actor: { userId: user.id, role: user.role },
      action: "auth.sign-in",
      entityType: "User",
      entityId: user.id,
      after: { method: "oidc" },
      ...(address ? { address } : {}),
    });
  });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name }, sessionId };
}
