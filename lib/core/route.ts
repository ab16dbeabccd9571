import "server-only";
import { NextResponse } from "next/server";
import { HTTP_STATUS, isAppError } from "./errors";

/** Route handlers: one place that turns AppError into an HTTP status and hides unexpected errors. */
export function route<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (err) {
      if (isAppError(err)) return NextResponse.json({ error: err.code }, { status: HTTP_STATUS[err.code] });
      console.error("Route handler failed", err);
      return NextResponse.json({ error: "INTERNAL" }, { status: 500 });
    }
  };
}
