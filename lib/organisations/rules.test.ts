import { describe, expect, it } from "vitest";
import { decisionAllowed, organisationStage, websiteUrl } from "./rules";

const confirmed = new Date("2026-11-10T09:00:00Z");

describe("organisationStage", () => {
  it.each([
    [{ status: "PENDING", emailConfirmedAt: null }, "awaiting-confirmation"],
    [{ status: "PENDING", emailConfirmedAt: confirmed }, "awaiting-decision"],
    [{ status: "APPROVED", emailConfirmedAt: confirmed }, "approved"],
    [{ status: "REFUSED", emailConfirmedAt: confirmed }, "refused"],
  ] as const)("%j → %s", (org, stage) => {
    expect(organisationStage(org)).toBe(stage);
  });
});

describe("decisionAllowed", () => {
  it.each([
    [{ status: "PENDING", emailConfirmedAt: confirmed }, { ok: true }],
    [
      { status: "PENDING", emailConfirmedAt: null },
      { ok: false, reason: "not-confirmed" },
    ],
    [
      { status: "APPROVED", emailConfirmedAt: confirmed },
      { ok: false, reason: "already-decided" },
    ],
    [
      { status: "REFUSED", emailConfirmedAt: confirmed },
      { ok: false, reason: "already-decided" },
    ],
    [
      { status: "REFUSED", emailConfirmedAt: null },
      { ok: false, reason: "already-decided" },
    ],
  ] as const)("%j → %j", (org, verdict) => {
    expect(decisionAllowed(org)).toEqual(verdict);
  });
});

describe("websiteUrl", () => {
  it.each([
    ["ngo.example", "https://ngo.example/"],
    ["  https://www.ngo.example/about  ", "https://www.ngo.example/about"],
    ["http://ngo.example", "http://ngo.example/"],
    ["HTTPS://NGO.EXAMPLE", "https://ngo.example/"],
    ["", null],
    ["not a website", null],
    ["localhost", null],
    ["javascript:alert(1)", null],
    ["ftp://ngo.example", null],
    ["https://user:pass@ngo.example", null],
    ["https://", null],
  ])("%j → %j", (text, url) => {
    expect(websiteUrl(text)).toBe(url);
  });
});
