// Upsert of reference rows by a unique key with as few round-trips as possible: one read, one
// createMany for the missing rows, and an update only for rows whose values differ. Re-running with
// unchanged data therefore writes nothing.

type Row = Record<string, unknown>;

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

export function diffByKey<E extends Row, T extends Row>(
  existing: readonly E[],
  desired: readonly T[],
  key: (row: E | T) => string,
  fields: readonly (keyof T & keyof E & string)[],
): { create: T[]; update: { current: E; changes: Partial<T> }[] } {
  const byKey = new Map(existing.map((row) => [key(row), row]));
  const create: T[] = [];
  const update: { current: E; changes: Partial<T> }[] = [];
  for (const row of desired) {
    const current = byKey.get(key(row));
    if (!current) {
      create.push(row);
      continue;
    }
    const changes: Partial<T> = {};
    let changed = false;
    for (const field of fields) {
      if (!same(current[field], row[field])) {
        changes[field] = row[field];
        changed = true;
      }
    }
    if (changed) update.push({ current, changes });
  }
  return { create, update };
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
