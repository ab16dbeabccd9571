import { describe, expect, it } from "vitest";
import { safeAuthRedirect, safeCallbackUrl, sameOriginPath } from "./safe-callback";

// Issue 13, item 2: each value as the browser would receive it in ?callbackUrl= (already
// percent-decoded once by the query parser).
const HOSTILE = [
  "https://evil.example/",
  "http://evil.example",
  "HTTPS://evil.example",
  "//evil.example",
  "///evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "\\/evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "\t//evil.example",
  " //evil.example",
  "/%2F/evil.example",
  "/%2f%2fevil.example",
  "/%5C/evil.example",
  "/%5c%5cevil.example",
  "/%252F%252Fevil.example",
  "/%09/evil.example",
  "/%0A/evil.example",
  "/\u0000/evil.example",
  "/\u007f/evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "evil.example",
  "@evil.example",
  "/@evil.example/..//evil.example",
  "/..//evil.example",
  "/./..//evil.example",
  "http:/evil.example",
  "http:evil.example",
  "",
  " ",
  "/" + "a".repeat(3000),
  "/signin",
  "/signin?callbackUrl=/portal",
  "/SIGNIN",
  "/signout",
  "/api/auth/signout",
  "/api/v1/communications",
];

describe("safeCallbackUrl", () => {
  it.each(HOSTILE.map((value) => [JSON.stringify(value), value]))("refuses %s", (_label, value) => {
    expect(safeCallbackUrl(value)).toBe("/portal");
  });

  it.each([
    ["/portal/state", "/portal/state"],
    ["/portal", "/portal"],
    ["/", "/"],
    ["/communications?q=torture&addressee=NOR", "/communications?q=torture&addressee=NOR"],
    ["/communications?q=a%2Fb", "/communications?q=a%2Fb"],
    ["/portal/state#reply", "/portal/state#reply"],
    ["/portal/./state", "/portal/state"],
    ["/portal/x/../state", "/portal/state"],
    ["/signing-guide", "/signing-guide"],
    ["/apiary", "/apiary"],
  ])("keeps %s as %s", (input, expected) => expect(safeCallbackUrl(input)).toBe(expected));

  it("falls back when there is no value", () => {
    expect(safeCallbackUrl(undefined)).toBe("/portal");
    expect(safeCallbackUrl(null)).toBe("/portal");
  });

  it("never returns something a browser would resolve to another origin", () => {
    for (const value of HOSTILE) {
      const result = safeCallbackUrl(value);
      expect(new URL(result, "https://portal.example").origin).toBe("https://portal.example");
    }
  });
});

describe("sameOriginPath", () => {
  it("refuses non-strings", () => {
    expect(sameOriginPath(42)).toBeNull();
    expect(sameOriginPath(["/portal"])).toBeNull();
  });
});

describe("safeAuthRedirect (next-auth's redirect callback)", () => {
  const base = "https://portal.example";
  it.each([
    ["/portal/state", `${base}/portal/state`],
    ["/", `${base}/`],
    [`${base}/portal/state?x=1`, `${base}/portal/state?x=1`],
    [`${base}//evil.example`, `${base}/`],
    ["https://evil.example/", `${base}/`],
    ["https://portal.example.evil.example/", `${base}/`],
    ["http://portal.example/portal", `${base}/`],
    ["//evil.example", `${base}/`],
    ["/\t/evil.example", `${base}/`],
    ["/%2F/evil.example", `${base}/`],
    ["javascript:alert(1)", `${base}/`],
    ["not a url", `${base}/`],
  ])("%s → %s", (url, expected) => expect(safeAuthRedirect(url, base)).toBe(expected));
});
