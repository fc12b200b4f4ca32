/**
 * When to try a feed again: its interval after a success; after failures, the interval doubled per
 * consecutive failure, capped, with jitter so failing feeds do not retry in step; never before Retry-After.
 */
import { backoffDelay } from "../backoff.js";

/**
 * Longest wait between attempts caused by failures alone (10 min, or the feed's own interval when longer), so a
 * network that comes back is noticed within ten minutes (issue 14.9). Retry-After may ask for longer.
 */
export const MAX_BACKOFF_MS = 10 * 60 * 1000;

/** Share of the delay that jitter may take off (20 %), so jitter never makes a retry later than the cap. */
export const BACKOFF_JITTER = 0.2;

/** The time of the next attempt after `consecutiveFailures` failures in a row (0 after a success). */
export function nextAttemptAt(
  consecutiveFailures: number,
  retryAfterMs: number | null,
  intervalMs: number,
  now: Date,
  random: () => number = Math.random,
): Date {
  let delay = intervalMs;
  if (consecutiveFailures > 0) {
    const policy = {
      baseMs: intervalMs,
      capMs: Math.max(MAX_BACKOFF_MS, intervalMs),
      jitter: BACKOFF_JITTER,
    };
    delay = Math.max(intervalMs, backoffDelay(consecutiveFailures, policy, random));
  }
  if (retryAfterMs !== null) delay = Math.max(delay, retryAfterMs);
  return new Date(now.getTime() + Math.round(delay));
}
