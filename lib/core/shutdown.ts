// Graceful shutdown across module graphs: scripts/serve.ts (the HTTP server) and the app's bundles
// (the job runner started by instrumentation.ts) are separate module graphs in one process, so the
// hooks live on globalThis. On SIGTERM the server stops accepting, lets in-flight requests finish,
// then runs these hooks (the job runner finishes its running job), then exits.
type Hook = { name: string; run: () => Promise<void> };
const g = globalThis as unknown as { __spShutdownHooks?: Hook[] };
const hooks = (g.__spShutdownHooks ??= []);

export function onShutdown(name: string, run: () => Promise<void>): void {
  const i = hooks.findIndex((h) => h.name === name);
  if (i >= 0) hooks.splice(i, 1);
  hooks.push({ name, run });
}

/** Runs every hook (in parallel), each bounded by `timeoutMs`; never throws. */
export async function runShutdownHooks(timeoutMs: number, onError: (name: string, err: unknown) => void = () => {}): Promise<void> {
  await Promise.all(
    hooks
      .splice(0)
      .map((h) =>
        Promise.race([h.run(), new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref())]).catch((err: unknown) =>
          onError(h.name, err),
        ),
      ),
  );
}
