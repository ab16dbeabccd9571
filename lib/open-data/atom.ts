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

/** One entry of a feed: every text is escaped by atomFeed. */
export type AtomEntry = {
  url: string;
  title: string;
  published: Date;
  updated?: Date;
  author: string;
  categories?: { term: string; label?: string }[];
  summary: string;
};

/**
 * An Atom 1.0 document (RFC 4287) — the one writer behind every feed of the portal (communications,
 * visits, calls for input, good stories). `updated` is the newest entry's, else `now`.
 */
export function atomFeed({
  selfUrl,
  alternateUrl,
  title,
  entries,
  now,
}: {
  selfUrl: string;
  alternateUrl: string;
  title: string;
  entries: AtomEntry[];
  now: Date;
}): string {
  const updated =
    entries.reduce<Date | null>((max, e) => {
      const at = e.updated ?? e.published;
      return max === null || at > max ? at : max;
    }, null) ?? now;
  const items = entries.map((e) =>
    [
      "<entry>",
      `<id>${xmlEscape(e.url)}</id>`,
      `<title>${xmlEscape(e.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${xmlEscape(e.url)}"/>`,
      `<published>${e.published.toISOString()}</published>`,
      `<updated>${(e.updated ?? e.published).toISOString()}</updated>`,
      `<author><name>${xmlEscape(e.author)}</name></author>`,
      ...(e.categories ?? []).map((c) => `<category term="${xmlEscape(c.term)}"${c.label ? ` label="${xmlEscape(c.label)}"` : ""}/>`),
      `<summary type="text">${xmlEscape(e.summary)}</summary>`,
      "</entry>",
    ].join(""),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<id>${xmlEscape(selfUrl)}</id>`,
    `<title>${xmlEscape(title)}</title>`,
    `<updated>${updated.toISOString()}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${xmlEscape(selfUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlEscape(alternateUrl)}"/>`,
    ...items,
    "</feed>",
    "",
  ].join("\n");
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
  return atomFeed({
    selfUrl,
    title,
    now,
    alternateUrl: `${baseUrl}/communications`,
    entries: entries.map((e) => ({
      url: `${baseUrl}/communications/${e.id}`,
      title: `${e.reference} — ${e.subject}`,
      published: e.publishedAt,
      // R5: a reply received after publication is published on receipt: the entry is updated then.
      updated: e.replies.reduce((at, r) => (r.receivedAt > at ? r.receivedAt : at), e.publishedAt),
      author: e.mandates.map((m) => m.title).join("; ") || "Special Procedures",
      categories: [
        ...e.themes.map((t) => ({ term: t })),
        ...(e.replies.some((r) => r.translationStatus === "PENDING")
          ? [{ term: "translation-pending", label: "Reply published in its original language, translation pending" }]
          : []),
      ],
      summary: e.summary,
    })),
  });
}
