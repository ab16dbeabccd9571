import { xmlEscape } from "../open-data/atom";
import type { PublicStory } from "./find-public-stories";

/** The Atom feed (RFC 4287) of published good stories (R13), built from public fields only. */
export function storiesAtom({ baseUrl, selfUrl, title, entries, now }: { baseUrl: string; selfUrl: string; title: string; entries: PublicStory[]; now: Date }): string {
  const updated = entries.reduce((max, e) => (e.publishedAt && e.publishedAt > max ? e.publishedAt : max), entries[0]?.publishedAt ?? now);
  const items = entries.map((e) => {
    const url = `${baseUrl}/stories/${e.id}`;
    const at = (e.publishedAt ?? now).toISOString();
    return [
      "<entry>",
      `<id>${xmlEscape(url)}</id>`,
      `<title>${xmlEscape(e.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${xmlEscape(url)}"/>`,
      `<published>${at}</published>`,
      `<updated>${at}</updated>`,
      `<author><name>${xmlEscape(e.mandate?.titleEn ?? "Special Procedures")}</name></author>`,
      e.themes.map((t) => `<category term="${xmlEscape(t.theme.slug)}" label="${xmlEscape(t.theme.nameEn)}"/>`).join(""),
      `<summary type="text">${xmlEscape(`${e.state?.nameEn ?? ""}: ${e.whatChanged}`)}</summary>`,
      "</entry>",
    ].join("");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<id>${xmlEscape(selfUrl)}</id>`,
    `<title>${xmlEscape(title)}</title>`,
    `<updated>${updated.toISOString()}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${xmlEscape(selfUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlEscape(`${baseUrl}/stories`)}"/>`,
    ...items,
    "</feed>",
    "",
  ].join("\n");
}
