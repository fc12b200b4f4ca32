/**
 * The spine, feeds in and alerts out: each feed through pollFeed (conditional GET, parse, normalise, store and
 * classify), then the relevant new items grouped into stories and routed into the outbox (route-new-items.ts),
 * then the due alerts delivered (deliver/drain-outbox.ts). It reads like Miniflux's RefreshFeed for a set of
 * feeds. `tracewire poll`, the worker and the benchmark all call pollFeeds; the composition root (app/) builds
 * its dependencies once. A feed's failure is a result, never a throw; only an unusable store throws.
 */
import { performance } from "node:perf_hooks";
import PQueue from "p-queue";
import { type DeliverDeps, type DeliverReport, deliverDue } from "../deliver/drain-outbox.js";
import type { Metrics } from "../metrics.js";
import type { FeedConfig } from "../model/feed.js";
import { type PollFeedDeps, type PollFeedResult, pollFeed, SKIPPED_POLLED_THIS_CYCLE } from "./poll-feed.js";
import { relevantItemIds, routableItemIds, routeNewItems } from "./route-new-items.js";

/** Everything the spine uses: pollFeed's dependencies and delivery's, and where to count what happened. */
export interface SpineDeps extends PollFeedDeps, DeliverDeps {
  metrics?: Pick<Metrics, "pollFinished" | "itemsStored" | "itemClassified" | "deliveryFinished">;
}

export interface PollFeedsOptions {
  /** At most this many feeds in hand at once (default 8): a feed's lease is taken only when its fetch can start. */
  concurrency?: number;
  /**
   * The call is one cycle shared with other replicas: a feed another process polled since the call began is
   * skipped, so replicas running `tracewire poll` together share the feeds instead of each polling all of them.
   */
  oneCycle?: boolean;
  /** Return each feed's result (default true). A new result holds the feed's items; the worker's tick drops them. */
  keepResults?: boolean;
  /** Longest wait for the alerts' rate limits and retries (ms, default 0: what is not sent waits in the outbox). */
  maxWaitMs?: number;
  /** Told after each feed's poll: how many of the enabled feeds are done (for a progress line). */
  onFeedDone?: (done: number, total: number) => void;
  /** The route step (default: route every relevant new item at once). The worker passes its route batcher. */
  route?: (itemIds: string[]) => Promise<number>;
  /** The deliver step, given the outbox rows routing added (default: send the due alerts, whatever that count). */
  deliver?: (queued: number) => Promise<DeliverReport | null>;
}

export interface PollFeedsResult {
  /** One per enabled feed (none when `keepResults` is false). */
  results: PollFeedResult[];
  /** Items stored for the first time. */
  itemsStored: number;
  /** Of those, the ones classified relevant. */
  relevant: number;
  /** Of the relevant ones, those in or about Southeast Asia. */
  southeastAsia: number;
  /** Feeds whose poll failed. */
  failed: number;
  /** Feeds asked (not skipped). */
  polled: number;
  /** Outbox rows added for subscriptions. */
  queued: number;
  /** What the deliver step sent, or null when it sent nothing. */
  delivery: DeliverReport | null;
}

/** Polls the enabled feeds, routes what is new and delivers the alerts; returns what happened at each step. */
export async function pollFeeds(
  feeds: FeedConfig[],
  deps: SpineDeps,
  options: PollFeedsOptions = {},
): Promise<PollFeedsResult> {
  const enabled = feeds.filter((feed) => feed.enabled);
  const queue = new PQueue({ concurrency: options.concurrency ?? 8 });
  const pollDeps = options.oneCycle ? { ...deps, cycleStartedAt: deps.cycleStartedAt ?? deps.now() } : deps;
  const keep = options.keepResults ?? true;
  const relevant: string[] = [];
  const routable: string[] = [];
  let itemsStored = 0;
  let southeastAsia = 0;
  let failed = 0;
  let polledCount = 0;
  let done = 0;
  const count = (result: PollFeedResult): PollFeedResult | null => {
    if (result.kind === "new") {
      itemsStored += result.newItems.length;
      relevant.push(...relevantItemIds(result.newItems));
      routable.push(...routableItemIds(result.newItems));
      southeastAsia += result.newItems.filter(
        (item) => item.classification?.relevant === true && item.classification.sea,
      ).length;
    }
    if (result.kind === "failed") failed += 1;
    if (result.kind !== "skipped") polledCount += 1;
    options.onFeedDone?.(++done, enabled.length);
    return keep ? result : null;
  };
  const polled = options.oneCycle
    ? await pollClaimed(enabled, pollDeps, options.concurrency ?? 8, count)
    : await Promise.all(
        enabled.map((feed) =>
          queue.add(async () => count(await pollAndCount(feed, pollDeps)), { throwOnTimeout: true }),
        ),
      );
  const results = polled.filter((result): result is PollFeedResult => result !== null);

  const route = options.route ?? ((itemIds: string[]) => routeNewItems(deps.store, itemIds, deps.now()));
  const queued = routable.length > 0 ? await route(routable) : 0;

  const deliver =
    options.deliver ??
    (() =>
      deliverDue(deps, {
        mode: "alert",
        now: deps.now,
        maxWaitMs: options.maxWaitMs ?? 0,
        ...(deps.metrics ? { metrics: deps.metrics } : {}),
      }));
  const delivery = await deliver(queued);
  return {
    results,
    itemsStored,
    relevant: relevant.length,
    southeastAsia,
    failed,
    polled: polledCount,
    queued,
    delivery,
  };
}

/**
 * One cycle shared with other replicas: `concurrency` loops poll the feeds store.claimFeeds hands this process
 * (free, due, not polled this cycle), a few at a time, so a feed costs the same few statements whatever the
 * number of replicas and no replica walks the feeds another one took. The feeds never handed out are reported
 * skipped, with the reason their state gives. Results come back in `feeds` order.
 */
async function pollClaimed(
  feeds: FeedConfig[],
  deps: SpineDeps,
  concurrency: number,
  count: (result: PollFeedResult) => PollFeedResult | null,
): Promise<(PollFeedResult | null)[]> {
  const byId = new Map(feeds.map((feed) => [feed.id, feed]));
  const outcomes = new Map<string, PollFeedResult | null>();
  const batch = Math.max(1, Math.ceil(concurrency / 2));
  const leaseMs = deps.leaseMs ?? 5 * 60_000;
  // Claims are asked over a window of the feeds not yet tried, not over every feed not yet claimed: the ids
  // are sent and matched on every claim, so whole lists made a cycle's claims cost feeds² / batch in Postgres
  // and socket CPU. A window that yields less than a batch holds nothing else claimable now (leased by
  // another replica, polled this cycle, not due): its feeds are deferred, and one claim over every deferred
  // feed ends the cycle only when it returns none, as a claim over all unclaimed feeds did before.
  const window = Math.max(64, batch * 16);
  let pending = feeds.map((feed) => feed.id);
  let deferred: string[] = [];
  const ready: FeedConfig[] = [];
  let claiming: Promise<void> | null = null;
  let exhausted = false;
  const claim = (feedIds: string[]) =>
    deps.store.claimFeeds({
      feedIds,
      owner: deps.owner,
      now: deps.now(),
      leaseMs,
      limit: batch,
      ...(deps.cycleStartedAt ? { polledSince: deps.cycleStartedAt } : {}),
      ...(deps.ignoreSchedule ? { ignoreSchedule: true } : {}),
    });
  const claimMore = async (): Promise<void> => {
    let ids: string[];
    if (pending.length > 0) {
      const asked = pending.slice(0, window);
      ids = await claim(asked);
      const taken = new Set(ids);
      const rest = asked.filter((id) => !taken.has(id));
      if (ids.length < batch) {
        deferred = deferred.concat(rest);
        pending = pending.slice(asked.length);
      } else pending = rest.concat(pending.slice(asked.length));
    } else {
      ids = deferred.length > 0 ? await claim(deferred) : [];
      if (ids.length === 0) exhausted = true;
      const taken = new Set(ids);
      deferred = deferred.filter((id) => !taken.has(id));
    }
    for (const id of ids) ready.push(byId.get(id)!);
  };
  /** The next feed this process holds the lease of, claiming more when none is left; null when done. */
  const next = async (): Promise<FeedConfig | null> => {
    for (;;) {
      const feed = ready.shift();
      if (feed) return feed;
      if (exhausted) return null;
      claiming ??= claimMore().finally(() => {
        claiming = null;
      });
      await claiming;
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(concurrency, feeds.length) }, async () => {
      for (let feed = await next(); feed; feed = await next()) {
        outcomes.set(feed.id, count(await pollAndCount(feed, deps, true)));
      }
    }),
  );
  const left = feeds.filter((feed) => !outcomes.has(feed.id));
  if (left.length > 0) {
    const states = new Map((await deps.store.listFeedStates()).map((state) => [state.feedId, state]));
    const cycle = deps.cycleStartedAt?.toISOString();
    const now = deps.now().toISOString();
    for (const feed of left) {
      const state = states.get(feed.id);
      const reason =
        cycle && state?.lastPolledAt && state.lastPolledAt >= cycle
          ? SKIPPED_POLLED_THIS_CYCLE
          : state?.nextAttemptAt &&
              state.nextAttemptAt > now &&
              (!deps.ignoreSchedule || state.lastErrorCode === "FEED_RATE_LIMITED")
            ? `not before ${state.nextAttemptAt}`
            : "another tracewire process is polling it";
      outcomes.set(feed.id, count({ kind: "skipped", feed, reason }));
    }
  }
  return feeds.map((feed) => outcomes.get(feed.id) ?? null);
}

/** pollFeed, counted: how long it took, how it ended and how many items it stored. */
async function pollAndCount(feed: FeedConfig, deps: SpineDeps, leased = false): Promise<PollFeedResult> {
  const started = performance.now();
  const result = await pollFeed(feed, deps, { leased });
  deps.metrics?.pollFinished(result.kind, (performance.now() - started) / 1000);
  if (result.kind === "new") deps.metrics?.itemsStored(result.newItems.length);
  return result;
}
