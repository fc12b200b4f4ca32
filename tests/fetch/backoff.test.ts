import { describe, expect, it } from "vitest";
import { MAX_BACKOFF_MS, nextAttemptAt } from "../../src/fetch/backoff.js";

const NOW = new Date("2026-11-25T05:00:00Z");
const MINUTE = 60_000;
const noJitter = () => 0;
const fullJitter = () => 0.999_999;

function delayOf(date: Date): number {
  return date.getTime() - NOW.getTime();
}

describe("nextAttemptAt", () => {
  it("waits one interval after a success", () => {
    expect(delayOf(nextAttemptAt(0, null, 15 * MINUTE, NOW, noJitter))).toBe(15 * MINUTE);
  });

  it.each([
    [1, 2 * MINUTE],
    [2, 4 * MINUTE],
    [3, 8 * MINUTE],
    [4, MAX_BACKOFF_MS],
    [50, MAX_BACKOFF_MS],
    [10_000, MAX_BACKOFF_MS],
  ])("after %i failures in a row waits %i ms (1-minute feed, no jitter)", (failures, expected) => {
    expect(delayOf(nextAttemptAt(failures, null, MINUTE, NOW, noJitter))).toBe(expected);
  });

  it("notices a network that came back within ten minutes", () => {
    expect(MAX_BACKOFF_MS).toBe(10 * MINUTE);
    expect(delayOf(nextAttemptAt(20, null, 5 * MINUTE, NOW, noJitter))).toBe(10 * MINUTE);
  });

  it("jitter only brings a retry earlier, never past the cap nor under the interval", () => {
    const jittered = delayOf(nextAttemptAt(5, null, MINUTE, NOW, fullJitter));
    expect(jittered).toBeLessThan(MAX_BACKOFF_MS);
    expect(jittered).toBeGreaterThanOrEqual(0.8 * MAX_BACKOFF_MS);
    expect(delayOf(nextAttemptAt(1, null, MINUTE, NOW, fullJitter))).toBeGreaterThanOrEqual(MINUTE);
  });

  it("never asks again before Retry-After, even past the cap", () => {
    expect(delayOf(nextAttemptAt(1, 3_600_000, 15 * MINUTE, NOW, noJitter))).toBe(3_600_000);
    expect(delayOf(nextAttemptAt(9, 24 * 3_600_000, 15 * MINUTE, NOW, noJitter))).toBe(24 * 3_600_000);
  });

  it("keeps backoff when Retry-After is shorter", () => {
    expect(delayOf(nextAttemptAt(3, 60_000, MINUTE, NOW, noJitter))).toBe(8 * MINUTE);
  });

  it("lets a feed polled less often than the cap keep its own interval", () => {
    expect(delayOf(nextAttemptAt(3, null, 12 * 60 * MINUTE, NOW, noJitter))).toBe(12 * 60 * MINUTE);
  });
});
