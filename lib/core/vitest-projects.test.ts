// The unit files share one module graph (vitest.config.ts), except those that replace a module with
// vi.mock: a mock there would leak into, or miss, the other files. This keeps the list complete.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MOCKING } from "../../vitest.config";

const root = path.join(import.meta.dirname, "../..");

function unitFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const p = path.posix.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : unitFiles(p);
    return /\.test\.tsx?$/.test(e.name) && !e.name.endsWith(".int.test.ts") ? [p] : [];
  });
}

describe("the unit projects", () => {
  it("run every file that uses vi.mock in its own module graph", () => {
    const mocking = ["lib", "app", "prisma", "components"]
      .flatMap(unitFiles)
      .filter((f) => /\bvi\.(do)?[mM]ock\(/.test(readFileSync(path.join(root, f), "utf8")))
      .filter((f) => f !== "lib/core/vitest-projects.test.ts");
    expect(mocking.sort()).toEqual([...MOCKING].sort());
  });
});
