import { describe, expect, it } from "vitest";
import { sentCsv } from "./sent-csv";
import { genevaDate as genevaDay } from "../core/geneva";

describe("sentCsv", () => {
  it("writes Geneva days, English names and quotes what needs quoting", () => {
    const csv = sentCsv([
      {
        reference: "AL NOR 1/2026",
        type: "AL",
        sentAt: new Date("2026-11-30T23:00:00Z"),
        repliedAt: null,
        addresseeState: { nameEn: "Norway" },
        addresseeOtherActor: null,
        mandates: [{ titleEn: "Special Rapporteur on freedom of expression" }, { titleEn: 'Working Group on "X", Y' }],
      },
      {
        reference: "UA OTH 2/2026",
        type: "UA",
        sentAt: new Date("2026-06-01T10:00:00Z"),
        repliedAt: new Date("2026-07-31T22:30:00Z"),
        addresseeState: null,
        addresseeOtherActor: { name: '=HYPERLINK("x")' },
        mandates: [],
      },
    ]);
    expect(csv.split("\r\n")).toEqual([
      "reference,type,addressee,mandates,sent_on_geneva_day,reply_received_on_geneva_day",
      'AL NOR 1/2026,AL,Norway,"Special Rapporteur on freedom of expression; Working Group on ""X"", Y",2026-12-01,',
      `UA OTH 2/2026,UA,"'=HYPERLINK(""x"")",,2026-06-01,2026-08-01`,
      "",
    ]);
  });

  it("takes the Geneva calendar day at midnight", () => {
    expect(genevaDay(new Date("2026-11-30T22:59:59Z"))).toBe("2026-11-30");
    expect(genevaDay(new Date("2026-11-30T23:00:00Z"))).toBe("2026-12-01");
  });
});
