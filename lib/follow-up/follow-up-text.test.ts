import { describe, expect, it } from "vitest";
import { followUpMailText } from "./follow-up-text";
import { communicationRecipients } from "../communications/recipients";
import { publicationSentence } from "../pdf/letter-wording";

const letter = {
  reference: "AL NOR 3/2026",
  mandateTitles: ["Special Rapporteur on the situation of human rights defenders"],
  addressee: "Permanent Mission of Norway",
  subject: "Detention of a journalist",
  sentAt: new Date("2026-03-02T08:00:00Z"),
  replyDueAt: new Date("2026-05-01T08:00:00Z"),
  publishRepliesOnReceipt: true,
  portalUrl: "https://portal.example/portal/state/communications/abc",
};

describe("followUpMailText (R16)", () => {
  it("a reminder cites the reference, the date sent, the deadline in Geneva time and the portal link", () => {
    const mail = followUpMailText({ ...letter, kind: "reminder" });
    expect(mail.subject).toBe("Reminder: AL NOR 3/2026 — Detention of a journalist");
    expect(mail.text).toContain("sent on 2 March 2026");
    expect(mail.text).toContain("by 1 May 2026 at 10:00 (Geneva time)"); // 08:00Z is 10:00 CEST
    expect(mail.text).toContain(letter.portalUrl);
    expect(mail.text).toContain("To: Permanent Mission of Norway");
  });
  it("a reminder repeats the letter's own publication rule (R5)", () => {
    expect(followUpMailText({ ...letter, kind: "reminder" }).text).toContain(publicationSentence("en", true));
    expect(followUpMailText({ ...letter, kind: "reminder", publishRepliesOnReceipt: false }).text).toContain(
      publicationSentence("en", false),
    );
  });
  it("a follow-up letter says the deadline has passed", () => {
    const mail = followUpMailText({ ...letter, kind: "follow-up" });
    expect(mail.subject).toBe("Follow-up: AL NOR 3/2026 — Detention of a journalist");
    expect(mail.text).toContain("requested a reply by 1 May 2026 at 10:00 (Geneva time)");
    expect(mail.text).toContain("No reply has been received to date.");
  });
});

describe("communicationRecipients (R2)", () => {
  const state = {
    nameEn: "Norway",
    missionName: null,
    missionEmail: "mission.nor@missions.example",
    focalPoints: [{ email: "kari@norway.example" }],
  };
  it("writes to the mission, copying its focal point and each copied State's mission and focal point", () => {
    const r = communicationRecipients({
      addresseeState: state,
      addresseeOtherActor: null,
      copies: [{ state: { missionEmail: "mission.bra@missions.example", focalPoints: [{ email: "ana@brazil.example" }] } }],
    });
    expect(r).toEqual({
      to: ["mission.nor@missions.example"],
      cc: ["kari@norway.example", "mission.bra@missions.example", "ana@brazil.example"],
      addressee: "Permanent Mission of Norway",
    });
  });
  it("writes to an other actor's address, and to nobody when it has none", () => {
    const actor = (email: string | null) => ({ addresseeState: null, addresseeOtherActor: { name: "Acme Mining", email }, copies: [] });
    expect(communicationRecipients(actor("legal@acme.example"))).toMatchObject({ to: ["legal@acme.example"], addressee: "Acme Mining" });
    expect(communicationRecipients(actor(null)).to).toEqual([]);
  });
});
