import { describe, expect, it } from "vitest";
import {
  markPublicDataChanged,
  notePublication,
  noteSharedGeneration,
  publicationNeedsReading,
  publicDataVersion,
} from "./public-data-generation";

// The public data's version (./public-data-generation.ts): what every cache of public data keys on.
describe("the public data's version", () => {
  it("moves on with the shared generation, this process's changes and the last publication passed", () => {
    const first = publicDataVersion();
    expect(publicDataVersion()).toBe(first);
    noteSharedGeneration("1000");
    const second = publicDataVersion();
    expect(second).not.toBe(first);
    noteSharedGeneration("999"); // an older value (a late read) changes nothing
    expect(publicDataVersion()).toBe(second);
    markPublicDataChanged();
    expect(publicDataVersion()).not.toBe(second);
  });

  it("asks for the publication instants once per change, and again when the next one comes", () => {
    const at = publicationNeedsReading();
    expect(at).not.toBeNull();
    notePublication(at!, "1700000000000", at!.nowMs + 60_000);
    const version = publicDataVersion();
    expect(version).toContain("|1700000000000|");
    expect(publicationNeedsReading()).toBeNull();
    // A change: read again (a new letter may be published sooner).
    markPublicDataChanged();
    const again = publicationNeedsReading();
    expect(again).not.toBeNull();
    // The next publication instant has come: read again.
    notePublication(again!, "1700000000000", again!.nowMs - 1);
    expect(publicationNeedsReading()).not.toBeNull();
    // None to come: never, until a change.
    notePublication(publicationNeedsReading()!, "1700000000001", null);
    expect(publicationNeedsReading()).toBeNull();
    expect(publicDataVersion()).toContain("|1700000000001|");
  });
});
