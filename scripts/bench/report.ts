// The benchmark's table, the API / raw-SQL ratio, and the issue's targets as PASS / FAIL / SKIP.
import type { Measurement } from "./load";

export const TARGETS = {
  apiSearch: "API search (q)",
  apiSearchMiss: "API search (q), cache miss",
  pageSearch: "search page (q)",
  pageSearchMiss: "search page (q), cache miss",
  sqlSearch: "raw SQL search (q)",
} as const;

/** The targets are checked twice: as visitors ask (a repeated search) and with every request new. */
const VARIANTS = [
  { api: TARGETS.apiSearch, page: TARGETS.pageSearch, label: "repeated search (public cache)" },
  { api: TARGETS.apiSearchMiss, page: TARGETS.pageSearchMiss, label: "every request a new search (cache miss)" },
] as const;

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : "-");
const p95 = (r: Measurement) => (r.requests === 0 ? "no request answered in the duration" : `p95 ${ms(r.p95)} ms`);

export function formatTable(rows: Measurement[], skipped: string[]): string {
  const header = ["target", "conn", "requests", "p50 ms", "p95 ms", "p99 ms", "req/s", "in flight at end", "errors/non-2xx"];
  const body = rows.map((r) => [
    r.target,
    String(r.connections),
    String(r.requests),
    ms(r.p50),
    ms(r.p95),
    ms(r.p99),
    r.rps.toFixed(1),
    String(r.unanswered),
    `${r.errors}/${r.non2xx}${
      r.non2xx > 0 && r.statusCodes
        ? ` (${Object.entries(r.statusCodes)
            .filter(([c]) => !c.startsWith("2"))
            .map(([c, n]) => `${c}×${n}`)
            .join(" ")})`
        : ""
    }`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [
    line(header),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...body.map(line),
    ...skipped.map((s) => `${s}: not available (404) — skipped`),
  ].join("\n");
}

export type Check = { name: string; status: "PASS" | "FAIL" | "SKIP"; detail: string };

function find(rows: Measurement[], target: string, connections: number) {
  return rows.find((r) => r.target === target && r.connections === connections);
}

export function ratios(rows: Measurement[], levels: number[]): string[] {
  return VARIANTS.flatMap((v) =>
    levels.map((c) => {
      const api = find(rows, v.api, c);
      const sql = find(rows, TARGETS.sqlSearch, c);
      const what = `API / raw SQL throughput at ${c} connections, ${v.label}`;
      if (!api) return `${what}: n/a (API not measured)`;
      if (!sql || sql.rps === 0) return `${what}: n/a (raw SQL not measured)`;
      return `${what}: ${api.rps.toFixed(1)} / ${sql.rps.toFixed(1)} = ${((100 * api.rps) / sql.rps).toFixed(0)} %`;
    }),
  );
}

/**
 * Issue 4's targets: API p95 ≤ 100 ms at 16, API ≥ 40 % of raw SQL, search page p95 ≤ 250 ms at 16 —
 * for a repeated search and for a search the public cache has never seen.
 */
export function checks(rows: Measurement[], levels: number[]): Check[] {
  const out: Check[] = [];
  const latency = (target: string, limit: number, name: string) => {
    const r = find(rows, target, 16);
    if (!r) return out.push({ name, status: "SKIP", detail: "not measured" });
    const bad = r.errors + r.non2xx;
    return out.push({
      name,
      status: r.p95 <= limit && bad === 0 ? "PASS" : "FAIL",
      detail: `${p95(r)}${bad ? `, ${bad} errors/non-2xx` : ""}`,
    });
  };
  for (const v of VARIANTS) {
    latency(v.api, 100, `API full-text search p95 ≤ 100 ms at 16 connections, ${v.label}`);
    for (const c of levels) {
      const api = find(rows, v.api, c);
      const sql = find(rows, TARGETS.sqlSearch, c);
      const name = `API throughput ≥ 40 % of raw SQL at ${c} connections, ${v.label}`;
      if (!api || !sql || sql.rps === 0) out.push({ name, status: "SKIP", detail: !api ? "API not available" : "raw SQL not measured" });
      else {
        const pct = (100 * api.rps) / sql.rps;
        out.push({ name, status: pct >= 40 ? "PASS" : "FAIL", detail: `${pct.toFixed(0)} %` });
      }
    }
    latency(v.page, 250, `search page p95 ≤ 250 ms at 16 connections, ${v.label}`);
  }
  return out;
}
