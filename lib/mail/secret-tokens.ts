// Mails carry single-use secrets in their links: an invitation, a password reset, an anonymous
// submitter's status link (32 random bytes, base64url: 43 characters). The outbox keeps each mail's
// text until it is sent; after that nobody needs the secret in it, and whoever reads the outbox or a
// backup must not be able to use it. Record ids (UUIDs) stay: they open nothing by themselves.

const TOKEN = /[A-Za-z0-9_-]{32,}/g;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const HIDDEN_TOKEN = "[removed]";

/** The text with every secret-looking token (32 or more base64url characters, not a UUID) replaced. */
export function hideSecretTokens(text: string): string {
  return text.replace(TOKEN, (match) => (UUID.test(match) ? match : HIDDEN_TOKEN));
}
