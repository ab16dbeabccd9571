// OR of Prisma filters where a filter may be a scope meaning "everything" ({}, e.g. the secretariat's
// communicationScopeFor). Prisma 7 reads an empty filter inside OR as matching nothing — `OR: [{}]`
// counts 0 rows — so the secretariat was refused a reply's annex its own letter page links to
// (issue 13, item 11). An empty filter makes the whole OR an empty filter: everything.
export function anyOf<W extends object>(filters: W[]): W {
  if (filters.some((f) => Object.keys(f).length === 0)) return {} as W;
  return { OR: filters } as W;
}
