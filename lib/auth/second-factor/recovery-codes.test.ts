import { describe, expect, it } from "vitest";
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes, normaliseRecoveryCode, RECOVERY_CODE_COUNT } from "./recovery-codes";

describe("recovery codes", () => {
  it("are ten distinct codes of 10 characters without look-alikes", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const c of codes) {
      expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
      expect(c).not.toMatch(/[ilo01]/);
      expect(looksLikeRecoveryCode(c)).toBe(true);
    }
  });

  it("are stored as a hash that is not the code, the same however the code is typed", () => {
    const [code] = newRecoveryCodes(1);
    const hash = hashRecoveryCode(code!);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(normaliseRecoveryCode(code!));
    expect(hashRecoveryCode(code!.toUpperCase().replace("-", " "))).toBe(hash);
    expect(hashRecoveryCode(code!.replace("-", ""))).toBe(hash);
    expect(hashRecoveryCode(`${code!}x`)).not.toBe(hash);
  });

  it("a TOTP code or random text is not taken for one", () => {
    expect(looksLikeRecoveryCode("123456")).toBe(false);
    expect(looksLikeRecoveryCode("abcde-fghij-k")).toBe(false);
    expect(looksLikeRecoveryCode("abcde-fghi1")).toBe(false);
  });
});
