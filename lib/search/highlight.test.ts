import { describe, expect, it } from "vitest";
import { escapeHtml, highlightToHtml, START_SEL, STOP_SEL } from "./highlight";

const mark = (w: string) => `${START_SEL}${w}${STOP_SEL}`;

describe("highlightToHtml", () => {
  it("escapes the text and marks only the matching words", () => {
    expect(highlightToHtml(`${mark("Manifestations")} «pacifiques» <b>&</b>`)).toBe(
      "<mark>Manifestations</mark> «pacifiques» &lt;b&gt;&amp;&lt;/b&gt;",
    );
  });
  it("cannot be turned into markup by the stored text", () => {
    expect(highlightToHtml(`${mark("<img src=x onerror=alert(1)>")}`)).toBe("<mark>&lt;img src=x onerror=alert(1)&gt;</mark>");
    expect(highlightToHtml(`a${START_SEL}b`)).toBe("ab");
    expect(highlightToHtml(`"'`)).toBe("&quot;&#39;");
  });
  it("escapes plain text the same way", () => {
    expect(escapeHtml("<script>")).toBe("&lt;script&gt;");
  });
});
