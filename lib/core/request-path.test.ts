import { describe, expect, it } from "vitest";
import { isMalformedPath } from "./request-path";

describe("isMalformedPath", () => {
  it.each(["/communications/%FF", "/states/%ED%A0%80", "/communications/%E0%A4%A", "/api/v1/communications/%C0", "/x/%", "/x/%zz"])(
    "%s is malformed",
    (url) => {
      expect(isMalformedPath(url)).toBe(true);
    },
  );
  it.each(["/", "/communications", "/communications/AL%20NOR%201%2F2026", "/states/NOR?q=%FF", "/x?%", "/caf%C3%A9", undefined])(
    "%s is not",
    (url) => {
      expect(isMalformedPath(url)).toBe(false);
    },
  );
});
