import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTable, type Column } from "./data-table";

type Letter = { ref: string; state: string; replies: number };
const columns: Column<Letter>[] = [
  { key: "ref", header: "Reference", cell: (l) => l.ref, rowHeader: true, nowrap: true, className: "font-mono" },
  { key: "state", header: "State", cell: (l) => l.state },
  { key: "replies", header: "Replies", cell: (l) => l.replies, align: "end" },
  { key: "actions", header: "Actions", hiddenHeader: true, cell: () => <button type="button">Open</button> },
];
const rows: Letter[] = [
  { ref: "AL NOR 1/2026", state: "Norway", replies: 2 },
  { ref: "UA BRA 3/2026", state: "Brazil", replies: 0 },
];

describe("DataTable", () => {
  it("heads each column and each row, with the caption for screen readers", () => {
    const html = renderToStaticMarkup(
      <DataTable caption="Letters" captionHidden columns={columns} rows={rows} rowKey={(l) => l.ref} testId="letters" />,
    );
    expect(html).toContain('<caption class="sr-only">Letters</caption>');
    expect(html.match(/<th scope="col"/g)).toHaveLength(4);
    expect(html.match(/<th scope="row"[^>]*>AL NOR 1\/2026<\/th>/)).not.toBeNull();
    expect(html).toContain('<span class="sr-only">Actions</span>');
    expect(html).toContain('data-testid="letters"');
    // Logical properties only: the same markup reads right to left.
    expect(html).not.toMatch(/\b(pr|pl|text-left|text-right)-?/);
    expect(html).toMatch(/class="py-2 pe-3 text-end tabular-nums">2</);
    // A column's own classes are for its cells; its heading keeps the table's font and wraps.
    expect(html).toContain('<th scope="col" class="py-2 pe-3 text-start font-medium">Reference</th>');
    expect(html).toContain('<th scope="row" class="py-2 pe-3 text-start whitespace-nowrap font-mono font-normal">AL NOR 1/2026</th>');
  });

  it("says what to say when there are no rows, and keeps the headings when told nothing", () => {
    expect(renderToStaticMarkup(<DataTable columns={columns} rows={[]} rowKey={(l) => l.ref} empty="No letters yet." />)).toBe(
      "<p>No letters yet.</p>",
    );
    const bare = renderToStaticMarkup(<DataTable columns={columns} rows={[]} rowKey={(l) => l.ref} />);
    expect(bare).toContain("<tbody></tbody>");
    expect(bare).toContain("Reference");
  });

  it("can say it in one row across the columns, keeping the caption and headings", () => {
    const html = renderToStaticMarkup(
      <DataTable caption="Letters" columns={columns} rows={[]} rowKey={(l) => l.ref} emptyRow="None." testId="letters" />,
    );
    expect(html).toContain('<caption class="mb-2 text-start font-medium">Letters</caption>');
    expect(html.match(/<th scope="col"/g)).toHaveLength(4);
    expect(html).toContain('<tbody><tr><td colSpan="4" class="py-2 text-start">None.</td></tr></tbody>');
    // With rows, no such row.
    expect(renderToStaticMarkup(<DataTable columns={columns} rows={rows} rowKey={(l) => l.ref} emptyRow="None." />)).not.toContain("None.");
  });

  it("passes a row's test id and data attributes to its row", () => {
    const html = renderToStaticMarkup(
      <DataTable
        columns={columns}
        rows={rows}
        rowKey={(l) => l.ref}
        rowAttributes={(l) => ({ "data-testid": "letter-row", "data-state": l.state, className: "bg-amber-50" })}
      />,
    );
    expect(
      html.match(/<tr class="border-b border-slate-100 align-top bg-amber-50" data-testid="letter-row" data-state="Norway">/),
    ).not.toBeNull();
  });
});
