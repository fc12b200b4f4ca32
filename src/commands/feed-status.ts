/** `tracewire feeds`, `/healthz` and `/tracewire status`: every configured feed with its health. */
import type { FeedConfig, FeedStatusRow } from "../model/feed.js";
import { DEFAULT_SILENCE_RULE, feedSilence, type SilenceRule } from "../model/feed-silence.js";
import type { BriefingStore, FeedStore } from "../store/store.js";

/** Items per feed whose published times give its usual gap. */
const HISTORY = 30;

export interface FeedStatusOptions {
  /** The clock silence is measured against (default: now). */
  now?: Date;
  /** When a feed counts as silent (TRACEWIRE_SILENT_DAYS, TRACEWIRE_SILENT_GAP_FACTOR). */
  silence?: SilenceRule;
}

/**
 * Joins feeds.json with the health the store keeps, and marks each enabled feed that went silent (its usual gap
 * read from its own items); feeds in the store but no longer configured are left out.
 */
export async function feedStatus(
  store: FeedStore & Pick<BriefingStore, "listFeedItemTimes">,
  feeds: FeedConfig[],
  options: FeedStatusOptions = {},
): Promise<FeedStatusRow[]> {
  const states = new Map((await store.listFeedStates()).map((state) => [state.feedId, state]));
  const history = new Map<string, string[]>();
  for (const { feedId, publishedAt } of await store.listFeedItemTimes(HISTORY)) {
    const times = history.get(feedId);
    if (times) times.push(publishedAt);
    else history.set(feedId, [publishedAt]);
  }
  const now = options.now ?? new Date();
  return feeds.map((feed): FeedStatusRow => {
    const silence = feedSilence(history.get(feed.id) ?? [], now, options.silence ?? DEFAULT_SILENCE_RULE);
    const state = states.get(feed.id);
    const failing = (state?.consecutiveFailures ?? 0) > 0;
    return {
      id: feed.id,
      outlet: feed.outlet,
      url: feed.url,
      state: !feed.enabled ? "disabled" : !state?.lastPolledAt ? "new" : failing ? "failing" : "ok",
      lastStatus: state?.lastStatus ?? null,
      lastError: state?.lastError ?? null,
      lastErrorCode: state?.lastErrorCode ?? null,
      consecutiveFailures: state?.consecutiveFailures ?? 0,
      itemsSeen: state?.itemsSeen ?? 0,
      lastNewItemAt: state?.lastNewItemAt ?? null,
      lastPolledAt: state?.lastPolledAt ?? null,
      nextAttemptAt: state?.nextAttemptAt ?? null,
      ...(feed.enabled && silence.silent && silence.newestAt ? { silentSince: silence.newestAt } : {}),
      ...(silence.usualGapMs ? { usualGapMs: silence.usualGapMs } : {}),
    };
  });
}
