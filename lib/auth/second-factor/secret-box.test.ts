import { describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "./secret-box";

describe("the TOTP key at rest", () => {
  it("is encrypted (a fresh IV each time) and opens only with the same secret", () => {
    const a = sealSecret("JBSWY3DPEHPK3PXP", "secret-one");
    const b = sealSecret("JBSWY3DPEHPK3PXP", "secret-one");
    expect(a).not.toContain("JBSWY3DPEHPK3PXP");
    expect(a).not.toBe(b);
    expect(openSecret(a, "secret-one")).toBe("JBSWY3DPEHPK3PXP");
    expect(openSecret(a, "secret-two")).toBeNull();
    const parts = a.split(".");
    const body = Buffer.from(parts.at(-1)!, "base64url");
    body[0] = body[0]! ^ 0xff; // one byte of the cipher text changed, whatever it was
    expect(openSecret([...parts.slice(0, -1), body.toString("base64url")].join("."), "secret-one")).toBeNull();
  });

  it("a public demo key may be stored as is", () => {
    expect(openSecret("plain:SPPORTALDEMOADMINISTRATORKEY2345", "anything")).toBe("SPPORTALDEMOADMINISTRATORKEY2345");
    expect(openSecret("garbage", "anything")).toBeNull();
  });
});
