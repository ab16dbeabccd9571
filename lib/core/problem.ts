import { HTTP_STATUS, type AppErrorCode } from "./errors";

// Errors of route handlers as RFC 9457 problem documents (application/problem+json). `type` is
// about:blank — the status says it all — so `title` is the status's own phrase. Extension members:
// `error`, the AppError code clients already read, and `invalidParams`, one entry per refused
// parameter (issue 13, item 3).

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

const TITLE: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  429: "Too Many Requests",
  500: "Internal Server Error",
};

export type Problem = {
  type: "about:blank";
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  error: AppErrorCode | "INTERNAL";
  invalidParams?: { name: string; reason: string }[];
};

export function problemDocument({
  code,
  detail,
  fieldErrors,
  instance,
}: {
  code: AppErrorCode | "INTERNAL";
  detail?: string | undefined;
  fieldErrors?: Record<string, string[]> | undefined;
  instance?: string | undefined;
}): Problem {
  const status = code === "INTERNAL" ? 500 : HTTP_STATUS[code];
  const invalidParams = fieldErrors
    ? Object.entries(fieldErrors).flatMap(([name, reasons]) => reasons.map((reason) => ({ name, reason })))
    : undefined;
  return {
    type: "about:blank",
    title: TITLE[status] ?? "Error",
    status,
    ...(detail ? { detail } : {}),
    ...(instance ? { instance } : {}),
    error: code,
    ...(invalidParams && invalidParams.length > 0 ? { invalidParams } : {}),
  };
}

export function problemResponse(problem: Problem): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { "content-type": PROBLEM_CONTENT_TYPE, "cache-control": "no-store" },
  });
}
