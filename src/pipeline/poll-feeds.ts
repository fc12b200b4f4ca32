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
import { type PollFeedDeps, type PollFeedResult, pollFeed } from "./poll-feed.js";
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
  const polled = await Promise.all(
    enabled.map((feed) =>
      queue.add(
        async () => {
          const result = await pollAndCount(feed, pollDeps);
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
        },
        { throwOnTimeout: true },
      ),
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

/** pollFeed, counted: how long it took, how it ended and how many items it stored. */
async function pollAndCount(feed: FeedConfig, deps: SpineDeps): Promise<PollFeedResult> {
  const started = performance.now();
  const result = await pollFeed(feed, deps);
  deps.metrics?.pollFinished(result.kind, (performance.now() - started) / 1000);
  if (result.kind === "new") deps.metrics?.itemsStored(result.newItems.length);
  return result;
}
