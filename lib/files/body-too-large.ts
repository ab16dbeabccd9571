// The production server's answer to a form whose body is over its limit (./request-body-limit.ts):
// plain text that Next.js hands to the form as the error's message (a server action answered with a
// 4xx text/plain body rejects with that text). Pure: imported by forms.

export const BODY_TOO_LARGE_PREFIX = "SP_BODY_TOO_LARGE:";

/** The limit in bytes named by such an answer, or undefined for any other error. */
export function bodyTooLargeLimit(err: unknown): number | undefined {
  const message = err instanceof Error ? err.message : typeof err === "string" ? err : "";
  if (!message.startsWith(BODY_TOO_LARGE_PREFIX)) return undefined;
  const limit = Number(message.slice(BODY_TOO_LARGE_PREFIX.length));
  return Number.isSafeInteger(limit) && limit > 0 ? limit : undefined;
}

/** Whole megabytes, rounded down, for the message ("more than 105 MB"). */
export function megabytes(bytes: number): number {
  return Math.max(1, Math.floor(bytes / (1024 * 1024)));
}
