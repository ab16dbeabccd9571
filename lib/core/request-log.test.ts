import { describe, expect, it } from "vitest";
import { loggablePath, requestIdFrom } from "./request-log";

describe("request log", () => {
  it("keeps a sane request id and makes one otherwise", () => {
    expect(requestIdFrom("abc-123.x")).toBe("abc-123.x");
    expect(requestIdFrom(["proxy-id", "other"])).toBe("proxy-id");
    for (const bad of [undefined, "", "a b", "x".repeat(129), "evil\ninjected"]) {
      expect(requestIdFrom(bad)).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("logs the path without the query and without invitation tokens", () => {
    expect(loggablePath("/communications?q=torture&addressee=NOR")).toBe("/communications");
    expect(loggablePath("/invitation/s3cr3t-token")).toBe("/invitation/:token");
    expect(loggablePath("/reset-password/s3cr3t-token")).toBe("/reset-password/:token");
    expect(loggablePath("/reset-password")).toBe("/reset-password");
    expect(loggablePath("/submit/case/s3cr3t-token")).toBe("/submit/case/:token");
    expect(loggablePath("/submit")).toBe("/submit");
    expect(loggablePath("/organisations/confirm/s3cr3t-token")).toBe("/organisations/confirm/:token");
    expect(loggablePath("/calls-for-input/confirm/s3cr3t-token")).toBe("/calls-for-input/confirm/:token");
    expect(loggablePath("/calls-for-input/3f1c")).toBe("/calls-for-input/3f1c");
    expect(loggablePath("/stories/status#frag")).toBe("/stories/status");
    expect(loggablePath(undefined)).toBe("/");
    expect(loggablePath("/" + "a".repeat(300))).toHaveLength(201);
  });
});
