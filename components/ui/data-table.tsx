import type { ReactNode } from "react";

/**
 * One column of a DataTable. `rowHeader` makes its cells the row's header (`<th scope="row">`), so a
 * screen reader announces, say, the letter's reference with each of its other cells; give it to the
 * column that names the row. `align: "end"` is for numbers (tabular figures, aligned at the end in
 * either reading direction).
 */
export type Column<T> = {
  key: string;
  header: ReactNode;
  /** The heading is for screen readers only (a column of buttons, say); it is still there. */
  hiddenHeader?: boolean;
  cell: (row: T, index: number) => ReactNode;
  rowHeader?: boolean;
  align?: "start" | "end";
  /** Its cells do not wrap (dates, references); its heading still may. */
  nowrap?: boolean;
  /** Extra classes for this column's cells, not its heading (`break-all`, `font-mono`…). */
  className?: string;
};

type RowAttributes = { "data-testid"?: string; "aria-current"?: "true"; className?: string } & Record<`data-${string}`, string | undefined>;

/**
 * The portal's table: a caption (visible, or for screen readers only), column headings with
 * `scope="col"`, one row header per row, logical padding and alignment (right to left reads the same),
 * and what to say when there are no rows instead of an empty grid.
 */
export function DataTable<T>({
  caption,
  captionHidden = false,
  columns,
  rows,
  rowKey,
  rowAttributes,
  empty,
  emptyRow,
  compact = false,
  testId,
}: {
  caption?: ReactNode;
  captionHidden?: boolean;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T, index: number) => string | number;
  rowAttributes?: (row: T) => RowAttributes;
  /** Shown instead of the table when there are no rows; without it, the table stands with its headings. */
  empty?: ReactNode;
  /**
   * Shown in one row across all the columns when there are no rows: for a table that keeps its caption
   * and headings even when empty (one of several headed by their captions, say).
   */
  emptyRow?: ReactNode;
  /** Tighter rows, for tables of figures. */
  compact?: boolean;
  testId?: string;
}) {
  if (rows.length === 0 && empty !== undefined) return <>{typeof empty === "string" ? <p>{empty}</p> : empty}</>;
  const pad = compact ? "py-1" : "py-2";
  // A column's `nowrap` and `className` are for its cells: its heading keeps the table's own font and wraps.
  const cellClass = (c: Column<T>, last: boolean, body: boolean) =>
    [
      pad,
      last ? "" : "pe-3",
      c.align === "end" ? "text-end tabular-nums" : "text-start",
      body && c.nowrap ? "whitespace-nowrap" : "",
      body ? (c.className ?? "") : "",
    ]
      .filter(Boolean)
      .join(" ");
  return (
    <table className="w-full border-collapse text-sm" data-testid={testId}>
      {caption !== undefined && <caption className={captionHidden ? "sr-only" : "mb-2 text-start font-medium"}>{caption}</caption>}
      <thead>
        <tr className="border-b border-slate-300">
          {columns.map((c, i) => (
            <th key={c.key} scope="col" className={`${cellClass(c, i === columns.length - 1, false)} font-medium`}>
              {c.hiddenHeader ? <span className="sr-only">{c.header}</span> : c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && emptyRow !== undefined && (
          <tr>
            <td colSpan={columns.length} className={`${pad} text-start`}>
              {emptyRow}
            </td>
          </tr>
        )}
        {rows.map((row, r) => {
          const { className, ...attributes } = rowAttributes?.(row) ?? {};
          return (
            <tr key={rowKey(row, r)} className={`border-b border-slate-100 align-top ${className ?? ""}`.trim()} {...attributes}>
              {columns.map((c, i) => {
                const classes = cellClass(c, i === columns.length - 1, true);
                return c.rowHeader ? (
                  <th key={c.key} scope="row" className={`${classes} font-normal`}>
                    {c.cell(row, r)}
                  </th>
                ) : (
                  <td key={c.key} className={classes}>
                    {c.cell(row, r)}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
