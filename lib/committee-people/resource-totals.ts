// Totals of external resources (issue 18, item 5; CC2 in docs/rules.md): amounts in US dollars are
// added up; contributions in kind have no amount and are counted, never valued.

export type ResourceFacts = { mandateId: string; year: number; amountUsd: number | null };
export type ResourceTotal = { mandateId: string; year: number; amountUsd: number; declarations: number; inKindOnly: number };

/** One total per mandate and year, newest year first, then by mandate id. */
export function resourceTotals(rows: readonly ResourceFacts[]): ResourceTotal[] {
  const totals = new Map<string, ResourceTotal>();
  for (const r of rows) {
    const key = `${r.year}:${r.mandateId}`;
    const total = totals.get(key) ?? { mandateId: r.mandateId, year: r.year, amountUsd: 0, declarations: 0, inKindOnly: 0 };
    total.declarations += 1;
    if (r.amountUsd === null) total.inKindOnly += 1;
    else total.amountUsd += r.amountUsd;
    totals.set(key, total);
  }
  return [...totals.values()].sort((a, b) => b.year - a.year || a.mandateId.localeCompare(b.mandateId));
}

/** The grand total of a list of declarations (a year's, a mandate's). */
export function grandTotal(rows: readonly ResourceFacts[]): { amountUsd: number; declarations: number; inKindOnly: number } {
  return rows.reduce(
    (acc, r) => ({
      amountUsd: acc.amountUsd + (r.amountUsd ?? 0),
      declarations: acc.declarations + 1,
      inKindOnly: acc.inKindOnly + (r.amountUsd === null ? 1 : 0),
    }),
    { amountUsd: 0, declarations: 0, inKindOnly: 0 },
  );
}
