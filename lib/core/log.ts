// Structured logs: one JSON object per line on stdout (errors on stderr), the shape log collectors
// (journald, Docker, Loki, CloudWatch…) read without a parser. Fields: time (ISO), level, msg, and
// whatever the caller adds (requestId, method, path, status, durationMs, job…). Never pass a
// confidential value here: the same rule as the audit log (lib/platform/audit-fields.ts).
export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;

function errorFields(err: unknown): LogFields {
  if (err instanceof Error) return { error: err.message, errorName: err.name, stack: err.stack?.split("\n").slice(0, 8).join("\n") };
  return err === undefined ? {} : { error: String(err) };
}

/** Writes one log line. `SP_LOG_FORMAT=text` keeps a human-readable line for development. */
export function log(level: LogLevel, msg: string, fields: LogFields = {}, err?: unknown): void {
  if (level === "debug" && process.env.SP_LOG_DEBUG !== "1") return;
  const entry = { time: new Date().toISOString(), level, msg, ...fields, ...errorFields(err) };
  const line =
    process.env.SP_LOG_FORMAT === "text"
      ? `${entry.time} ${level.toUpperCase()} ${msg} ${JSON.stringify({ ...fields, ...errorFields(err) })}`
      : JSON.stringify(entry);
  if (level === "error" || level === "warn") process.stderr.write(line + "\n");
  else process.stdout.write(line + "\n");
}
