// Pure rules of organisation accounts (issue 17, item 3): where a registration stands, when the
// secretariat may decide on it, and what a website address must look like.
import type { OrganisationStatus } from "../generated/prisma/enums";

/** A refusal says why, to the organisation: a real sentence, not "no". */
export const REFUSAL_REASON_MIN_LENGTH = 10;

/** How long the link confirming a registration's e-mail address works. */
export const EMAIL_CONFIRMATION_VALIDITY_MS = 72 * 3_600_000;

export type OrganisationStage = "awaiting-confirmation" | "awaiting-decision" | "approved" | "refused";

/** Where a registration stands, as its members and the secretariat see it. */
export function organisationStage(org: { status: OrganisationStatus; emailConfirmedAt: Date | null }): OrganisationStage {
  if (org.status === "APPROVED") return "approved";
  if (org.status === "REFUSED") return "refused";
  return org.emailConfirmedAt ? "awaiting-decision" : "awaiting-confirmation";
}

export type DecisionCheck = { ok: true } | { ok: false; reason: "not-confirmed" | "already-decided" };

/**
 * The secretariat approves or refuses a registration once, and only after its e-mail address was
 * confirmed: an address nobody answers is no contact.
 */
export function decisionAllowed(org: { status: OrganisationStatus; emailConfirmedAt: Date | null }): DecisionCheck {
  if (org.status !== "PENDING") return { ok: false, reason: "already-decided" };
  if (!org.emailConfirmedAt) return { ok: false, reason: "not-confirmed" };
  return { ok: true };
}

/**
 * The organisation's website as typed ("ngo.example", "https://ngo.example/about"), as an http(s)
 * address with a host that has a dot; null when it is none. An address without a scheme gets https.
 */
export function websiteUrl(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed || /\s/.test(trimmed)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.username || url.password) return null;
  if (!/^[^.]+(\.[^.]+)+$/.test(url.hostname)) return null;
  return url.toString();
}
