import { escapeHtml } from "@/lib/search/highlight";

// Long lists of choices (200 States and the other actors, 60 mandates) rendered once as HTML and
// reused: as React elements they cost the search page a third of its render (each <option> is an
// element serialised for the browser, read back and written out as HTML on every request); as one
// string they cost a copy. The lists themselves are cached (lib/search/find-search-facets.ts), so
// the HTML is kept per list object and dropped with it.

export type Option = { value: string; label: string };
export type OptionGroup = { label?: string; options: Option[] };

const rendered = new WeakMap<object, string>();

function optionHtml(o: Option): string {
  return `<option value="${escapeHtml(o.value)}">${escapeHtml(o.label)}</option>`;
}

/** The <option>s (in <optgroup>s where a group has a label) of `groups`, built once per `owner`. */
export function optionsHtml(owner: object, groups: OptionGroup[]): string {
  let html = rendered.get(owner);
  if (html === undefined) {
    html = groups
      .map((g) =>
        g.label === undefined
          ? g.options.map(optionHtml).join("")
          : `<optgroup label="${escapeHtml(g.label)}">${g.options.map(optionHtml).join("")}</optgroup>`,
      )
      .join("");
    rendered.set(owner, html);
  }
  return html;
}

/**
 * `html` with the option of `value` selected, so the page shows the choice before (and without)
 * JavaScript. Only the first option with exactly that value is marked.
 */
export function withSelected(html: string, value: string | undefined): string {
  if (!value) return html;
  const marker = `<option value="${escapeHtml(value)}"`;
  const at = html.indexOf(`${marker}>`);
  return at < 0 ? html : `${html.slice(0, at)}${marker} selected="">${html.slice(at + marker.length + 1)}`;
}
