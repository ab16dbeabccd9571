// The part of autocannon 8's programmatic API the benchmark uses (the package ships no types).
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  export type Request = { method?: string; path?: string; headers?: Record<string, string> };
  export type Options = {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    headers?: Record<string, string>;
    requests?: Array<Request & { setupRequest?: (req: Request, context: Record<string, unknown>) => Request }>;
  };
  export type Result = {
    errors: number;
    timeouts: number;
    non2xx: number;
    duration: number;
    totalBytes: number;
    requests?: { sent?: number };
    statusCodeStats: Record<string, { count: number }>;
  };
  export type Instance = EventEmitter & { stop(): void };

  function autocannon(opts: Options, cb: (err: Error | null, result: Result) => void): Instance;
  export default autocannon;
}
