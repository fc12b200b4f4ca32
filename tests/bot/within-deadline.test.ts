import { afterEach, describe, expect, it, vi } from "vitest";
import { withinDeadline } from "../../src/bot/within-deadline.js";

describe("withinDeadline", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("gives the result of work that settles before the deadline", async () => {
    await expect(withinDeadline(Promise.resolve("reply"), 2_000)).resolves.toBe("reply");
  });

  it("gives null when the deadline passes first, and the work still finishes", async () => {
    vi.useFakeTimers();
    let finish: (value: string) => void = () => {};
    const work = new Promise<string>((resolve) => {
      finish = resolve;
    });
    const answer = withinDeadline(work, 2_000);
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(answer).resolves.toBeNull();
    finish("late reply");
    await expect(work).resolves.toBe("late reply");
  });

  it("always defers with a deadline of 0", async () => {
    await expect(withinDeadline(Promise.resolve("reply"), 0)).resolves.toBeNull();
  });

  it("passes on a failure of the work", async () => {
    await expect(withinDeadline(Promise.reject(new Error("store down")), 2_000)).rejects.toThrow(
      "store down",
    );
  });
});
