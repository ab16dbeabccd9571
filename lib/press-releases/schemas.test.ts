import { describe, expect, it } from "vitest";
import { z } from "zod";
import { pressReleaseDraftSchema } from "./schemas";

const MANDATE = "0b6f1f7e-6f43-4c7e-9d1c-1a2b3c4d5e6f";
const COMMUNICATION = "1c7a2b8f-7a54-4d8f-8e2d-2b3c4d5e6f70";
const VISIT = "2d8b3c9a-8b65-4e9a-9f3e-3c4d5e6f7081";
const valid = {
  pressReleaseId: "",
  mandateId: MANDATE,
  communicationId: "",
  visitId: "",
  title: "Experts welcome the visit",
  body: "Geneva — UN experts today welcomed the visit.",
};

describe("pressReleaseDraftSchema: one link at most (R3)", () => {
  it.each([
    ["no link", {}, { communicationId: undefined, visitId: undefined }],
    ["a communication", { communicationId: COMMUNICATION }, { communicationId: COMMUNICATION, visitId: undefined }],
    ["a visit", { visitId: VISIT }, { communicationId: undefined, visitId: VISIT }],
  ])("accepts %s", (_label, extra, expected) => {
    const parsed = pressReleaseDraftSchema.safeParse({ ...valid, ...extra });
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject(expected);
  });

  it("refuses a communication and a visit at once, with the error next to the visit field", () => {
    const parsed = pressReleaseDraftSchema.safeParse({ ...valid, communicationId: COMMUNICATION, visitId: VISIT });
    expect(parsed.success).toBe(false);
    expect(z.flattenError(parsed.error!).fieldErrors).toEqual({ visitId: ["pressReleases.oneLinkOnly"] });
  });

  it("says so together with the other fields' errors", () => {
    const parsed = pressReleaseDraftSchema.safeParse({ ...valid, communicationId: COMMUNICATION, visitId: VISIT, title: "Hi" });
    const errors = z.flattenError(parsed.error!).fieldErrors;
    expect(Object.keys(errors).sort()).toEqual(["title", "visitId"]);
    expect(errors.visitId).toEqual(["pressReleases.oneLinkOnly"]);
  });

  it("refuses a visit id that is not an id", () => {
    const parsed = pressReleaseDraftSchema.safeParse({ ...valid, visitId: "not-an-id" });
    expect(parsed.success).toBe(false);
    expect(Object.keys(z.flattenError(parsed.error!).fieldErrors)).toEqual(["visitId"]);
  });
});
