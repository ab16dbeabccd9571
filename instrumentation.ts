// Runs once per server process: starts the background job runner (lib/jobs/runner.ts, graphile-worker
// on PostgreSQL): mail delivery (R1 holds are released there), reminders and follow-ups (R16), visit
// reminders (R9), the orphan-file sweep. Several instances run it at once; each job runs on one.
// SP_JOBS=0 starts none here (e.g. a web-only instance while others run the jobs).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.SP_JOBS === "0" || process.env.SP_MAIL_WORKER === "0") return;
  const { startJobRunner } = await import("./lib/jobs/runner");
  // Never let the job runner keep the portal from serving: it retries itself (runner.ts).
  void startJobRunner();
}
