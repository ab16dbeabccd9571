"use client";
import { browserSupportsWebAuthn, startAuthentication } from "@simplewebauthn/browser";

/**
 * Asks the browser for a passkey of this site over a challenge the server issued (kept there, used
 * once). The challenge id and the passkey's answer (JSON) to send with the sign-in, or null when the
 * browser has no passkey support or the person cancelled.
 */
export async function passkeyAssertion(): Promise<{ passkeyChallengeId: string; passkeyResponse: string } | null> {
  if (!browserSupportsWebAuthn()) return null;
  const res = await fetch("/api/passkeys/options", { method: "POST" });
  if (!res.ok) return null;
  const { challengeId, options } = (await res.json()) as {
    challengeId: string;
    options: Parameters<typeof startAuthentication>[0]["optionsJSON"];
  };
  try {
    const response = await startAuthentication({ optionsJSON: options });
    return { passkeyChallengeId: challengeId, passkeyResponse: JSON.stringify(response) };
  } catch {
    return null;
  }
}
