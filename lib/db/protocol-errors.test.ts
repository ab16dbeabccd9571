import { describe, expect, it } from "vitest";
import { protocolErrors } from "./protocol-errors";

describe("protocolErrors", () => {
  it.each([
    'Invalid `prisma.user.findUnique()` invocation: bind message supplies 6 parameters, but prepared statement "" requires 8',
    'error: portal "" does not exist',
    'ERROR:  invalid input syntax for type bigint: "112514ef-0b7e-4d3c-8f0e-2b0c0d0e0f10"',
    "(node:123) DeprecationWarning: Calling client.query() when the client is already executing a query is deprecated",
    'ERROR:  prepared statement "s1" already exists',
    "Error: Connection terminated unexpectedly",
    "FATAL:  invalid frontend message type 0",
  ])("catches %s", (line) => {
    expect(protocolErrors(`GET / 200\n${line}\nGET /states 200`)).toEqual([line]);
  });

  it("passes an ordinary log", () => {
    const log = [
      "Embedded PostgreSQL in .data",
      "Applied migrations: 20261201_init",
      "LOG:  database system is ready to accept connections",
      "LOG:  checkpoint complete: wrote 12 buffers",
      "SP Portal: http://localhost:3000",
    ].join("\n");
    expect(protocolErrors(log)).toEqual([]);
  });
});
