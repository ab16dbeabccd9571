// lib/ files start with `import "server-only"`, which throws outside React Server Components.
// Scripts that run lib/ code outside Next.js (the benchmark, admin:create) therefore
// resolve that one specifier to an empty module (what vitest.config.ts does with an alias).
import { register } from "node:module";

const HOOKS = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export%20%7B%7D", shortCircuit: true };
  return next(specifier, context);
}`;

let registered = false;

export function allowServerOnlyImports(): void {
  if (registered) return;
  register(`data:text/javascript,${encodeURIComponent(HOOKS)}`);
  registered = true;
}
