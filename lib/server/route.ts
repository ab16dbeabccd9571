import "server-only";
import { markPublicDataChanged } from "../platform/public-data-generation";
import { isAppError } from "../core/errors";
import { problemDocument, problemResponse } from "../core/problem";
import { clientAddressOf } from "../core/client-address";
import { runWithRequestContext } from "../core/request-context";

/** Route handlers: one place that turns AppError into an HTTP problem document and hides unexpected errors. */
export function route<A extends unknown[]>(
  handler: (...args: A) => Promise<Response>,
  /** false for a handler whose changes no visitor sees (its audit actions are in NOTHING_PUBLIC). */
  { changesPublicData = true }: { changesPublicData?: boolean } = {},
) {
  return async (...args: A): Promise<Response> => {
    try {
      const request = args[0];
      // The audit entries the handler writes carry the client's address (lib/core/request-context.ts).
      const address = clientAddressOf(request instanceof Request ? request.headers : undefined);
      const response = await runWithRequestContext({ address }, () => handler(...args));
      // A handler that may change data (anything but GET/HEAD) has committed: public pages rendered
      // before it are out of date (lib/public-cache/response-cache.ts).
      if (changesPublicData && request instanceof Request && request.method !== "GET" && request.method !== "HEAD") markPublicDataChanged();
      return response;
    } catch (err) {
      // An RFC 9457 problem document. Only INVALID_INPUT says what was wrong (the parameters'
      // names); the message of any other error may name a record and stays in the log.
      if (isAppError(err)) {
        const invalid = err.code === "INVALID_INPUT";
        return problemResponse(
          problemDocument({
            code: err.code,
            detail: invalid ? err.message : undefined,
            fieldErrors: invalid ? err.fieldErrors : undefined,
          }),
        );
      }
      console.error("Route handler failed", err);
      return problemResponse(problemDocument({ code: "INTERNAL" }));
    }
  };
}
