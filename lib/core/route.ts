import "server-only";
import { NextResponse } from "next/server";
import { markPublicDataChanged } from "../public-cache/generation";
import { HTTP_STATUS, isAppError } from "./errors";

/** Route handlers: one place that turns AppError into an HTTP status and hides unexpected errors. */
export function route<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      const response = await handler(...args);
      // A handler that may change data (anything but GET/HEAD) has committed: public pages rendered
      // before it are out of date (lib/public-cache/response-cache.ts).
      const request = args[0];
      if (request instanceof Request && request.method !== "GET" && request.method !== "HEAD") markPublicDataChanged();
      return response;
    } catch (err) {
      if (isAppError(err)) return NextResponse.json({ error: err.code }, { status: HTTP_STATUS[err.code] });
      console.error("Route handler failed", err);
      return NextResponse.json({ error: "INTERNAL" }, { status: 500 });
    }
  };
}
