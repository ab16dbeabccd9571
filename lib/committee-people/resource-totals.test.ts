import { describe, expect, it } from "vitest";
import { grandTotal, resourceTotals } from "./resource-totals";

describe("external resource totals", () => {
  const rows = [
    { mandateId: "m1", year: 2026, amountUsd: 10_000 },
    { mandateId: "m1", year: 2026, amountUsd: 2_500 },
    { mandateId: "m1", year: 2026, amountUsd: null },
    { mandateId: "m2", year: 2026, amountUsd: 700 },
    { mandateId: "m1", year: 2025, amountUsd: 4_000 },
  ];

  it("adds amounts per mandate and year and counts contributions in kind apart", () => {
    expect(resourceTotals(rows)).toEqual([
      { mandateId: "m1", year: 2026, amountUsd: 12_500, declarations: 3, inKindOnly: 1 },
      { mandateId: "m2", year: 2026, amountUsd: 700, declarations: 1, inKindOnly: 0 },
      { mandateId: "m1", year: 2025, amountUsd: 4_000, declarations: 1, inKindOnly: 0 },
    ]);
  });

  it("gives a grand total, zero for nothing declared", () => {
    expect(grandTotal(rows)).toEqual({ amountUsd: 17_200, declarations: 5, inKindOnly: 1 });
    expect(grandTotal([])).toEqual({ amountUsd: 0, declarations: 0, inKindOnly: 0 });
  });
});
