import { describe, expect, it } from "vitest";
import { choosableKinds, KIND_ROLES, MISSION_KINDS, NOTIFICATION_KINDS } from "./kinds";
import { deliveryFor, digestDay, isSafeLink } from "./rules";
import { digestMail, notificationMail, notificationSentence } from "./mail-text";
import { sendsWhateverTheHour } from "../platform/enqueue-mail";
import { MESSAGES } from "../i18n/messages";

describe("who is told, and how (issue 17, item 5)", () => {
  it("tells a person at once unless they chose the daily digest", () => {
    expect(deliveryFor("cosign.invited", { role: "MANDATE_HOLDER" }, undefined)).toBe("IMMEDIATE");
    expect(deliveryFor("cosign.invited", { role: "MANDATE_HOLDER" }, "IMMEDIATE")).toBe("IMMEDIATE");
    expect(deliveryFor("cosign.invited", { role: "MANDATE_HOLDER" }, "DIGEST")).toBe("DIGEST");
  });

  it("tells a State of a mission kind through its mission's mail (R2), whatever the user chose", () => {
    for (const kind of MISSION_KINDS) {
      expect(deliveryFor(kind, { role: "STATE" }, "DIGEST")).toBe("MISSION");
      expect(deliveryFor(kind, { role: "STATE" }, undefined)).toBe("MISSION");
    }
    expect(deliveryFor("advisory.decided", { role: "STATE" }, "DIGEST")).toBe("DIGEST");
  });

  it.each([
    [
      "MANDATE_HOLDER",
      [
        "cosign.invited",
        "communication.approved",
        "communication.returned",
        "visit.dates-proposed",
        "case.assigned",
        "office-hours.booked",
      ],
    ],
    ["SECRETARIAT", ["communication.submitted", "advisory.received"]],
    ["CIVIL_SOCIETY", ["story.moderated"]],
  ] as const)("offers a %s the choice for the kinds of its role", (role, expected) => {
    const kinds = choosableKinds(role);
    for (const k of expected) expect(kinds).toContain(k);
    for (const k of kinds) expect(KIND_ROLES[k]).toContain(role);
  });

  it("offers a State no choice for what goes to its mission", () => {
    const kinds = choosableKinds("STATE");
    for (const k of MISSION_KINDS) expect(kinds).not.toContain(k);
    expect(kinds).toContain("advisory.decided");
    expect(choosableKinds("ADMIN")).toEqual([]);
  });
});

describe("the daily digest's day", () => {
  it.each([
    ["2026-11-10T22:59:59Z", "2026-11-10"], // 23:59:59 in Geneva (CET)
    ["2026-11-10T23:00:00Z", "2026-11-11"], // midnight in Geneva: the next day
    ["2026-07-01T21:59:00Z", "2026-07-01"], // 23:59 in Geneva (CEST)
    ["2026-07-01T22:00:00Z", "2026-07-02"],
    ["2026-03-29T00:30:00Z", "2026-03-29"], // the night of the change to summer time
  ])("of %s is %s in Geneva", (at, day) => {
    expect(digestDay(new Date(at))).toBe(day);
  });
});

describe("urgency (R1)", () => {
  it("sends at once urgent appeals and account-security mail only", () => {
    expect(sendsWhateverTheHour({ urgent: true })).toBe(true);
    expect(sendsWhateverTheHour({ urgent: false, atOnce: true })).toBe(true);
    expect(sendsWhateverTheHour({ urgent: false })).toBe(false);
    expect(sendsWhateverTheHour({ urgent: false, atOnce: null })).toBe(false);
  });
});

describe("links", () => {
  it.each([
    ["/portal/mandate-holder/communications/0b7c", true],
    ["/portal/notifications", true],
    ["//evil.example/x", false],
    ["/\\evil.example", false],
    ["https://evil.example", false],
    ["portal/x", false],
    ["/portal/x y", false],
    ["/portal/\u0000", false],
  ])("%s is a path of this site: %s", (link, ok) => {
    expect(isSafeLink(link)).toBe(ok);
  });
});

describe("texts", () => {
  it("has a label, a subject and a sentence for every kind in every language", () => {
    for (const locale of ["en", "fr", "es"] as const) {
      const kinds = (MESSAGES[locale].notifications as { kinds: Record<string, Record<string, Record<string, string>>> }).kinds;
      for (const kind of NOTIFICATION_KINDS) {
        const [area, step] = kind.split(".") as [string, string];
        expect(kinds[area]?.[step], `${locale} ${kind}`).toMatchObject({
          label: expect.any(String),
          subject: expect.any(String),
          body: expect.any(String),
        });
      }
    }
  });

  it("writes the mail in the recipient's language, with the link to the record", () => {
    const base = {
      name: "Ana",
      kind: "communication.returned" as const,
      params: { title: "Detention of A" },
      link: "/portal/mandate-holder/communications/1",
      baseUrl: "https://sp.example/",
    };
    const en = notificationMail({ ...base, locale: "en" });
    expect(en.subject).toBe("Returned: Detention of A");
    expect(en.text).toContain("https://sp.example/portal/mandate-holder/communications/1");
    expect(en.text).toContain("https://sp.example/portal/notifications");
    expect(notificationMail({ ...base, locale: "fr" }).subject).toBe("Renvoyée : Detention of A");
    expect(notificationMail({ ...base, locale: "es" }).subject).toBe("Devuelta: Detention of A");
    // A language the portal does not speak: English.
    expect(notificationMail({ ...base, locale: "de" }).subject).toBe("Returned: Detention of A");
    expect(notificationSentence("en", "call.proposal-decided", { title: "Water", decision: "approved" })).toContain("approved");
    expect(notificationSentence("fr", "story.moderated", { title: "Eau", decision: "rejected" })).toContain("n’a pas été publiée");
  });

  it("gathers a day's notices in one digest", () => {
    const mail = digestMail({
      locale: "en",
      name: "Ana",
      day: "2026-11-10",
      baseUrl: "https://sp.example",
      items: [
        { kind: "case.assigned", params: { receipt: "CASE-2026-00042" }, link: "/portal/mandate-holder/cases/1" },
        { kind: "office-hours.booked", params: { when: "2026-11-12 10:00", state: "Norway" }, link: "/portal/mandate-holder/office-hours" },
      ],
    });
    expect(mail.subject).toBe("SP Portal: 2 notices of 2026-11-10");
    expect(mail.text).toContain("CASE-2026-00042");
    expect(mail.text).toContain("booked by Norway");
    expect(mail.text).toContain("https://sp.example/portal/mandate-holder/cases/1");
  });
});
