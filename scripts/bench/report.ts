// The benchmark's table, the API / raw-SQL ratio, and the issue's targets as PASS / FAIL / SKIP.
import type { Measurement } from "./load";

export const TARGETS = {
  apiSearch: "API search (q)",
  pageSearch: "search page (q)",
  sqlSearch: "raw SQL search (q)",
} as const;

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
    `${r.errors}/${r.non2xx}${r.non2xx > 0 && r.statusCodes ? ` (${Object.entries(r.statusCodes).filter(([c]) => !c.startsWith("2")).map(([c, n]) => `${c}×${n}`).join(" ")})` : ""}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line), ...skipped.map((s) => `${s}: not available (404) — skipped`)].join("\n");
}

export type Check = { name: string; status: "PASS" | "FAIL" | "SKIP"; detail: string };

function find(rows: Measurement[], target: string, connections: number) {
  return rows.find((r) => r.target === target && r.connections === connections);
}

export function ratios(rows: Measurement[], levels: number[]): string[] {
  return levels.map((c) => {
    const api = find(rows, TARGETS.apiSearch, c);
    const sql = find(rows, TARGETS.sqlSearch, c);
    if (!api) return `API / raw SQL throughput at ${c} connections: n/a (API not measured)`;
    if (!sql || sql.rps === 0) return `API / raw SQL throughput at ${c} connections: n/a (raw SQL not measured)`;
    return `API / raw SQL throughput at ${c} connections: ${api.rps.toFixed(1)} / ${sql.rps.toFixed(1)} = ${((100 * api.rps) / sql.rps).toFixed(0)} %`;
  });
}

/** Issue 4's targets: API p95 ≤ 100 ms at 16, API ≥ 40 % of raw SQL, search page p95 ≤ 250 ms at 16. */
export function checks(rows: Measurement[], levels: number[]): Check[] {
  const out: Check[] = [];
  const api16 = find(rows, TARGETS.apiSearch, 16);
  out.push(
    api16
      ? { name: "API full-text search p95 ≤ 100 ms at 16 connections", status: api16.p95 <= 100 && api16.errors + api16.non2xx === 0 ? "PASS" : "FAIL", detail: `${p95(api16)}${api16.errors + api16.non2xx ? `, ${api16.errors + api16.non2xx} errors/non-2xx` : ""}` }
      : { name: "API full-text search p95 ≤ 100 ms at 16 connections", status: "SKIP", detail: "API not available" },
  );
  for (const c of levels) {
    const api = find(rows, TARGETS.apiSearch, c);
    const sql = find(rows, TARGETS.sqlSearch, c);
    const name = `API throughput ≥ 40 % of raw SQL at ${c} connections`;
    if (!api || !sql || sql.rps === 0) out.push({ name, status: "SKIP", detail: !api ? "API not available" : "raw SQL not measured" });
    else {
      const pct = (100 * api.rps) / sql.rps;
      out.push({ name, status: pct >= 40 ? "PASS" : "FAIL", detail: `${pct.toFixed(0)} %` });
    }
  }
  const page16 = find(rows, TARGETS.pageSearch, 16);
  out.push(
    page16
      ? { name: "search page p95 ≤ 250 ms at 16 connections", status: page16.p95 <= 250 && page16.errors + page16.non2xx === 0 ? "PASS" : "FAIL", detail: `${p95(page16)}${page16.errors + page16.non2xx ? `, ${page16.errors + page16.non2xx} errors/non-2xx` : ""}` }
      : { name: "search page p95 ≤ 250 ms at 16 connections", status: "SKIP", detail: "not measured" },
  );
  return out;
}
