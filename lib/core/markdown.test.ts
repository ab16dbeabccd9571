import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("escapes raw HTML such as a <script> tag", () => {
    const html = renderMarkdown('Hello <script>alert("x")</script> <img src=x onerror=alert(1)>');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html;base64,PHNjcmlwdD4=",
    "vbscript:x",
    "/relative/path",
    "//evil.example",
  ])("does not turn [x](%s) into a link", (href) => {
    const html = renderMarkdown(`[x](${href})`);
    expect(html).not.toContain("<a");
  });

  it("keeps http(s) and mailto links, with rel noopener noreferrer nofollow", () => {
    const html = renderMarkdown("[OHCHR](https://www.ohchr.org/) and [mail](mailto:sp@ohchr.example)");
    expect(html).toContain('<a href="https://www.ohchr.org/" rel="noopener noreferrer nofollow">OHCHR</a>');
    expect(html).toContain('<a href="mailto:sp@ohchr.example" rel="noopener noreferrer nofollow">mail</a>');
  });

  it("links bare URLs (linkify) with the same rel", () => {
    expect(renderMarkdown("See https://spcommreports.ohchr.org today")).toContain(
      '<a href="https://spcommreports.ohchr.org" rel="noopener noreferrer nofollow">https://spcommreports.ohchr.org</a>',
    );
  });

  it("renders headings, lists and emphasis, without typographic replacements", () => {
    const html = renderMarkdown('# Allegations\n\n- first\n- second\n\n1. one\n\n**bold** "quoted" (c) --');
    expect(html).toContain("<h1>Allegations</h1>");
    expect(html).toContain("<ul>\n<li>first</li>\n<li>second</li>\n</ul>");
    expect(html).toContain("<ol>\n<li>one</li>\n</ol>");
    expect(html).toContain("<strong>bold</strong> &quot;quoted&quot; (c) --");
  });

  it("does not load pictures from elsewhere", () => {
    expect(renderMarkdown("![pixel](https://tracker.example/p.gif)")).not.toContain("<img");
  });
});
