import { describe, expect, it } from "vitest";
import { hashStatusToken, newStatusToken } from "./token";

describe("status tokens", () => {
  it("are random, URL-safe and stored only as a SHA-256", () => {
    const a = newStatusToken();
    const b = newStatusToken();
    expect(a.token).not.toBe(b.token);
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).not.toContain(a.token);
    expect(hashStatusToken(a.token)).toBe(a.hash);
    expect(hashStatusToken(` ${a.token}\n`)).toBe(a.hash);
  });
});
