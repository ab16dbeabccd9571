// The Atom feed (RFC 4287) of calls for input (R12), newest first, with the same filters as the page.
import { atomFeed } from "../open-data/atom";
import { GENEVA_TIME_ZONE } from "../core/geneva";

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
  const geneva = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: GENEVA_TIME_ZONE });
  return atomFeed({
    selfUrl,
    now,
    title: "Special Procedures — calls for input",
    alternateUrl: `${baseUrl}/calls-for-input`,
    entries: calls.map((c) => ({
      url: `${baseUrl}/calls-for-input/${c.id}`,
      title: c.title,
      published: c.opensAt,
      author: c.mandates.map((m) => m.mandate.titleEn).join("; ") || "Special Procedures",
      categories: c.themes.map((t) => ({ term: t.theme.nameEn })),
      summary: `${c.purpose}\nDeadline: ${geneva.format(c.deadline)} (Geneva time).`,
    })),
  });
}
