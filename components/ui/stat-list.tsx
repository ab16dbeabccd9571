import { getFormatter } from "next-intl/server";

export async function StatList({ items }: { items: { label: string; value: number; testId?: string }[] }) {
  const format = await getFormatter();
  return (
    <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {items.map((item) => (
        <div key={item.label} className="rounded border border-slate-200 bg-un-sky p-4">
          <dt className="text-sm text-slate-700">{item.label}</dt>
          <dd className="text-3xl font-semibold text-un-blue-dark" data-testid={item.testId}>
            {format.number(item.value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
