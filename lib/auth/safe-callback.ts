/** Only same-site paths may be a post-sign-in destination (no open redirect). */
export function safeCallbackUrl(value: string | null | undefined, fallback = "/portal"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (value.startsWith("/signin") || value.startsWith("/signout") || value.startsWith("/api/")) return fallback;
  return value;
}
