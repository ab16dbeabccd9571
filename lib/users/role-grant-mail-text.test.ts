import { describe, expect, it } from "vitest";
import { roleGrantDecidedMailText, roleGrantRequestedMailText } from "./role-grant-mail-text";
import { missionInvitationMailText } from "./mission-invitation-text";

describe("mails of issue 12", () => {
  it("the request names the account, the role, the requester and where to decide", () => {
    const m = roleGrantRequestedMailText({
      role: "ADMIN",
      targetName: "Ana",
      targetEmail: "ana@example.org",
      newAccount: true,
      requestedBy: "Admin One",
      link: "https://portal.example/portal/role-requests",
    });
    expect(m.subject).toBe("Approval needed: Administrator role for ana@example.org");
    expect(m.text).toContain("Admin One asks that Ana <ana@example.org> be given a new account with the Administrator role.");
    expect(m.text).toContain("https://portal.example/portal/role-requests");
  });
  it("the decision says who decided", () => {
    const m = roleGrantDecidedMailText({
      role: "SECRETARIAT",
      targetEmail: "x@y.example",
      approved: false,
      decidedBy: "B",
      requestedBy: "A",
    });
    expect(m.subject).toBe("Refused: Secretariat role for x@y.example");
    expect(m.text).toContain("B refused the Secretariat role for x@y.example, requested by A.");
  });
  it("the invitation carries the link and its expiry in UTC", () => {
    const m = missionInvitationMailText({
      name: "Ingrid",
      stateName: "Norway",
      invitedBy: "Kari",
      link: "https://portal.example/invitation/abc",
      expiresAt: new Date("2026-11-13T09:30:00Z"),
    });
    expect(m.text).toContain("https://portal.example/invitation/abc");
    expect(m.text).toContain("2026-11-13 09:30 UTC");
  });
});
