import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SelectField } from "./select-field";

// The Nu Html Checker: "The first child option element of a select element with a required attribute
// … must have either an empty value attribute, or must have no text content."
const options = [
  { value: "en", label: "English" },
  { value: "fr", label: "French" },
];

describe("SelectField", () => {
  it("is required in HTML when its first option is an empty placeholder", () => {
    const html = renderToStaticMarkup(<SelectField label="Language" name="language" options={options} placeholder="Choose…" required />);
    expect(html).toMatch(/<select[^>]* required=""/);
    expect(html).toMatch(/<select[^>]*><option value="">Choose…<\/option><option value="en">/);
  });

  it("without a placeholder, is announced as required but has no required attribute", () => {
    const html = renderToStaticMarkup(<SelectField label="Language" name="language" options={options} defaultValue="en" required />);
    expect(html).not.toMatch(/<select[^>]* required/);
    expect(html).toMatch(/<select[^>]* aria-required="true"/);
    expect(html).toContain('<span aria-hidden="true" class="text-red-700"> *</span>');
  });

  it("is neither when not required", () => {
    const html = renderToStaticMarkup(<SelectField label="Language" name="language" options={options} />);
    expect(html).not.toMatch(/required/);
  });
});
