import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const runFollowUp = vi.fn();
const nudgeMailWorker = vi.fn();
vi.mock("./run-follow-up", () => ({ runFollowUp }));
vi.mock("../mail/worker", () => ({ nudgeMailWorker }));

const { startFollowUpWorker } = await import("./worker");

const nothing = { reminders: 0, followUps: 0, skipped: 0, failed: 0 };
const settle = () => vi.advanceTimersByTimeAsync(0);

describe("startFollowUpWorker", () => {
  let stop = () => {};
  beforeEach(() => {
    vi.useFakeTimers();
    runFollowUp.mockReset();
    nudgeMailWorker.mockReset();
    runFollowUp.mockResolvedValue(nothing);
    vi.spyOn(console, "info").mockImplementation(() => {});
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("runs at start and then every interval, as the system, with the portal clock", async () => {
    stop = startFollowUpWorker({ intervalMs: 1000 });
    await settle();
    expect(runFollowUp).toHaveBeenCalledTimes(1);
    expect(runFollowUp.mock.calls[0]![0]).toMatchObject({ actor: null });
    expect(runFollowUp.mock.calls[0]![0].now).toBeInstanceOf(Date);
    await vi.advanceTimersByTimeAsync(3000);
    expect(runFollowUp).toHaveBeenCalledTimes(4);
  });

  it("defaults to every six hours", async () => {
    stop = startFollowUpWorker();
    await settle();
    await vi.advanceTimersByTimeAsync(6 * 60 * 60 * 1000 - 1);
    expect(runFollowUp).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(runFollowUp).toHaveBeenCalledTimes(2);
  });

  it("never overlaps runs: ticks during a slow run are skipped", async () => {
    let release = () => {};
    runFollowUp.mockImplementationOnce(() => new Promise((resolve) => (release = () => resolve(nothing))));
    stop = startFollowUpWorker({ intervalMs: 1000 });
    await vi.advanceTimersByTimeAsync(5000);
    expect(runFollowUp).toHaveBeenCalledTimes(1);
    release();
    await vi.advanceTimersByTimeAsync(1000);
    expect(runFollowUp).toHaveBeenCalledTimes(2);
  });

  it("asks the mail worker to deliver what it queued", async () => {
    runFollowUp.mockResolvedValueOnce({ ...nothing, reminders: 2 });
    stop = startFollowUpWorker({ intervalMs: 1000 });
    await settle();
    expect(nudgeMailWorker).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(nudgeMailWorker).toHaveBeenCalledTimes(1);
  });

  it("logs a failed run and keeps going", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    runFollowUp.mockRejectedValueOnce(new Error("database down"));
    stop = startFollowUpWorker({ intervalMs: 1000 });
    await settle();
    expect(error).toHaveBeenCalledWith("[follow-up] run failed", expect.any(Error));
    await vi.advanceTimersByTimeAsync(1000);
    expect(runFollowUp).toHaveBeenCalledTimes(2);
  });

  it("starts once per process, and stops", async () => {
    stop = startFollowUpWorker({ intervalMs: 1000 });
    expect(startFollowUpWorker({ intervalMs: 1000 })).toBe(stop);
    await settle();
    stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(runFollowUp).toHaveBeenCalledTimes(1);
  });
});
