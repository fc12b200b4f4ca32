import { describe, expect, it } from "vitest";
import { DEFAULT_SILENCE_RULE, feedSilence } from "../../src/model/feed-silence.js";

const NOW = new Date("2025-06-01T12:00:00.000Z");
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();

describe("feedSilence", () => {
  it.each([
    ["a feed whose newest item is 40 days old", [daysAgo(40), daysAgo(41), daysAgo(42)], true],
    [
      "a daily feed quiet for 4 days (3× its usual gap)",
      [daysAgo(4), daysAgo(5), daysAgo(6), daysAgo(7)],
      true,
    ],
    ["a daily feed quiet for 2 days", [daysAgo(2), daysAgo(3), daysAgo(4), daysAgo(5)], false],
    ["a weekly feed quiet for 10 days", [daysAgo(10), daysAgo(17), daysAgo(24), daysAgo(31)], false],
    ["a feed with one item 15 days old", [daysAgo(15)], true],
    ["a feed with no items", [], false],
  ])("%s: silent %s", (_name, times, silent) => {
    expect(feedSilence(times, NOW, DEFAULT_SILENCE_RULE).silent).toBe(silent);
  });

  it("reads the usual gap as the median gap between items", () => {
    const result = feedSilence([daysAgo(1), daysAgo(2), daysAgo(3), daysAgo(10)], NOW, DEFAULT_SILENCE_RULE);
    expect(result.usualGapMs).toBe(86_400_000);
    expect(result.newestAt).toBe(daysAgo(1));
  });
});
