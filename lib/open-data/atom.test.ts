import { describe, expect, it } from "vitest";
import { communicationsAtom, xmlEscape } from "./atom";

describe("Atom feed", () => {
  it("escapes XML and drops forbidden characters", () => {
    expect(xmlEscape(`<a href="x">Tom & 'Jerry'</a>\u0001`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;");
  });

  it("writes entries with absolute ids and links, and an empty feed still has updated", () => {
    const now = new Date("2026-05-01T00:00:00Z");
    const xml = communicationsAtom({
      baseUrl: "https://sp.example",
      selfUrl: "https://sp.example/api/v1/communications.atom?state=NOR&x=1",
      title: "T",
      now,
      entries: [
        {
          id: "11111111-1111-1111-1111-111111111111",
          reference: "AL NOR 1/2026",
          type: "AL",
          sentAt: now,
          replyDueAt: now,
          publishedAt: now,
          addressee: { kind: "state", iso3: "NOR", name: "Norway" },
          mandates: [],
          subject: "A & B",
          summary: "<b>",
          themes: ["x"],
          replies: [],
        },
      ],
    });
    expect(xml).toContain("<id>https://sp.example/communications/11111111-1111-1111-1111-111111111111</id>");
    expect(xml).toContain("<title>AL NOR 1/2026 — A &amp; B</title>");
    expect(xml).toContain('href="https://sp.example/api/v1/communications.atom?state=NOR&amp;x=1"');
    expect(xml).toContain('<summary type="text">&lt;b&gt;</summary>');
    expect(communicationsAtom({ baseUrl: "b", selfUrl: "s", title: "t", now, entries: [] })).toContain(
      `<updated>${now.toISOString()}</updated>`,
    );
  });
});
