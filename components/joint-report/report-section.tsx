import type { ReactNode } from "react";

/** One section of the report: a heading, an optional explanation, the table or the empty state. */
export function ReportSection({
  id,
  heading,
  intro,
  empty,
  children,
}: {
  id: string;
  heading: string;
  intro?: string;
  empty: string | null;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-h`} className="space-y-3">
      <h2 id={`${id}-h`}>{heading}</h2>
      {intro ? <p className="text-slate-700">{intro}</p> : null}
      {empty ? <p>{empty}</p> : children}
    </section>
  );
}
