import { describe, expect, it } from "vitest";
import { groupedKey, newTotpSecret, totpCode, totpCodeValid, totpStepOfCode, totpUri } from "./totp";

// RFC 6238, appendix B: the SHA-1 key "12345678901234567890" (base32 below), 8-digit codes; the
// 6-digit code is the last six of those.
const RFC_KEY = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

describe("TOTP codes", () => {
  it("match the RFC 6238 test vectors", () => {
    expect(totpCode(RFC_KEY, new Date(59_000))).toBe("287082");
    expect(totpCode(RFC_KEY, new Date(1111111109_000))).toBe("081804");
    expect(totpCode(RFC_KEY, new Date(2000000000_000))).toBe("279037");
  });

  it("accept the code of the step before, the current one and the step after — nothing further", () => {
    const at = new Date("2026-11-10T09:30:15Z");
    const step = 30_000;
    expect(totpCodeValid(RFC_KEY, totpCode(RFC_KEY, at), at)).toBe(true);
    expect(totpCodeValid(RFC_KEY, totpCode(RFC_KEY, new Date(at.getTime() - step)), at)).toBe(true);
    expect(totpCodeValid(RFC_KEY, totpCode(RFC_KEY, new Date(at.getTime() + step)), at)).toBe(true);
    expect(totpCodeValid(RFC_KEY, totpCode(RFC_KEY, new Date(at.getTime() - 2 * step)), at)).toBe(false);
    expect(totpCodeValid(RFC_KEY, totpCode(RFC_KEY, new Date(at.getTime() + 2 * step)), at)).toBe(false);
  });

  it("name the time step a code belongs to, which the sign-in keeps so that a code works once", () => {
    const at = new Date("2026-11-10T09:30:15Z");
    const step = Math.floor(at.getTime() / 30_000);
    expect(totpStepOfCode(RFC_KEY, totpCode(RFC_KEY, at), at)).toBe(step);
    expect(totpStepOfCode(RFC_KEY, totpCode(RFC_KEY, new Date(at.getTime() - 30_000)), at)).toBe(step - 1);
    expect(totpStepOfCode(RFC_KEY, totpCode(RFC_KEY, new Date(at.getTime() + 30_000)), at)).toBe(step + 1);
    expect(totpStepOfCode(RFC_KEY, totpCode(RFC_KEY, new Date(at.getTime() + 60_000)), at)).toBeNull();
    expect(totpStepOfCode(RFC_KEY, "12345", at)).toBeNull();
  });

  it("refuse anything but six digits, and accept a space in the middle", () => {
    const at = new Date("2026-11-10T09:30:15Z");
    const code = totpCode(RFC_KEY, at);
    expect(totpCodeValid(RFC_KEY, `${code.slice(0, 3)} ${code.slice(3)}`, at)).toBe(true);
    expect(totpCodeValid(RFC_KEY, code.slice(0, 5), at)).toBe(false);
    expect(totpCodeValid(RFC_KEY, `${code}0`, at)).toBe(false);
    expect(totpCodeValid(RFC_KEY, "abcdef", at)).toBe(false);
    expect(totpCodeValid(RFC_KEY, "", at)).toBe(false);
  });

  it("new keys are 160 random bits, and the QR address names the portal and the account", () => {
    const a = newTotpSecret();
    expect(a).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(a);
    const uri = totpUri(a, "someone@example.org");
    expect(uri).toMatch(/^otpauth:\/\/totp\/SP%20Portal:someone%40example\.org\?/);
    expect(uri).toContain(`secret=${a}`);
    expect(groupedKey("ABCDEFGHIJ")).toBe("ABCD EFGH IJ");
  });
});
