import { describe, expect, it } from "vitest";
import { parseRetryAfter } from "../../src/fetch/retry-after.js";

const NOW = new Date("2026-11-25T05:00:00Z");

describe("parseRetryAfter", () => {
  it.each([
    ["3600", 3_600_000],
    ["0", 0],
    [" 120 ", 120_000],
    ["Wed, 25 Nov 2026 06:00:00 GMT", 3_600_000],
    ["Wednesday, 25-Nov-26 05:00:30 GMT", 30_000],
    ["Wed Nov 25 05:01:00 2026", 60_000],
    ["Wed, 25 Nov 2026 04:00:00 GMT", 0],
  ])("reads %j as %i ms from now", (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });

  it.each([null, "", "soon", "-5", "1.5", "2026-11-25", "tomorrow 10:00"])("gives null for %j", (value) => {
    expect(parseRetryAfter(value, NOW)).toBeNull();
  });
});
