"use client";
import { useSyncExternalStore } from "react";
import { useLocale } from "next-intl";
import { GENEVA_TIME_ZONE } from "@/lib/core/geneva-zone";

type DateStyle = "full" | "long" | "medium" | "short";

const noSubscription = () => () => {};
/** The reader's own time zone, as the browser reports it; null on the server (it cannot know it). */
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || null;

/** An instant (and optional end) written for one time zone, the way the server writes Geneva's. */
export function formatIn(locale: string, timeZone: string, at: Date, end: Date | undefined, dateStyle: DateStyle): string {
  const start = new Intl.DateTimeFormat(locale, { dateStyle, timeStyle: "short", timeZone }).format(at);
  return end ? `${start}–${new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone }).format(end)}` : start;
}

/**
 * The same instant on the reader's own clock, beside the Geneva time the server wrote. The server
 * cannot know the reader's zone, so this renders nothing there and during hydration (the server's
 * snapshot), then the browser's zone: no hydration mismatch, and without JavaScript the Geneva time
 * stands alone. Nothing is added when the reader's clock reads the same as Geneva's.
 */
export function YourTime({ at, end, dateStyle, label }: { at: string; end?: string; dateStyle: DateStyle; label: string }) {
  const zone = useSyncExternalStore(noSubscription, browserZone, () => null);
  const locale = useLocale();
  if (!zone) return null;
  const start = new Date(at);
  const until = end ? new Date(end) : undefined;
  const local = formatIn(locale, zone, start, until, dateStyle);
  if (local === formatIn(locale, GENEVA_TIME_ZONE, start, until, dateStyle)) return null;
  return (
    <span className="text-slate-700" data-testid="your-time">
      {" "}
      · <time dateTime={at}>{local}</time> ({label.replace("{zone}", zone.replaceAll("_", " "))})
    </span>
  );
}
