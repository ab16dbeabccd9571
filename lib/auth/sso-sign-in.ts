import "server-only";
import { prisma } from "../db/client";
import { writeAudit } from "../audit/write-audit";
import { createUserSession } from "./user-sessions";
import { verifiedEmailOf, type SsoRefusal } from "./oidc-claims";
import type { OidcConfig } from "./oidc-config";

export type SsoSignInResult =
  { ok: true; user: { id: string; email: string; name: string }; sessionId: string } | { ok: false; reason: SsoRefusal };

/**
 * A sign-in through the identity provider (issue 12, item 7): its verified address names an existing,
 * active account (case-insensitive), which gets a server-side session like a password sign-in
 * (method "oidc"). Nothing else: no account is ever created, and the account's role is the one the
 * portal gave it — the provider's claims never change it. Refusals and successes are in the audit log
 * with the address they came from; neither the claims nor any token is kept.
 */
export async function ssoSignIn({
  claims,
  config,
  address,
  userAgent,
  now,
}: {
  claims: Record<string, unknown>;
  config: Pick<OidcConfig, "emailClaim" | "emailVerifiedClaim">;
  address: string | null;
  userAgent: string | null;
  now: Date;
}): Promise<SsoSignInResult> {
  const checked = verifiedEmailOf(claims, config);
  const user = checked.ok
    ? await prisma.user.findFirst({
        where: { email: { equals: checked.email, mode: "insensitive" } },
        select: { id: true, email: true, name: true, role: true, active: true, emailUnconfirmed: true },
      })
    : null;
  // A registration whose e-mail is not confirmed yet is no account (issue 17, item 3).
  const refusal: SsoRefusal | null = !checked.ok ? checked.reason : !user || !user.active || user.emailUnconfirmed ? "no-account" : null;
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
