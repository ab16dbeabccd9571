import { describe, expect, it } from "vitest";
import {
  INVITATION_VALIDITY_MS,
  PASSWORD_RESET_VALIDITY_MS,
  accountLinkUsable,
  hashInvitationToken,
  newInvitationToken,
} from "./invitation-token";
import { INVITATION_TOKEN_PATTERN } from "./schemas";
import { invitationMail, passwordResetMail } from "./account-mail";

const AT = new Date("2026-03-14T22:30:00Z");
const link = (patch: Partial<{ usedAt: Date | null; expiresAt: Date; active: boolean }> = {}) => ({
  usedAt: patch.usedAt ?? null,
  expiresAt: patch.expiresAt ?? new Date(AT.getTime() + PASSWORD_RESET_VALIDITY_MS),
  user: { active: patch.active ?? true },
});

describe("account link tokens", () => {
  it("are 32 random bytes in base64url, the form the link pages accept, never twice the same", () => {
    const tokens = Array.from({ length: 50 }, newInvitationToken);
    for (const t of tokens) expect(t).toMatch(INVITATION_TOKEN_PATTERN);
    expect(new Set(tokens).size).toBe(50);
  });

  it("are stored as their SHA-256 only", () => {
    const t = newInvitationToken();
    expect(hashInvitationToken(t)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashInvitationToken(t)).toBe(hashInvitationToken(t));
    expect(hashInvitationToken(t)).not.toContain(t);
  });

  it("a reset link works 30 minutes, an invitation 72 hours", () => {
    expect(PASSWORD_RESET_VALIDITY_MS).toBe(30 * 60_000);
    expect(INVITATION_VALIDITY_MS).toBe(72 * 3_600_000);
  });

  it.each([
    ["unused, before expiry, active account", link(), true],
    ["one millisecond before expiry", link({ expiresAt: new Date(AT.getTime() + 1) }), true],
    ["at the instant of expiry", link({ expiresAt: AT }), false],
    ["used", link({ usedAt: new Date(AT.getTime() - 1) }), false],
    ["for a deactivated account", link({ active: false }), false],
  ])("opens its door only when usable: %s → %s", (_label, l, expected) => {
    expect(accountLinkUsable(l, AT)).toBe(expected);
  });
});

describe("account mails", () => {
  const person = { name: "Ana", email: "ana@ngo.example", locale: "fr" };
  it("are in the account's language, with the link, and in English for an unknown language", () => {
    const fr = passwordResetMail(person, "https://portal.example/reset-password/abc");
    expect(fr.subject).toBe("SP Portal : choisir un nouveau mot de passe");
    expect(fr.text).toContain("https://portal.example/reset-password/abc");
    expect(fr.text).toContain("ana@ngo.example");
    expect(passwordResetMail({ ...person, locale: "xx" }, "u").subject).toBe("SP Portal: choose a new password");
  });

  it("say until when an invitation works, in Geneva time", () => {
    const es = invitationMail({ ...person, locale: "es" }, "https://portal.example/invitation/abc", new Date("2026-03-17T22:30:00Z"));
    expect(es.subject).toBe("SP Portal: su cuenta está lista");
    expect(es.text).toContain("https://portal.example/invitation/abc");
    expect(es.text).toMatch(/17 de marzo de 2026.*23:30/);
  });
});
