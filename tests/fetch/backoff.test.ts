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
    [1, 30 * MINUTE],
    [2, 60 * MINUTE],
    [3, 120 * MINUTE],
    [4, 240 * MINUTE],
    [5, MAX_BACKOFF_MS],
    [50, MAX_BACKOFF_MS],
    [10_000, MAX_BACKOFF_MS],
  ])("after %i failures in a row waits %i ms (15-minute feed, no jitter)", (failures, expected) => {
    expect(delayOf(nextAttemptAt(failures, null, 15 * MINUTE, NOW, noJitter))).toBe(expected);
  });

  it("jitter only brings a retry earlier, never past the cap nor under the interval", () => {
    const jittered = delayOf(nextAttemptAt(5, null, 15 * MINUTE, NOW, fullJitter));
    expect(jittered).toBeLessThan(MAX_BACKOFF_MS);
    expect(jittered).toBeGreaterThanOrEqual(0.8 * MAX_BACKOFF_MS);
    expect(delayOf(nextAttemptAt(1, null, 15 * MINUTE, NOW, fullJitter))).toBeGreaterThanOrEqual(15 * MINUTE);
  });

  it("never asks again before Retry-After, even past the cap", () => {
    expect(delayOf(nextAttemptAt(1, 3_600_000, 15 * MINUTE, NOW, noJitter))).toBe(3_600_000);
    expect(delayOf(nextAttemptAt(9, 24 * 3_600_000, 15 * MINUTE, NOW, noJitter))).toBe(24 * 3_600_000);
  });

  it("keeps backoff when Retry-After is shorter", () => {
    expect(delayOf(nextAttemptAt(3, 60_000, 15 * MINUTE, NOW, noJitter))).toBe(120 * MINUTE);
  });

  it("lets a feed polled less often than the cap keep its own interval", () => {
    expect(delayOf(nextAttemptAt(3, null, 12 * 60 * MINUTE, NOW, noJitter))).toBe(12 * 60 * MINUTE);
  });
});
