/**
 * When a feed counts as silent (issue 19): no new item for `days`, or for `gapFactor` times its usual gap
 * between items, whichever comes first. The usual gap is the median gap between its newest items' published
 * times. Pure: the clock and the rule are parameters.
 */

/** The rule (TRACEWIRE_SILENT_DAYS, TRACEWIRE_SILENT_GAP_FACTOR). */
export interface SilenceRule {
  days: number;
  gapFactor: number;
}

export const DEFAULT_SILENCE_RULE: SilenceRule = { days: 14, gapFactor: 3 };

/** What a feed's history says about it. */
export interface FeedSilence {
  /** The newest item's published time (ISO 8601), null when the feed never had one. */
  newestAt: string | null;
  /** The median gap between its items (ms), null with fewer than three items. */
  usualGapMs: number | null;
  /** True when the feed has been quiet longer than the rule allows. */
  silent: boolean;
}

/** Reads a feed's silence from its items' published times (any order). */
export function feedSilence(publishedAt: readonly string[], now: Date, rule: SilenceRule): FeedSilence {
  const times = publishedAt
    .map((t) => Date.parse(t))
    .filter((t) => Number.isFinite(t))
    .sort((a, b) => b - a);
  const newest = times[0];
  if (newest === undefined) return { newestAt: null, usualGapMs: null, silent: false };
  const gaps = times.slice(1).map((t, i) => times[i]! - t);
  const usualGapMs = gaps.length >= 2 ? median(gaps) : null;
  const quietMs = now.getTime() - newest;
  const limit = Math.min(
    rule.days * 86_400_000,
    usualGapMs && usualGapMs > 0 ? usualGapMs * rule.gapFactor : Number.POSITIVE_INFINITY,
  );
  return { newestAt: new Date(newest).toISOString(), usualGapMs, silent: quietMs > limit };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
