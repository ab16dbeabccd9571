import { describe, expect, it } from "vitest";
import { communicationCsvLine, csvCell, csvLine, CSV_HEADER } from "./csv";
import type { ApiCommunication } from "./communication-rows";

describe("csvCell (RFC 4180, formula guard)", () => {
  it.each([
    ["plain", "plain"],
    ["a, b", '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\r\nlf", '"cr\r\nlf"'],
    ["=SUM(A1)", "'=SUM(A1)"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@cmd", "'@cmd"],
    ['=HYPERLINK("x"), y', `"'=HYPERLINK(""x""), y"`],
    ["Évaluation — ñ", "Évaluation — ñ"],
    ["", ""],
  ])("%j → %j", (input, expected) => expect(csvCell(input)).toBe(expected));

  it("leaves numbers alone and writes nothing for null", () => {
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(null)).toBe("");
    expect(csvLine(["a", null, 2])).toBe("a,,2\r\n");
  });

  it("writes a communication in the documented column order", () => {
    const c: ApiCommunication = {
      id: "x",
      reference: "AL USA 12/2026",
      type: "AL",
      sentAt: new Date("2026-01-02T03:04:05Z"),
      replyDueAt: null,
      publishedAt: new Date("2026-03-03T03:04:05Z"),
      addressee: { kind: "state", iso3: "USA", name: "United States" },
      mandates: [
        { slug: "a", title: "Housing" },
        { slug: "b", title: "Water" },
      ],
      subject: "S",
      summary: "-x",
      themes: ["t1", "t2"],
      replies: [
        { receivedAt: new Date(), language: "en", translationStatus: "NOT_NEEDED" },
        { receivedAt: new Date(), language: "no", translationStatus: "PENDING" },
      ],
    };
    expect(CSV_HEADER).toBe(
      "reference,type,sent_at,reply_due_at,published_at,addressee_kind,addressee_iso3,addressee_name,mandates,subject,summary,themes,reply_count,replies_translation_pending\r\n",
    );
    expect(communicationCsvLine(c)).toBe(
      "AL USA 12/2026,AL,2026-01-02T03:04:05.000Z,,2026-03-03T03:04:05.000Z,state,USA,United States,Housing; Water,S,'-x,t1; t2,2,1\r\n",
    );
  });
});
