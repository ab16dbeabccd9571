import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const deliverDueMail = vi.fn();
vi.mock("./deliver-due-mail", () => ({ deliverDueMail }));
vi.mock("./transport", () => ({ createMailTransport: () => null }));

const { startMailWorker, nudgeMailWorker } = await import("./worker");

/** A run that stays in progress until release() is called. */
function slowRun() {
  let release = () => {};
  deliverDueMail.mockImplementationOnce(
    () => new Promise((resolve) => (release = () => resolve({ sent: 0, retrying: 0, failed: 0, held: 0 }))),
  );
  return () => release();
}
const settle = () => vi.advanceTimersByTimeAsync(0);

describe("startMailWorker", () => {
  let stop = () => {};
  beforeEach(() => {
    vi.useFakeTimers();
    deliverDueMail.mockReset();
    deliverDueMail.mockResolvedValue({ sent: 0, retrying: 0, failed: 0, held: 0 });
    vi.spyOn(console, "warn").mockImplementation(() => {});
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("runs at start and then every interval, with the portal clock", async () => {
    stop = startMailWorker({ intervalMs: 1000 });
    await settle();
    expect(deliverDueMail).toHaveBeenCalledTimes(1);
    expect(deliverDueMail.mock.calls[0]![0]).toMatchObject({ transport: null });
    expect(deliverDueMail.mock.calls[0]![0].now).toBeInstanceOf(Date);
    await vi.advanceTimersByTimeAsync(3000);
    expect(deliverDueMail).toHaveBeenCalledTimes(4);
  });

  it("never overlaps runs: ticks during a slow run are skipped", async () => {
    const release = slowRun();
    stop = startMailWorker({ intervalMs: 1000 });
    await vi.advanceTimersByTimeAsync(5000);
    expect(deliverDueMail).toHaveBeenCalledTimes(1);
    release();
    await vi.advanceTimersByTimeAsync(1000);
    expect(deliverDueMail).toHaveBeenCalledTimes(2);
  });

  it("a nudge during a run asks for exactly one more run after it", async () => {
    const release = slowRun();
    stop = startMailWorker({ intervalMs: 60_000 });
    await settle();
    nudgeMailWorker();
    nudgeMailWorker();
    expect(deliverDueMail).toHaveBeenCalledTimes(1);
    release();
    await settle();
    expect(deliverDueMail).toHaveBeenCalledTimes(2);
  });

  it("logs a failed run and keeps going", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    deliverDueMail.mockRejectedValueOnce(new Error("database down"));
    stop = startMailWorker({ intervalMs: 1000 });
    await settle();
    expect(error).toHaveBeenCalledWith("[mail] run failed", expect.any(Error));
    await vi.advanceTimersByTimeAsync(1000);
    expect(deliverDueMail).toHaveBeenCalledTimes(2);
  });

  it("starts once per process, and stops", async () => {
    stop = startMailWorker({ intervalMs: 1000 });
    expect(startMailWorker({ intervalMs: 1000 })).toBe(stop);
    await settle();
    stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(deliverDueMail).toHaveBeenCalledTimes(1);
    nudgeMailWorker();
    expect(deliverDueMail).toHaveBeenCalledTimes(1);
  });
});
