import { describe, expect, it } from "vitest";
import { announceStatus, currentStatus, subscribeStatus, takeFlash } from "./status-store";

describe("the page's status message", () => {
  it("tells subscribers of each new message and of its clearing", () => {
    const seen: (string | null)[] = [];
    const stop = subscribeStatus(() => seen.push(currentStatus()?.text ?? null));
    announceStatus("Draft saved.");
    announceStatus("Draft saved.");
    announceStatus(null);
    announceStatus(null);
    stop();
    announceStatus("Not heard.");
    // The same text twice is two announcements (two actions); clearing what is already clear is not.
    expect(seen).toEqual(["Draft saved.", "Draft saved.", null]);
    announceStatus(null);
  });
});

describe("the flash a redirecting action left", () => {
  it("is read once, decoded, and its cookie expired", () => {
    const cleared: string[] = [];
    const text = takeFlash("sp_locale=fr; sp_flash=Projet%20enregistr%C3%A9.; other=1", (c) => cleared.push(c));
    expect(text).toBe("Projet enregistré.");
    expect(cleared).toEqual(["sp_flash=; Path=/; Max-Age=0; SameSite=Lax"]);
  });

  it("is nothing when there is none, and nothing readable when it was mangled", () => {
    const cleared: string[] = [];
    expect(takeFlash("sp_locale=fr", (c) => cleared.push(c))).toBeNull();
    expect(cleared).toEqual([]);
    expect(takeFlash("sp_flash=%E0%A4%A", (c) => cleared.push(c))).toBeNull();
    expect(cleared).toHaveLength(1);
  });
});
