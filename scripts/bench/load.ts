// The two load generators of the benchmark: autocannon against the running portal, and a bounded
// loop of the search SQL through a pg.Pool. Both record every request's latency and report the same
// figures, so the rows of the table compare like with like.
import autocannon, { type Instance, type Request, type Result } from "autocannon";
import type pg from "pg";

export type Measurement = {
  target: string;
  connections: number;
  /** Completed requests (any status). */
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  /** Completed requests per second of the measured duration. */
  rps: number;
  /** Connection errors and timeouts (HTTP) or failed queries (SQL). */
  errors: number;
  non2xx: number;
  /** HTTP: requests still unanswered when the duration ended (abandoned by autocannon). */
  unanswered: number;
  statusCodes?: Record<string, number>;
};

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

function summarize(target: string, connections: number, latencies: number[], seconds: number, errors: number, non2xx: number): Measurement {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    target,
    connections,
    requests: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    rps: seconds > 0 ? sorted.length / seconds : 0,
    errors,
    non2xx,
    unanswered: 0,
  };
}

/** The instance running now, so that Ctrl-C can stop it. */
let running: Instance | null = null;
let aborted = false;

export function abortLoad(): void {
  aborted = true;
  running?.stop();
}

/** `paths` in turn; or, with `nextPath`, a new path for every request (never one asked before). */
export type HttpTarget = { name: string; url: string; paths: string[]; nextPath?: () => string };

/**
 * The same requests, each made new for the public response cache (lib/public-cache): a parameter
 * the app ignores, never repeated in this process, so every request is a cache miss that the app
 * answers with the same work as the plain search.
 */
let missCounter = 0;
export function cacheMiss(target: HttpTarget, name: string): HttpTarget {
  let i = 0;
  return {
    ...target,
    name,
    nextPath: () => {
      const path = target.paths[i++ % target.paths.length]!;
      return `${path}${path.includes("?") ? "&" : "?"}bench=${++missCounter}`;
    },
  };
}

/**
 * Runs autocannon for `seconds` at `connections`, requesting `paths` in turn (one path: the same
 * request every time). Latency of every response, whatever its status, in milliseconds.
 */
export async function measureHttp(target: HttpTarget, connections: number, seconds: number, timeoutSeconds = 30): Promise<Measurement> {
  if (aborted) throw new Error("aborted");
  const latencies: number[] = [];
  let next = 0;
  const pathFor = target.nextPath ?? (() => target.paths[next++ % target.paths.length]!);
  const requests: Array<Request & { setupRequest?: (req: Request) => Request }> =
    target.paths.length === 1 && !target.nextPath
      ? [{ method: "GET", path: target.paths[0] }]
      : [{ method: "GET", setupRequest: (req) => ({ ...req, path: pathFor() }) }];
  const result = await new Promise<Result>((resolve, reject) => {
    const instance = autocannon(
      { url: target.url, connections, duration: seconds, timeout: timeoutSeconds, headers: { "accept-language": "en" }, requests },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    running = instance;
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  }).finally(() => {
    running = null;
  });
  const m = summarize(target.name, connections, latencies, result.duration, result.errors, result.non2xx);
  m.unanswered = Math.max(0, (result.requests?.sent ?? 0) - latencies.length - result.errors);
  m.statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]));
  return m;
}

export type SqlQuery = { text: string; values: unknown[] };

/**
 * `workers` loops, each running one search's statements on `pool` as the app does (`search`),
 * until `seconds` have passed. A query's own time is bounded by the pool's statement_timeout, so
 * the loop ends at most that long after the deadline.
 */
export async function measureSql(
  name: string,
  pool: pg.Pool,
  search: (pool: pg.Pool) => Promise<void>,
  workers: number,
  seconds: number,
): Promise<Measurement> {
  if (aborted) throw new Error("aborted");
  const latencies: number[] = [];
  let errors = 0;
  let lastError: unknown = null;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (!aborted && performance.now() < deadline) {
        const t0 = performance.now();
        try {
          await search(pool);
          latencies.push(performance.now() - t0);
        } catch (e) {
          errors++;
          lastError = e;
          // A failing database fails fast: do not spin.
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    }),
  );
  if (lastError) console.warn(`  ${name}: ${errors} failed queries, last: ${(lastError as Error).message}`);
  return summarize(name, workers, latencies, (performance.now() - started) / 1000, errors, 0);
}
