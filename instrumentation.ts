// Runs once per server process: the outbox worker delivers due mail (R1 holds are released here).
// Several processes may run it at once; claiming uses SKIP LOCKED, so nothing is sent twice.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.SP_MAIL_WORKER === "0") return;
  const { startMailWorker } = await import("./lib/mail/worker");
  startMailWorker({ intervalMs: Number(process.env.SP_MAIL_INTERVAL_MS ?? 30_000) });
  // R16: reminders before the reply deadline and follow-up letters after it.
  const { startFollowUpWorker } = await import("./lib/follow-up/worker");
  startFollowUpWorker({ intervalMs: Number(process.env.SP_FOLLOW_UP_INTERVAL_MS ?? 6 * 60 * 60 * 1000) });
}
