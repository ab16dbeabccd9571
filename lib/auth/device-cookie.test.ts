import { describe, expect, it } from "vitest";
import { deviceCookieHeader, issueDeviceToken, readCookie, verifyDeviceToken, DEVICE_COOKIE } from "./device-cookie";

const secret = "a-secret-of-the-server";
const now = new Date("2026-11-10T09:30:00Z");
const DAY = 86_400_000;

describe("device cookies", () => {
  const token = issueDeviceToken({ email: "Owner@Mission.example", secret, now });

  it("are recognised for their account, whatever the case of the email", () => {
    const id = verifyDeviceToken({ token, email: "owner@mission.example", secret, now });
    expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(verifyDeviceToken({ token, email: " OWNER@mission.example ", secret, now: new Date(now.getTime() + 300 * DAY) })).toBe(id);
  });

  it.each([
    ["another account", { email: "other@mission.example" }],
    ["another secret", { secret: "not-the-secret" }],
    ["an empty secret", { secret: "" }],
    ["after a year", { now: new Date(now.getTime() + 367 * DAY) }],
    ["from the future", { now: new Date(now.getTime() - DAY) }],
  ])("are refused for %s", (_label, change) => {
    expect(verifyDeviceToken({ token, email: "owner@mission.example", secret, now, ...change })).toBeNull();
  });

  it.each([
    ["a changed device id", (t: string) => `${t.startsWith("x") ? "y" : "x"}${t.slice(1)}`],
    ["a changed issue time", (t: string) => t.replace(/\.(\d+)\./, (_m, n: string) => `.${Number(n) + 1}.`)],
    ["a cut signature", (t: string) => t.slice(0, -2)],
    ["garbage", () => "not.a.device.cookie"],
    ["nothing", () => ""],
  ])("are refused with %s", (_label, tamper) => {
    expect(verifyDeviceToken({ token: tamper(token), email: "owner@mission.example", secret, now })).toBeNull();
  });

  it("are read from a Cookie header and written HttpOnly, SameSite=Lax, Secure over HTTPS", () => {
    expect(readCookie(`a=1; ${DEVICE_COOKIE}=${encodeURIComponent(token)}; b=2`, DEVICE_COOKIE)).toBe(token);
    expect(readCookie("a=1", DEVICE_COOKIE)).toBeNull();
    expect(readCookie(undefined, DEVICE_COOKIE)).toBeNull();
    const header = deviceCookieHeader({ token, path: "/api/auth", secure: true });
    expect(header).toContain("HttpOnly");
    expect(header).toContain("SameSite=Lax");
    expect(header).toContain("Path=/api/auth");
    expect(header).toContain("; Secure");
    expect(deviceCookieHeader({ token, path: "/api/auth", secure: false })).not.toContain("Secure");
  });
});

describe("the sign-in error that says how long to wait", () => {
  it("carries whole minutes, at least one, and is read back by the form", async () => {
    const { minutesToWait, tooManyAttemptsError } = await import("./schemas");
    expect(tooManyAttemptsError(899.4)).toBe("TooManyAttempts:15");
    expect(tooManyAttemptsError(2)).toBe("TooManyAttempts:1");
    expect(minutesToWait(tooManyAttemptsError(61))).toBe(2);
    expect(minutesToWait("TooManyAttempts")).toBe(15);
    expect(minutesToWait("CredentialsSignin")).toBeNull();
    expect(minutesToWait(undefined)).toBeNull();
  });
});
