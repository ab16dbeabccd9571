// The page's status message (an action's confirmation) as a tiny store outside React, so that it
// outlives the form that produced it: submitting a draft re-renders the record's page without the
// Submit button, booking a slot moves it to another list, and a form that creates a record leads to
// another page (its message then comes through the flash cookie, lib/core/flash-cookie.ts).
import { FLASH_COOKIE } from "@/lib/core/flash-cookie";

export type StatusMessage = { text: string; seq: number };

let current: StatusMessage | null = null;
let seq = 0;
const listeners = new Set<() => void>();

export function subscribeStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentStatus(): StatusMessage | null {
  return current;
}

/** Shows `text` in the page's status region (null clears it). */
export function announceStatus(text: string | null): void {
  if (text === null && current === null) return;
  current = text === null ? null : { text, seq: ++seq };
  for (const listener of listeners) listener();
}

/** The flash a redirecting action left (lib/server/action.ts), read once: the cookie is deleted here. */
export function takeFlash(cookieHeader: string, clear: (expired: string) => void): string | null {
  const entry = cookieHeader
    .split(";")
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${FLASH_COOKIE}=`));
  if (entry === undefined) return null;
  clear(`${FLASH_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`);
  const raw = entry.slice(FLASH_COOKIE.length + 1);
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}
