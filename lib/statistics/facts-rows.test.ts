import { describe, expect, it } from "vitest";
import type { FactsAndFigures, YearFigures } from "./get-facts-and-figures";
import { factRows } from "./facts-rows";
import { factsCsv } from "./facts-csv";
import { replyFigures } from "./cooperation";

const names = (en: string) => ({ nameEn: en, nameFr: en, nameEs: en, nameAr: en, nameZh: en, nameRu: en });
// Every letter's reply period has ended but one of each type, answered early (R18: outside the rates).
const type = (sent: number, replied: number) =>
  replyFigures({
    sent,
    replied,
    periodEnded: Math.max(0, sent - 1),
    repliedOfEnded: Math.max(0, replied - 1),
    repliedInTime: Math.max(0, replied - 1),
  });

function year(y: number, o: { norway: number; brazil: number }): YearFigures {
  const byState = [
    ...(o.norway ? [{ iso3: "NOR", ...names("Norway"), ...type(o.norway, 0) }] : []),
    ...(o.brazil ? [{ iso3: "BRA", ...names("Brazil"), ...type(o.brazil, 0) }] : []),
  ];
  const sent = o.norway + o.brazil;
  return {
    year: y,
    communications: {
      ...type(sent, 0),
      medianDaysToReply: null,
      byType: { AL: type(sent, 0), UA: type(0, 0), OL: type(0, 0) },
      byState,
      toOtherActors: 0,
      byMandate: [],
    },
    visits: {
      requested: 0,
      statesAsked: 0,
      accepted: 0,
      postponed: 0,
      declined: 0,
      statesNotAnswering: 0,
      carriedOut: 0,
      statesVisited: 0,
    },
    standingInvitations: { extended: 0, withdrawn: 0, inForce: 0, effective: 0 },
    neverVisited: [],
    reprisals: {
      total: 0,
      byRegion: { AFRICAN: 0, ASIA_PACIFIC: 0, EASTERN_EUROPEAN: 0, LATIN_AMERICAN_CARIBBEAN: 0, WESTERN_EUROPEAN_OTHERS: 0 },
      byState: [],
    },
    calls: { issued: 0, answers: 0, answersFromStates: 0, answersFromOthers: 0, calls: [] },
    caseSubmissions: { received: 0, urgent: 0 },
  };
}

const facts: FactsAndFigures = {
  year: 2025,
  current: year(2025, { norway: 2, brazil: 0 }),
  previous: year(2024, { norway: 1, brazil: 3 }),
  firstVisited: [],
};

describe("the rows of facts and figures", () => {
  const rows = factRows(facts);

  it("puts each figure beside the year before", () => {
    expect(rows.find((r) => r.figure === "sent")).toMatchObject({
      current: 2,
      previous: 4,
      unit: "count",
      href: "/communications?year=2025",
    });
  });

  it("keeps a State that had letters only the year before, at zero this year", () => {
    const states = rows.filter((r) => r.figure === "sentToState").map((r) => [r.subject?.code, r.current, r.previous]);
    expect(states).toEqual([
      ["NOR", 2, 1],
      ["BRA", 0, 3],
    ]);
  });

  it("says what each reply rate is over: the letters whose reply period has ended, each year", () => {
    expect(rows.find((r) => r.figure === "replyPeriodEnded")).toMatchObject({ current: 1, previous: 3, href: null });
    expect(rows.find((r) => r.figure === "replyRate")).toMatchObject({ current: 0, previous: 0, base: { current: 1, previous: 3 } });
    expect(rows.find((r) => r.figure === "replyRateByType" && r.subject?.code === "UA")).toMatchObject({
      current: null,
      base: { current: 0, previous: 0 },
    });
    expect(rows.find((r) => r.figure === "sent")).not.toHaveProperty("base");
  });

  it("gives no link where the records are not public", () => {
    expect(rows.find((r) => r.figure === "received")?.href).toBeNull();
    expect(rows.find((r) => r.figure === "medianDaysToReply")).toMatchObject({ current: null, previous: null, href: null, unit: "days" });
  });

  it("writes every row as a CSV line under machine-name headers", () => {
    const lines = factsCsv(facts).slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(rows.length + 1);
    expect(lines).toContain("2025,communications,sentToState,BRA,Brazil,0,3,count,/communications?year=2025&addressee=state%3ABRA");
    expect(lines).toContain("2025,communications,medianDaysToReply,,,,,days,");
  });
});
