/**
 * One feed from fetch to store: conditional GET, parse, normalise, store the new items, classify them and
 * record the feed's health. Reads like Miniflux's RefreshFeed. Takes a feed and its dependencies, returns
 * what happened as a value; a feed's failure never throws (only an unusable store does).
 */
import { classifyItem } from "../classify/classify-item.js";
import type { CompiledWatchlist } from "../classify/watchlist/compile-watchlist.js";
import { describeError, FeedFetchError, FeedParseError, StoreError, TracewireError } from "../errors.js";
import { nextAttemptAt } from "../fetch/backoff.js";
import type { FeedRequest, FetchResult } from "../fetch/fetch-feed.js";
import type { Logger } from "../log.js";
import type { Metrics } from "../metrics.js";
import { emptyFeedState, type FeedConfig, type FeedState } from "../model/feed.js";
import type { Item, StoredItem } from "../model/item.js";
import { normaliseItems } from "../normalise/normalise-items.js";
import { parseFeed } from "../parse/parse-feed.js";
import type { Store } from "../store/store.js";

export interface PollFeedDeps {
  store: Store;
  fetch: (request: FeedRequest) => Promise<FetchResult>;
  logger: Logger;
  now: () => Date;
  /** Who polls (replica id): the feed's lease is taken in this name. */
  owner: string;
  /** Poll even when the feed's next attempt lies in the future (an explicit `tracewire poll`). */
  ignoreSchedule?: boolean;
  /**
   * Start of the cycle this poll belongs to: a feed another process polled since then is skipped, so
   * replicas running `tracewire poll` together share the feeds instead of each polling all of them.
   */
  cycleStartedAt?: Date;
  /** Lease on a feed while polling it (ms). */
  leaseMs?: number;
  /** Items read per feed (TRACEWIRE_MAX_ITEMS_PER_FEED); the parser drops the rest with a warning. Absent: all. */
  maxItemsPerFeed?: number;
  /** Where classifications are counted (the worker's /metrics); nothing is recorded without it. */
  metrics?: Pick<Metrics, "itemClassified">;
  /** The watchlist new items are tagged with, read at each poll (default: none). */
  watchlist?: () => CompiledWatchlist;
  /** The caller prints each failure itself (`tracewire poll`'s summary): log failures at debug, not warn. */
  reportsFailures?: boolean;
}

export type PollFeedResult =
  | { kind: "new"; feed: FeedConfig; newItems: StoredItem[]; seen: number; warnings: string[] }
  | { kind: "unchanged"; feed: FeedConfig; seen: number }
  | { kind: "failed"; feed: FeedConfig; error: TracewireError; nextAttemptAt: string }
  | { kind: "skipped"; feed: FeedConfig; reason: string };

/** Polls one feed and returns what happened; the store records the feed's health either way. */
export async function pollFeed(
  feed: FeedConfig,
  deps: PollFeedDeps,
  options: {
    /**
     * The caller already holds the feed's lease (store.claimFeeds picked it: due, free, not polled this cycle).
     * The state is read after the claim, so a poll another replica finished meanwhile is still seen.
     */
    leased?: boolean;
  } = {},
): Promise<PollFeedResult> {
  const started = deps.now();
  const state = (await deps.store.getFeedState(feed.id)) ?? emptyFeedState(feed.id, feed.url);
  if (state.url !== feed.url) {
    // The operator changed the URL: validators of the old URL mean nothing for the new one.
    Object.assign(state, { url: feed.url, etag: null, lastModified: null });
  }
  if (!options.leased) {
    const honoursRetryAfter = state.lastErrorCode === "FEED_RATE_LIMITED";
    if (state.nextAttemptAt && state.nextAttemptAt > started.toISOString()) {
      if (!deps.ignoreSchedule || honoursRetryAfter) {
        return { kind: "skipped", feed, reason: `not before ${state.nextAttemptAt}` };
      }
    }
    const leaseMs = deps.leaseMs ?? 5 * 60_000;
    if (!(await deps.store.claimFeed(feed.id, deps.owner, started, leaseMs))) {
      return { kind: "skipped", feed, reason: "another tracewire process is polling it" };
    }
  }
  try {
    if (deps.cycleStartedAt) {
      const latest = options.leased ? state : await deps.store.getFeedState(feed.id);
      if (latest?.lastPolledAt && latest.lastPolledAt >= deps.cycleStartedAt.toISOString()) {
        return { kind: "skipped", feed, reason: SKIPPED_POLLED_THIS_CYCLE };
      }
    }
    const fetched = await deps.fetch({ url: feed.url, etag: state.etag, lastModified: state.lastModified });
    const now = deps.now();
    if (fetched.kind === "failed") return await recordFailure(feed, state, fetched.error, now, deps);
    if (fetched.kind === "not-modified") {
      await deps.store.saveFeedState({
        ...state,
        etag: fetched.etag ?? state.etag,
        lastModified: fetched.lastModified ?? state.lastModified,
        ...success(feed, now, 304),
      });
      return { kind: "unchanged", feed, seen: 0 };
    }
    let parsedItems: Item[];
    let warnings: string[];
    try {
      const parsed = await parseFeed(fetched.body, fetched.contentType, fetched.finalUrl, {
        maxItems: deps.maxItemsPerFeed,
      });
      const normalised = normaliseItems(parsed, feed, now);
      parsedItems = normalised.items;
      warnings = [...parsed.warnings, ...normalised.warnings];
    } catch (error) {
      const parseError =
        error instanceof TracewireError
          ? error
          : new FeedParseError("FEED_MALFORMED", `cannot read the feed (${describeError(error)})`);
      return await recordFailure(feed, state, parseError, now, deps);
    }
    // Each new item is classified as it is stored, in one transaction: none is ever left unclassified.
    let newItems: StoredItem[];
    try {
      const watchlist = deps.watchlist?.();
      newItems = await deps.store.insertItems(parsedItems, (item) => classifyItem(item, watchlist));
    } catch (error) {
      // The database refused this feed's items (a constraint, a value it cannot hold): that is this feed's
      // failure, recorded and backed off like any other, and the other feeds go on. If the store cannot even
      // record it, recordFailure throws: only an unusable store stops the poll.
      return await recordFailure(feed, state, notStored(feed, error), now, deps);
    }
    for (const item of newItems) deps.metrics?.itemClassified(item.classification?.relevant === true);
    await deps.store.saveFeedState({
      ...state,
      etag: fetched.etag,
      lastModified: fetched.lastModified,
      ...success(feed, now, fetched.status),
      itemsSeen: state.itemsSeen + newItems.length,
      lastNewItemAt: newItems.length > 0 ? now.toISOString() : state.lastNewItemAt,
    });
    for (const warning of warnings.slice(0, 5)) deps.logger.debug({ feed_id: feed.id }, warning);
    if (newItems.length === 0) return { kind: "unchanged", feed, seen: parsedItems.length };
    return { kind: "new", feed, newItems, seen: parsedItems.length, warnings };
  } finally {
    await deps.store.releaseFeed(feed.id, deps.owner);
  }
}

/** Why a feed is skipped when another replica polled it during this cycle. */
export const SKIPPED_POLLED_THIS_CYCLE = "another tracewire process polled it during this cycle";

function success(feed: FeedConfig, now: Date, status: number): Partial<FeedState> {
  return {
    lastStatus: status,
    lastError: null,
    lastErrorCode: null,
    consecutiveFailures: 0,
    lastPolledAt: now.toISOString(),
    lastSuccessAt: now.toISOString(),
    nextAttemptAt: new Date(now.getTime() + feed.interval * 60_000).toISOString(),
  };
}

async function recordFailure(
  feed: FeedConfig,
  state: FeedState,
  error: TracewireError,
  now: Date,
  deps: PollFeedDeps,
): Promise<PollFeedResult> {
  const failures = state.consecutiveFailures + 1;
  const retryAfterMs = error instanceof FeedFetchError ? error.retryAfterMs : null;
  const next = nextAttemptAt(failures, retryAfterMs, feed.interval * 60_000, now);
  await deps.store.saveFeedState({
    ...state,
    lastStatus: error instanceof FeedFetchError ? error.status : state.lastStatus,
    lastError: error.message,
    lastErrorCode: error.code,
    consecutiveFailures: failures,
    lastPolledAt: now.toISOString(),
    nextAttemptAt: next.toISOString(),
  });
  const log = deps.reportsFailures ? deps.logger.debug.bind(deps.logger) : deps.logger.warn.bind(deps.logger);
  log({ feed_id: feed.id, code: error.code }, `feed ${feed.id}: ${error.message}`);
  return { kind: "failed", feed, error, nextAttemptAt: next.toISOString() };
}

/** A store failure while saving one feed's items, as that feed's error (the database's own words kept). */
function notStored(feed: FeedConfig, error: unknown): TracewireError {
  const reason = error instanceof TracewireError ? error.message : describeError(error);
  return new StoreError("STORE_UNAVAILABLE", `the database refused this feed's items (${reason})`, {
    where: feed.url,
    hint: "the feed is tried again after its backoff; the other feeds are not affected",
    cause: error,
  });
}
