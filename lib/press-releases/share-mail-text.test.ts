import { describe, expect, it } from "vitest";
import { shareMailText } from "./share-mail-text";

const base = {
  title: "Expert welcomes access",
  body: "Oslo — The Special Rapporteur thanked the Government.",
  mandateTitle: "Special Rapporteur on the situation of human rights defenders",
  addressee: "Permanent Mission of Norway",
  // 11 June 2026, 10:00 in Geneva (CEST).
  possibleFrom: new Date("2026-06-11T08:00:00Z"),
  portalUrl: "https://portal.example/portal/state/press-releases/1",
};

describe("shareMailText (R3, R4)", () => {
  it("names the communication of a press release on a letter", () => {
    const { text } = shareMailText({ ...base, communicationReference: "AL NOR 3/2026", visit: null });
    expect(text).toContain("concerning communication AL NOR 3/2026.");
    expect(text).toContain("It will not be issued before 11 June 2026 at 10:00 (Geneva time).");
    expect(text).not.toContain("debriefing");
  });

  it("names the visit — State and calendar days — of a press release on a visit, and the debriefing it waits for", () => {
    const { subject, text } = shareMailText({
      ...base,
      communicationReference: null,
      visit: { stateName: "Norway", startDate: new Date("2026-06-08T00:00:00Z"), endDate: new Date("2026-06-17T00:00:00Z") },
    });
    expect(subject).toBe("Press release shared in advance — Expert welcomes access");
    expect(text).toContain("concerning the country visit to Norway from 8 June 2026 to 17 June 2026.");
    expect(text).toContain("nor before the debriefing with the Government.");
    expect(text).not.toContain("communication");
  });
});
