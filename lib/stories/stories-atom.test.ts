import { describe, expect, it } from "vitest";
import { storiesAtom } from "./stories-atom";
import type { PublicStory } from "./find-public-stories";

const story = (over: Partial<PublicStory> = {}): PublicStory => ({
  id: "s1",
  title: "Water for <all> & everyone",
  recommendation: "r",
  whatChanged: "Connected 25,000 households.",
  evidenceLinks: null,
  publishedAt: new Date("2026-03-01T10:00:00Z"),
  sample: false,
  mandate: { slug: "water", titleEn: "Water", titleFr: "Eau", titleEs: "Agua", titleAr: "المياه", titleZh: "水", titleRu: "Вода" },
  state: { iso3: "NOR", nameEn: "Norway", nameFr: "Norvège", nameEs: "Noruega", nameAr: "النرويج", nameZh: "挪威", nameRu: "Норвегия" },
  themes: [
    { theme: { slug: "sdg-6", nameEn: "Clean water", nameFr: "Eau", nameEs: "Agua", nameAr: "المياه", nameZh: "水", nameRu: "Вода" } },
  ],
  ...over,
});

describe("storiesAtom", () => {
  it("writes a well-formed feed with escaped text, one entry per story and its themes as categories", () => {
    const xml = storiesAtom({
      baseUrl: "https://sp.example",
      selfUrl: "https://sp.example/api/stories/feed.atom?theme=sdg-6",
      title: "Good stories",
      entries: [story()],
      now: new Date(),
    });
    expect(xml).toContain("<title>Water for &lt;all&gt; &amp; everyone</title>");
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://sp.example/stories/s1"/>');
    expect(xml).toContain('<category term="sdg-6" label="Clean water"/>');
    expect(xml).toContain("<updated>2026-03-01T10:00:00.000Z</updated>");
    expect(xml.match(/<entry>/g)).toHaveLength(1);
    expect(xml).toContain('self" type="application/atom+xml" href="https://sp.example/api/stories/feed.atom?theme=sdg-6"');
  });
  it("is valid with no entries", () => {
    const xml = storiesAtom({
      baseUrl: "https://sp.example",
      selfUrl: "https://sp.example/x",
      title: "t",
      entries: [],
      now: new Date("2026-01-01T00:00:00Z"),
    });
    expect(xml).toContain("<updated>2026-01-01T00:00:00.000Z</updated>");
    expect(xml).not.toContain("<entry>");
  });
});
