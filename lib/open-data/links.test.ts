import { describe, expect, it } from "vitest";
import { communicationsFeedUrl } from "./links";

describe("communicationsFeedUrl", () => {
  it("is the whole feed without filters, and takes a State and a mandate", () => {
    expect(communicationsFeedUrl()).toBe("/api/v1/communications.atom");
    expect(communicationsFeedUrl({ state: "NOR" })).toBe("/api/v1/communications.atom?state=NOR");
    expect(communicationsFeedUrl({ state: "NOR", mandate: "torture" })).toBe("/api/v1/communications.atom?state=NOR&mandate=torture");
    expect(communicationsFeedUrl({ mandate: "a b&c" })).toBe("/api/v1/communications.atom?mandate=a+b%26c");
  });
});
