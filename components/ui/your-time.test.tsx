import { renderToString } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { GENEVA_TIME_ZONE } from "@/lib/core/geneva";
import { formatIn, YourTime } from "./your-time";

// 9 March 2027, 17:00 in Geneva (CET); New York is still on EST (UTC−5): 11:00 there.
const AT = new Date("2027-03-09T16:00:00Z");

describe("the reader's own time beside Geneva's", () => {
  it("sends nothing from the server, which cannot know the reader's zone: hydration starts from the same empty markup", () => {
    const html = renderToString(
      <NextIntlClientProvider locale="en" messages={{}} timeZone={GENEVA_TIME_ZONE}>
        <YourTime at={AT.toISOString()} dateStyle="medium" label="your time, {zone}" />
      </NextIntlClientProvider>,
    );
    expect(html).toBe("");
  });

  // ICU versions differ in the spaces they use (U+202F before "AM" in newer ones).
  const plain = (s: string) => s.replace(/\s/gu, " ");

  it("writes the instant on the reader's clock the way the server writes Geneva's", () => {
    expect(plain(formatIn("en", "America/New_York", AT, undefined, "medium"))).toBe("Mar 9, 2027, 11:00 AM");
    expect(plain(formatIn("en", GENEVA_TIME_ZONE, AT, undefined, "medium"))).toBe("Mar 9, 2027, 5:00 PM");
    expect(plain(formatIn("fr", "America/New_York", AT, new Date("2027-03-09T16:30:00Z"), "full"))).toBe("mardi 9 mars 2027 à 11:00–11:30");
  });
});
