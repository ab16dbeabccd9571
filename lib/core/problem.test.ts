import { describe, expect, it } from "vitest";
import { problemDocument, problemResponse } from "./problem";

describe("problem documents (RFC 9457)", () => {
  it("name each refused parameter of a 400", async () => {
    const res = problemResponse(
      problemDocument({
        code: "INVALID_INPUT",
        detail: "Invalid query parameters: q, page",
        fieldErrors: { q: ["is too long"], page: ["is not a valid value"] },
      }),
    );
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(await res.json()).toEqual({
      type: "about:blank",
      title: "Bad Request",
      status: 400,
      detail: "Invalid query parameters: q, page",
      error: "INVALID_INPUT",
      invalidParams: [
        { name: "q", reason: "is too long" },
        { name: "page", reason: "is not a valid value" },
      ],
    });
  });

  it("say no more than the status for other errors", () => {
    expect(problemDocument({ code: "NOT_FOUND" })).toEqual({ type: "about:blank", title: "Not Found", status: 404, error: "NOT_FOUND" });
    expect(problemDocument({ code: "INTERNAL" })).toEqual({
      type: "about:blank",
      title: "Internal Server Error",
      status: 500,
      error: "INTERNAL",
    });
  });
});
