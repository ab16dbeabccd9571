/** Figures already formatted (numbers, days, "not applicable"), each with its label. */
export function FigureList({ items }: { items: { label: string; value: string; testId: string }[] }) {
  return (
    <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {items.map((item) => (
        <div key={item.testId} className="rounded border border-slate-200 bg-un-sky p-4">
          <dt className="text-sm text-slate-700">{item.label}</dt>
          <dd className="text-2xl font-semibold text-un-blue-dark" data-testid={item.testId}>
            {item.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
