// The Atom feed (RFC 4287) of calls for input (R12), newest first, with the same filters as the page.
import { xmlEscape } from "../open-data/atom";

export type FeedCall = {
  id: string;
  title: string;
  purpose: string;
  audience: string;
  opensAt: Date;
  deadline: Date;
  createdAt: Date;
  mandates: { mandate: { titleEn: string } }[];
  themes: { theme: { nameEn: string } }[];
};

export function callsAtom({ baseUrl, selfUrl, calls, now }: { baseUrl: string; selfUrl: string; calls: FeedCall[]; now: Date }): string {
  const updated = calls.reduce((max, c) => (c.opensAt > max ? c.opensAt : max), calls[0]?.opensAt ?? now);
  const geneva = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Zurich" });
  const entries = calls.map((c) => {
    const url = `${baseUrl}/calls-for-input/${c.id}`;
    const author = c.mandates.map((m) => m.mandate.titleEn).join("; ") || "Special Procedures";
    return [
      "<entry>",
      `<id>${xmlEscape(url)}</id>`,
      `<title>${xmlEscape(c.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${xmlEscape(url)}"/>`,
      `<published>${c.opensAt.toISOString()}</published>`,
      `<updated>${c.opensAt.toISOString()}</updated>`,
      `<author><name>${xmlEscape(author)}</name></author>`,
      ...c.themes.map((t) => `<category term="${xmlEscape(t.theme.nameEn)}"/>`),
      `<summary type="text">${xmlEscape(`${c.purpose}\nDeadline: ${geneva.format(c.deadline)} (Geneva time).`)}</summary>`,
      "</entry>",
    ].join("");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<id>${xmlEscape(selfUrl)}</id>`,
    "<title>Special Procedures — calls for input</title>",
    `<updated>${updated.toISOString()}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${xmlEscape(selfUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlEscape(`${baseUrl}/calls-for-input`)}"/>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
