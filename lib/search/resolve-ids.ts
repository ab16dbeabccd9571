import "server-only";
import { prisma } from "../db/client";
import type { SearchParams } from "./schemas";
import { publicMemo } from "../public-cache/memo";

// ISO3 and slugs → ids of States, mandates and themes, remembered like all public data
// (lib/public-cache/memo.ts).
type Ids = { states: Map<string, string>; mandates: Map<string, string>; themes: Map<string, string> };
const ids = publicMemo<Ids>({ max: 1 });

function referenceIds(): Promise<Ids> {
  return ids.get("ids", () =>
    Promise.all([
      prisma.state.findMany({ select: { id: true, iso3: true } }),
      prisma.mandate.findMany({ select: { id: true, slug: true } }),
      prisma.theme.findMany({ select: { id: true, slug: true } }),
    ]).then(([states, mandates, themes]) => ({
      states: new Map(states.map((r) => [r.iso3, r.id])),
      mandates: new Map(mandates.map((r) => [r.slug, r.id])),
      themes: new Map(themes.map((r) => [r.slug, r.id])),
    })),
  );
}

/**
 * The search's filters with the ids of the State, mandate and theme looked up, so the statements
 * compare columns with values whose frequency PostgreSQL knows (an estimate of 16,000 rows for a
 * busy State, not a guess of 850 — which would make the search count 16,000 rows and sort them).
 */
export async function withResolvedIds(params: SearchParams): Promise<SearchParams> {
  const state = params.addressee?.startsWith("state:") ? params.addressee.slice(6) : undefined;
  if (!state && !params.mandate && !params.theme) return params;
  const ids = await referenceIds();
  return {
    ...params,
    ...(state ? { resolvedStateId: ids.states.get(state) ?? null } : {}),
    ...(params.mandate ? { resolvedMandateId: ids.mandates.get(params.mandate) ?? null } : {}),
    ...(params.theme ? { resolvedThemeId: ids.themes.get(params.theme) ?? null } : {}),
  };
}
