import { describe, expect, it } from "vitest";
import { optionsHtml, withSelected } from "./option-list";

describe("long option lists as HTML", () => {
  const actors = [{ value: "actor:1", label: "Acme <Mining> & Co" }];
  const states = [
    { value: "state:NOR", label: "Norway" },
    { value: "state:FRA", label: "France" },
  ];

  it("escapes values and labels, groups where a group has a label, in the given order", () => {
    const owner = {};
    expect(
      optionsHtml(owner, [
        { label: "Other actors", options: actors },
        { label: "States", options: states },
      ]),
    ).toBe(
      '<optgroup label="Other actors"><option value="actor:1">Acme &lt;Mining&gt; &amp; Co</option></optgroup>' +
        '<optgroup label="States"><option value="state:NOR">Norway</option><option value="state:FRA">France</option></optgroup>',
    );
    expect(optionsHtml({}, [{ options: states }])).toBe(
      '<option value="state:NOR">Norway</option><option value="state:FRA">France</option>',
    );
  });

  it("builds a list once per owner", () => {
    const owner = {};
    const first = optionsHtml(owner, [{ options: states }]);
    expect(optionsHtml(owner, [{ options: actors }])).toBe(first);
  });

  it("marks the chosen value selected, and nothing when the value is empty or unknown", () => {
    const html = optionsHtml({}, [{ options: states }]);
    expect(withSelected(html, "state:FRA")).toBe(
      '<option value="state:NOR">Norway</option><option value="state:FRA" selected="">France</option>',
    );
    expect(withSelected(html, undefined)).toBe(html);
    expect(withSelected(html, "state:XXX")).toBe(html);
    expect(withSelected(html, '"><script>')).toBe(html);
  });
});
