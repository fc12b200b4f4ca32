/** One feed as configured in feeds.json (after defaults are applied). */
export interface FeedConfig {
  id: string;
  outlet: string;
  url: string;
  /** Poll interval in minutes. */
  interval: number;
  /**
   * BCP 47 language tag of the feed's items ("km"), or null when feeds.json leaves it out: then each item's own
   * declaration, the feed document's, or detection decides (src/text/item-language.ts).
   */
  language: string | null;
  enabled: boolean;
}

/** The health of a feed as the store keeps it between polls. */
export interface FeedState {
  feedId: string;
  url: string;
  etag: string | null;
  lastModified: string | null;
  /** HTTP status of the last attempt, null when no response arrived. */
  lastStatus: number | null;
  /** What went wrong last time, in words; null after a success. */
  lastError: string | null;
  /** Stable error code from the catalogue (src/errors.ts), e.g. FEED_TIMEOUT. */
  lastErrorCode: string | null;
  consecutiveFailures: number;
  lastPolledAt: string | null;
  lastSuccessAt: string | null;
  /** Not to be fetched before this time (ISO 8601): backoff and Retry-After. */
  nextAttemptAt: string | null;
  itemsSeen: number;
  lastNewItemAt: string | null;
}

/** A fresh state for a feed never polled. */
export function emptyFeedState(feedId: string, url: string): FeedState {
  return {
    feedId,
    url,
    etag: null,
    lastModified: null,
    lastStatus: null,
    lastError: null,
    lastErrorCode: null,
    consecutiveFailures: 0,
    lastPolledAt: null,
    lastSuccessAt: null,
    nextAttemptAt: null,
    itemsSeen: 0,
    lastNewItemAt: null,
  };
}

/** One configured feed with the health the store keeps: what `tracewire feeds` and /healthz show. */
export interface FeedStatusRow {
  id: string;
  outlet: string;
  url: string;
  state: "ok" | "failing" | "disabled" | "new";
  lastStatus: number | null;
  lastError: string | null;
  lastErrorCode: string | null;
  consecutiveFailures: number;
  itemsSeen: number;
  lastNewItemAt: string | null;
  lastPolledAt: string | null;
  nextAttemptAt: string | null;
  /**
   * Set when the feed is silent (model/feed-silence.ts: no new item for 14 days, or 3× its usual gap): its
   * newest item's published time. Absent when it is not silent.
   */
  silentSince?: string;
  /** The usual gap between its items (ms), when its history shows one. */
  usualGapMs?: number;
}
