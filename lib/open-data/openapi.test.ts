import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";
import { CSV_COLUMNS } from "./csv";
import { REPRISAL_CSV_COLUMNS } from "../reprisals/public-rows";
import { FACTS_CSV_COLUMNS } from "../statistics/facts-csv";

// Issue 13, item 3: the document lists the error answers of every operation.
describe("the OpenAPI document", () => {
  const operations = Object.entries(openApiDocument.paths).map(([path, item]) => ({ path, op: item.get }));

  it.each(operations.map(({ path, op }) => [path, op] as const))("%s documents its 400 and 404 answers", (_path, op) => {
    const params = op.parameters ?? [];
    const problem = { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } };
    // A malformed query parameter is a 400; a path names a record, and a malformed one is none (404).
    if (params.some((p) => p.in === "query")) expect(op.responses["400"]?.content).toEqual(problem);
    else expect(op.responses["400"]).toBeUndefined();
    if (params.some((p) => p.in === "path")) expect(op.responses["404"]?.content).toEqual(problem);
    else expect(op.responses["404"]).toBeUndefined();
  });

  it("describes the problem document the routes send", () => {
    expect(openApiDocument.components.schemas.Problem?.required).toEqual(["type", "title", "status"]);
  });
});

// Issue 15, item 6: CSV headers are stable machine names in every language, and the document says
// what each column holds — every column the export writes, and no other.
describe("the CSV exports", () => {
  it.each([
    ["/api/v1/communications.csv", CSV_COLUMNS],
    ["/api/reprisals/cases.csv", REPRISAL_CSV_COLUMNS],
    ["/facts-and-figures/{year}.csv", FACTS_CSV_COLUMNS],
  ] as const)("%s names and explains each of its columns", (path, columns) => {
    const description = openApiDocument.paths[path]?.get.description ?? "";
    expect(description).toContain("the same whatever the interface language");
    const documented = [...description.matchAll(/(?:Columns: |; )([a-z0-9_]+) \(/g)].map((m) => m[1]);
    expect(documented).toEqual([...columns]);
  });
});
