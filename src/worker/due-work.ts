/**
 * What is due at time T: which feeds to poll, which digests to send. Pure functions of the clock, the feed's
 * stored health and the subscriptions, so the scheduler's timing is tested with fixed clocks and zones.
 */
import type { FeedConfig, FeedState } from "../model/feed.js";
import type { Subscription } from "../model/subscription.js";
import { digestTick, lastTickBefore } from "../route/schedule.js";

/** Jitter shortens an interval by up to this fraction, so feeds and replicas spread out. */
export const MAX_JITTER = 0.1;
/** Feeds never polled start within this long of the scheduler's start. */
export const MAX_START_SPREAD_MS = 10_000;

/**
 * When a feed should next be polled. A healthy feed: its last poll plus the interval, shortened by the jitter
 * (a fraction in [0, MAX_JITTER)), so the gap between two looks at a feed never exceeds the interval. A
 * failing feed also waits for the backoff / Retry-After the store recorded. A feed never polled: `since` (when
 * the scheduler started), plus the jitter's share of the interval (at most MAX_START_SPREAD_MS), so a fresh
 * start does not hit every outlet in the same second.
 */
export function nextPollAt(state: FeedState | null, intervalMs: number, jitter: number, since: Date): Date {
  const spread = Math.min(Math.max(jitter, 0), MAX_JITTER) * intervalMs;
  if (!state?.lastPolledAt) return new Date(since.getTime() + Math.min(spread, MAX_START_SPREAD_MS));
  let due = Date.parse(state.lastPolledAt) + intervalMs - spread;
  const failing = state.consecutiveFailures > 0 || state.lastErrorCode === "FEED_RATE_LIMITED";
  if (failing && state.nextAttemptAt) due = Math.max(due, Date.parse(state.nextAttemptAt));
  return new Date(Number.isNaN(due) ? since.getTime() : due);
}

/** The enabled feeds due at `now` that are not still being polled (a feed never overlaps itself). */
export function dueFeeds(
  feeds: FeedConfig[],
  dueAt: ReadonlyMap<string, number>,
  inFlight: ReadonlySet<string>,
  now: Date,
): FeedConfig[] {
  return feeds.filter(
    (feed) =>
      feed.enabled &&
      !inFlight.has(feed.id) &&
      (dueAt.get(feed.id) ?? Number.NEGATIVE_INFINITY) <= now.getTime(),
  );
}

export interface DueDigest {
  subscriptionId: string;
  /** The scheduled minute, the key claimed in the store so one replica sends it. */
  tick: string;
}

/**
 * The digest subscriptions whose schedule, in their own time zone (else `defaultTz`), fires in the minute of
 * `now`. A schedule that cannot fire is skipped.
 */
export function dueDigests(subscriptions: Subscription[], now: Date, defaultTz: string): DueDigest[] {
  return digestTicks(subscriptions, "digest", defaultTz, (subscription, tz) =>
    digestTick(subscription.schedule, tz, now),
  );
}

/** How far back a digest missed while no worker ran is still sent when one starts. */
export const DIGEST_CATCH_UP_MS = 12 * 3_600_000;

/**
 * The digests that should have gone out while no worker was running: for each digest subscription, its last
 * tick within DIGEST_CATCH_UP_MS before the minute of `now` and after the subscription was created. Claiming
 * the tick (claimDigestTick) tells a missed one from one another replica sent; older misses are not repeated,
 * their stories wait in the outbox for the next digest.
 */
export function missedDigests(subscriptions: Subscription[], now: Date, defaultTz: string): DueDigest[] {
  return digestTicks(subscriptions, "digest", defaultTz, (subscription, tz) => {
    const created = Date.parse(subscription.createdAt);
    const since = Math.max(now.getTime() - DIGEST_CATCH_UP_MS, Number.isNaN(created) ? 0 : created);
    return lastTickBefore(subscription.schedule, tz, new Date(since), now);
  });
}

/** How far back a briefing that was missed (no worker ran) or failed is still sent. */
export const BRIEFING_CATCH_UP_MS = 12 * 3_600_000;

/**
 * The briefing runs to try in the minute of `now`: each briefing subscription's tick in this minute, and its
 * last tick within BRIEFING_CATCH_UP_MS before it (after the subscription was created). Claiming the run
 * (claimBriefing) skips one already sent and one another replica holds; a failed or crashed run is taken again
 * once its lease lapsed, so a briefing is retried for half a day and never sent twice.
 */
export function dueBriefings(subscriptions: Subscription[], now: Date, defaultTz: string): DueDigest[] {
  const current = digestTicks(subscriptions, "briefing", defaultTz, (subscription, tz) =>
    digestTick(subscription.schedule, tz, now),
  );
  const missed = digestTicks(subscriptions, "briefing", defaultTz, (subscription, tz) => {
    const created = Date.parse(subscription.createdAt);
    const since = Math.max(now.getTime() - BRIEFING_CATCH_UP_MS, Number.isNaN(created) ? 0 : created);
    return lastTickBefore(subscription.schedule, tz, new Date(since), now);
  });
  return [...missed, ...current];
}

// Each digest subscription's tick as `tickOf` finds it in the subscription's zone (else `defaultTz`). A
// schedule that cannot fire (or no longer parses) is skipped and must not stop the other digests.
function digestTicks(
  subscriptions: Subscription[],
  mode: Subscription["mode"],
  defaultTz: string,
  tickOf: (subscription: Subscription, tz: string) => string | null,
): DueDigest[] {
  const ticks: DueDigest[] = [];
  for (const subscription of subscriptions) {
    if (subscription.mode !== mode) continue;
    let tick: string | null;
    try {
      tick = tickOf(subscription, subscription.tz ?? defaultTz);
    } catch {
      continue;
    }
    if (tick !== null) ticks.push({ subscriptionId: subscription.id, tick });
  }
  return ticks;
}
