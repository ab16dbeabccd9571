import { headCell } from "./format";

/** The frame every joint-report section shares: one header row of column labels, then the rows. */
export function ReportTable({ headings, children }: { headings: string[]; children: React.ReactNode }) {
  return (
    <table className="w-full border-collapse text-sm">
      <thead>
        <tr className="border-b border-slate-300">
          {headings.map((h) => (
            <th key={h} scope="col" className={headCell}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
