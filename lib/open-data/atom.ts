import type { ApiCommunication } from "./communication-rows";

// The Atom feed (RFC 4287) of newly published communications (R5), optionally per State or mandate
// (R6). Every text is XML-escaped, and characters XML 1.0 forbids are dropped, so any stored text
// gives a well-formed document.

export function xmlEscape(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

type FeedOptions = {
  /** The portal's public address, without a trailing slash. */
  baseUrl: string;
  /** This feed's own URL (with its filters): the feed's id and rel="self". */
  selfUrl: string;
  title: string;
  entries: ApiCommunication[];
  now: Date;
};

export function communicationsAtom({ baseUrl, selfUrl, title, entries, now }: FeedOptions): string {
  const updated = entries.reduce((max, e) => (e.publishedAt > max ? e.publishedAt : max), entries[0]?.publishedAt ?? now);
  const items = entries.map((e) => {
    const url = `${baseUrl}/communications/${e.id}`;
    const categories = e.themes.map((t) => `<category term="${xmlEscape(t)}"/>`).join("");
    return [
      "<entry>",
      `<id>${xmlEscape(url)}</id>`,
      `<title>${xmlEscape(`${e.reference} — ${e.subject}`)}</title>`,
      `<link rel="alternate" type="text/html" href="${xmlEscape(url)}"/>`,
      `<published>${e.publishedAt.toISOString()}</published>`,
      `<updated>${e.publishedAt.toISOString()}</updated>`,
      `<author><name>${xmlEscape(e.mandates.map((m) => m.title).join("; ") || "Special Procedures")}</name></author>`,
      categories,
      `<summary type="text">${xmlEscape(e.summary)}</summary>`,
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
    `<link rel="alternate" type="text/html" href="${xmlEscape(`${baseUrl}/communications`)}"/>`,
    ...items,
    "</feed>",
    "",
  ].join("\n");
}
