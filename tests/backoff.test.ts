import { describe, expect, it } from "vitest";
import { backoffDelay } from "../src/backoff.js";

const noJitter = () => 0;
const fullJitter = () => 0.999_999;
const delivery = { baseMs: 2_000, capMs: 30 * 60_000, jitter: 0.5 };

describe("backoffDelay", () => {
  it.each([
    [0, 2_000],
    [1, 4_000],
    [2, 8_000],
    [9, 1_024_000],
    [10, 30 * 60_000],
    [11, 30 * 60_000],
    [10_000, 30 * 60_000],
  ])("doubles per attempt up to the cap: attempt %i waits %i ms without jitter", (attempt, expected) => {
    expect(backoffDelay(attempt, delivery, noJitter)).toBe(expected);
  });

  it("jitter takes at most its share off, and never makes a wait longer than the cap", () => {
    const jittered = backoffDelay(20, delivery, fullJitter);
    expect(jittered).toBeGreaterThan(0.5 * 30 * 60_000);
    expect(jittered).toBeLessThanOrEqual(30 * 60_000);
    expect(backoffDelay(0, delivery, () => 0.5)).toBe(1_500);
  });

  it("treats a negative attempt as the first", () => {
    expect(backoffDelay(-3, delivery, noJitter)).toBe(2_000);
  });
});
