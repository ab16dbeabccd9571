import { atomFeed } from "../open-data/atom";
import type { PublicStory } from "./find-public-stories";

/** The Atom feed (RFC 4287) of published good stories (R13), built from public fields only. */
export function storiesAtom({
  baseUrl,
  selfUrl,
  title,
  entries,
  now,
}: {
  baseUrl: string;
  selfUrl: string;
  title: string;
  entries: PublicStory[];
  now: Date;
}): string {
  return atomFeed({
    selfUrl,
    title,
    now,
    alternateUrl: `${baseUrl}/stories`,
    entries: entries.map((e) => ({
      url: `${baseUrl}/stories/${e.id}`,
      title: e.title,
      published: e.publishedAt ?? now,
      author: e.mandate?.titleEn ?? "Special Procedures",
      categories: e.themes.map((t) => ({ term: t.theme.slug, label: t.theme.nameEn })),
      summary: `${e.state?.nameEn ?? ""}: ${e.whatChanged}`,
    })),
  });
}
