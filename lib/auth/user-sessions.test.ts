import { describe, expect, it } from "vitest";
import { sessionIsLive } from "./user-sessions";

const now = new Date("2026-11-10T09:30:00Z");
const min = 60_000;
const session = (o: Partial<{ revokedAt: Date | null; expiresAt: Date; lastSeenAt: Date }> = {}) => ({
  revokedAt: null,
  expiresAt: new Date(now.getTime() + 60 * min),
  lastSeenAt: new Date(now.getTime() - 5 * min),
  ...o,
});

describe("a session is live", () => {
  it.each([
    ["in use, no idle limit", session(), null, true],
    ["in use, within the idle limit", session(), 30 * min, true],
    ["idle past the limit", session({ lastSeenAt: new Date(now.getTime() - 31 * min) }), 30 * min, false],
    ["idle for hours, no limit for its role", session({ lastSeenAt: new Date(now.getTime() - 300 * min) }), null, true],
    ["ended", session({ revokedAt: new Date(now.getTime() - min) }), null, false],
    ["expired", session({ expiresAt: now }), null, false],
  ] as const)("%s → %s", (_label, s, idle, live) => {
    expect(sessionIsLive(s, now, idle)).toBe(live);
  });
});
