import { describe, expect, it } from "vitest";
import { parseCrontab } from "graphile-worker";
import { CRONTAB, TASKS } from "./schedule";

describe("the job schedule", () => {
  it("is a crontab graphile-worker accepts, naming every task but the ones run on request only", () => {
    const items = parseCrontab(CRONTAB);
    expect(items.map((i) => i.task).sort()).toEqual(Object.values(TASKS).sort());
    const followUp = items.find((i) => i.task === TASKS.followUp)!;
    expect(followUp.options.backfillPeriod).toBe(6 * 60 * 60 * 1000);
    expect(followUp.options.maxAttempts).toBe(5);
  });
});
