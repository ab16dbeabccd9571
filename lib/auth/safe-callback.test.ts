import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-callback";

describe("safeCallbackUrl", () => {
  it.each([
    ["/portal/state", "/portal/state"],
    [undefined, "/portal"],
    ["https://evil.example/", "/portal"],
    ["//evil.example", "/portal"],
    ["/\\evil.example", "/portal"],
    ["/signin", "/portal"],
    ["/api/auth/signout", "/portal"],
  ])("%s → %s", (input, expected) => expect(safeCallbackUrl(input)).toBe(expected));
});
