/**
 * The worker's clock: node-cron ticks that run the pipeline. Every second, the feeds that are due (due-work.ts)
 * go through the spine (pipeline/poll-feeds.ts) one at a time, each on its own interval and never overlapping
 * itself; a poll that found something is routed (together with the polls that finish within a second of it:
 * route-batcher.ts, the spine's route step) and its alerts are delivered at once. Every minute, digests whose schedule fires are claimed (one replica wins) and sent, and held alerts
 * whose quiet hours ended (the outbox's notBefore) go out; the first minute also sends a digest whose time
 * passed while no worker ran (due-work.ts missedDigests). Weekly briefings fire on their own cron in their zone
 * (due-work.ts dueBriefings; commands/briefing/send-briefing.ts claims each run, so one replica sends it once). The clock and randomness are parameters;
 * tests drive `pollDueFeeds` and `runMinuteTick` by hand with a controllable clock.
 */
import cron, { type ScheduledTask } from "node-cron";
import type { AppContext } from "../app/app-context.js";
import { createBriefingDeps } from "../app/briefing-deps.js";
import { createSpineDeps } from "../app/spine-deps.js";
import { sendBriefing } from "../commands/briefing/send-briefing.js";
import { describePrune, pruneArchive } from "../commands/prune-archive.js";
import { type DeliveredPost, deliverDue } from "../deliver/drain-outbox.js";
import { describeError } from "../errors.js";
import { type Metrics, noopMetrics } from "../metrics.js";
import type { FeedConfig } from "../model/feed.js";
import type { PollFeedResult } from "../pipeline/poll-feed.js";
import { pollFeeds } from "../pipeline/poll-feeds.js";
import { retagIfBehind } from "../pipeline/retag-entities.js";
import { routeNewItems } from "../pipeline/route-new-items.js";
import { processTimeZone } from "../render/format-time.js";
import { dueBriefings, dueDigests, dueFeeds, MAX_JITTER, missedDigests, nextPollAt } from "./due-work.js";
import { createRouteBatcher } from "./route-batcher.js";

/** Longest time a poll's new items wait for other polls under way, to be routed with theirs (ms). */
const ROUTE_GATHER_MS = 1000;
/** How often the worker prunes the archive when TRACEWIRE_RETENTION_DAYS is set (ms): about once an hour. */
const PRUNE_EVERY_MS = 3_600_000;
/** Most new items routed in one batch: a routing holds them, and the stories they join, in memory. */
const ROUTE_MAX_ITEMS = 500;

/** What the feeds polled in one tick came to, for the cycle's log line. */
interface PollTally {
  polled: number;
  newItems: number;
  relevant: number;
  failed: number;
}

export type SchedulerContext = Pick<
  AppContext,
  "env" | "feeds" | "store" | "logger" | "fetcher" | "platforms" | "owner"
> &
  Partial<Pick<AppContext, "watchlist">>;

export interface SchedulerOptions {
  now?: () => Date;
  /** Source of jitter, [0, 1). */
  random?: () => number;
  metrics?: Metrics;
  /** A feed's poll interval in ms (default: its `interval` minutes). */
  feedIntervalMs?: (feed: FeedConfig) => number;
  /** How long stop() waits for in-flight work before giving up on it (default 8 s; the outbox keeps it). */
  stopTimeoutMs?: number;
  /** Start the node-cron tasks (default true). Tests that drive the clock by hand pass false. */
  cron?: boolean;
}

export interface Scheduler {
  /** True from start until stop() is called. */
  readonly running: boolean;
  /** Starts a poll of every due feed that is not in flight; resolves when those polls (and their alerts) end. */
  pollDueFeeds(): Promise<PollFeedResult[]>;
  /** Sends digests whose schedule fires this minute, then alerts that came due (quiet hours over, retries). */
  runMinuteTick(): Promise<void>;
  /** Stops taking work, waits (bounded) for what is in flight and stops the cron tasks. */
  stop(): Promise<void>;
}

/** Starts the node-cron tasks for polling and digests and returns the handle to stop them. */
export function startScheduler(ctx: SchedulerContext, options: SchedulerOptions = {}): Scheduler {
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const metrics = options.metrics ?? noopMetrics;
  const deps = createSpineDeps(ctx, { now, metrics });
  const intervalOf = options.feedIntervalMs ?? ((feed: FeedConfig) => feed.interval * 60_000);
  const defaultTz = processTimeZone(ctx.env.TZ);
  const startedAt = now();
  const dueAt = new Map<string, number>();
  /** Each feed's jitter, kept until its next poll so re-reading its state gives the same due time. */
  const jitters = new Map<string, number>();
  const inFlightFeeds = new Set<string>();
  const work = new Set<Promise<unknown>>();
  let minuteBusy = false;
  let caughtUp = false;
  let running = true;

  const track = <T>(promise: Promise<T>): Promise<T> => {
    work.add(promise);
    void promise.finally(() => work.delete(promise)).catch(() => {});
    return promise;
  };

  async function scheduleNext(feed: FeedConfig): Promise<number> {
    const state = await ctx.store.getFeedState(feed.id);
    let jitter = jitters.get(feed.id);
    if (jitter === undefined) {
      jitter = random() * MAX_JITTER;
      jitters.set(feed.id, jitter);
    }
    const at = nextPollAt(state, intervalOf(feed), jitter, startedAt).getTime();
    dueAt.set(feed.id, at);
    return at;
  }

  /** Polls started and not yet handed to routing: while there are any, routing waits a moment for them. */
  let polling = 0;
  const batcher = createRouteBatcher({
    routeItems: (itemIds) => routeNewItems(ctx.store, itemIds, now()),
    othersBusy: () => polling > 0,
    gatherMs: ROUTE_GATHER_MS,
    maxItems: ROUTE_MAX_ITEMS,
  });

  /**
   * Runs one feed through the spine: poll, route (batched) and deliver the alerts. The result is returned only
   * when `keep` is set: a new result holds the feed's items (and, through strings sliced from it, its whole
   * body), which the cron tick never reads and need not keep while the items wait for routing.
   */
  async function runFeed(feed: FeedConfig, keep: boolean, tally: PollTally): Promise<PollFeedResult | null> {
    polling += 1;
    let handedOver = false;
    const handOver = (): void => {
      if (handedOver) return;
      handedOver = true;
      polling -= 1;
    };
    try {
      // Another replica may have polled it since we last looked: the stored state decides.
      if ((await scheduleNext(feed)) > now().getTime()) return null;
      jitters.delete(feed.id);
      // Another replica or a slash command may have edited the watchlist: new items are tagged with the latest.
      await ctx.watchlist?.refresh();
      const cycle = await pollFeeds([feed], deps, {
        keepResults: keep,
        route: (itemIds) => {
          handOver();
          return routeBatched(feed.id, itemIds);
        },
        deliver: async (queued) => {
          if (queued > 0 && running) await deliverAlerts();
          return null;
        },
      });
      tally.polled += cycle.polled;
      tally.newItems += cycle.itemsStored;
      tally.relevant += cycle.relevant;
      tally.failed += cycle.failed;
      return cycle.results[0] ?? null;
    } catch (error) {
      tally.failed += 1;
      metrics.failed("poll");
      ctx.logger.error(
        { feed_id: feed.id, err: error },
        `feed ${feed.id}: poll stopped: ${describeError(error)}`,
      );
      return null;
    } finally {
      handOver();
      // The last poll of a burst found nothing new: what the others found need not wait any longer.
      if (polling === 0) batcher.flush();
      inFlightFeeds.delete(feed.id);
      await scheduleNext(feed).catch(() => dueAt.set(feed.id, now().getTime() + intervalOf(feed)));
    }
  }

  /** The spine's route step in the worker: a failed routing is counted and logged, and delivers nothing. */
  async function routeBatched(feedId: string, itemIds: string[]): Promise<number> {
    try {
      // Polls that finish close together are routed in one batch (route-batcher.ts): each routing reads the
      // recent archive to group stories, so this keeps that work, and its garbage, to one per batch.
      return await batcher.route(itemIds);
    } catch (error) {
      metrics.failed("route");
      ctx.logger.error({ feed_id: feedId, err: error }, `routing new items failed: ${describeError(error)}`);
      return 0;
    }
  }

  async function deliverAlerts(): Promise<void> {
    try {
      await deliverDue(deps, { mode: "alert", now, metrics, onPost: logPost });
    } catch (error) {
      metrics.failed("deliver");
      ctx.logger.error({ err: error }, `alert delivery stopped: ${describeError(error)}`);
    }
  }

  /** One line per post: the target (no secrets), the mode and how many stories. */
  function logPost(post: DeliveredPost): void {
    ctx.logger.info(
      { subscription_id: post.subscriptionId, target: post.target, mode: post.mode, stories: post.stories },
      `posted ${post.mode === "alert" ? "an alert" : "a digest"} to ${post.target}: ` +
        `${post.stories} ${post.stories === 1 ? "story" : "stories"}`,
    );
  }

  /**
   * Re-tags the archive in the background when the watchlist moved since it was last tagged (a slash command
   * leaves that to the worker to answer within Slack's 3 s); one re-tagging at a time.
   */
  let retagging = false;
  function retagInBackground(): void {
    const current = ctx.watchlist;
    if (!current || retagging || !running) return;
    retagging = true;
    void track(
      retagIfBehind(ctx.store, current)
        .then((result) => {
          if (result)
            ctx.logger.info(
              { items: result.scanned, changed: result.changed },
              `watchlist changed: re-tagged ${result.scanned} items, ${result.changed} changed`,
            );
        })
        .catch((error: unknown) => {
          metrics.failed("store");
          ctx.logger.error({ err: error }, `re-tagging the archive failed: ${describeError(error)}`);
        })
        .finally(() => {
          retagging = false;
        }),
    );
  }

  /**
   * Retention (TRACEWIRE_RETENTION_DAYS): prunes old non-relevant items in the background at the first minute
   * tick and then about once an hour; one prune at a time, each batch its own transaction (prune-archive.ts).
   */
  let pruning = false;
  let prunedAt: number | null = null;
  function pruneInBackground(at: Date): void {
    const days = ctx.env.TRACEWIRE_RETENTION_DAYS;
    if (days === undefined || pruning || !running) return;
    if (prunedAt !== null && at.getTime() - prunedAt < PRUNE_EVERY_MS) return;
    pruning = true;
    prunedAt = at.getTime();
    void track(
      pruneArchive(ctx.store, days, at)
        .then((result) => ctx.logger.info({ items: result.removed, days }, describePrune(result)))
        .catch((error: unknown) => {
          metrics.failed("store");
          ctx.logger.error({ err: error }, `pruning the archive failed: ${describeError(error)}`);
        })
        .finally(() => {
          pruning = false;
        }),
    );
  }

  /** Sends one briefing run (claimed in the store, so one replica sends it once); failures are logged. */
  async function runBriefing(due: { subscriptionId: string; tick: string }, at: Date): Promise<void> {
    try {
      const subscription = await ctx.store.getSubscription(due.subscriptionId);
      if (!subscription) return;
      const result = await sendBriefing(createBriefingDeps(ctx), subscription, { now: at, tick: due.tick });
      if (result.outcome === "sent") {
        ctx.logger.info(
          { subscription_id: due.subscriptionId, target: result.target, tick: due.tick },
          `posted a briefing to ${result.target}`,
        );
      } else if (result.outcome === "failed") {
        metrics.failed("deliver");
        ctx.logger.warn(
          { subscription_id: due.subscriptionId, target: result.target, tick: due.tick },
          `briefing to ${result.target} failed: ${result.error}; tried again in a few minutes`,
        );
      }
    } catch (error) {
      metrics.failed("deliver");
      ctx.logger.error(
        { subscription_id: due.subscriptionId, err: error },
        `briefing failed: ${describeError(error)}`,
      );
    }
  }

  /** Starts a poll of every due feed that is not in flight; `keep` says whether the polls return their results. */
  function pollDue(keep: boolean): Promise<PollFeedResult | null>[] {
    if (!running) return [];
    const due = dueFeeds(ctx.feeds, dueAt, inFlightFeeds, now());
    if (due.length === 0) return [];
    const tally: PollTally = { polled: 0, newItems: 0, relevant: 0, failed: 0 };
    const polls = due.map((feed) => {
      inFlightFeeds.add(feed.id);
      return track(runFeed(feed, keep, tally));
    });
    // One line per poll cycle, only when something happened (new items or failures).
    void Promise.allSettled(polls).then(() => {
      if (tally.newItems === 0 && tally.failed === 0) return;
      ctx.logger.info(
        { feeds: tally.polled, new_items: tally.newItems, relevant: tally.relevant, failed: tally.failed },
        `polled ${tally.polled} ${tally.polled === 1 ? "feed" : "feeds"}: ${tally.newItems} new items, ` +
          `${tally.relevant} relevant, ${tally.failed} failed`,
      );
    });
    return polls;
  }

  const scheduler: Scheduler = {
    get running() {
      return running;
    },
    pollDueFeeds() {
      return Promise.all(pollDue(true)).then((results) =>
        results.filter((r): r is PollFeedResult => r !== null),
      );
    },
    async runMinuteTick() {
      if (!running || minuteBusy) return;
      retagInBackground();
      pruneInBackground(now());
      minuteBusy = true;
      const tick = (async () => {
        const at = now();
        const subscriptions = await ctx.store.listSubscriptions();
        // The first tick also sends digests whose time passed while no worker was running.
        const digests = [
          ...(caughtUp ? [] : missedDigests(subscriptions, at, defaultTz)),
          ...dueDigests(subscriptions, at, defaultTz),
        ];
        caughtUp = true;
        await Promise.all(
          digests.map(async ({ subscriptionId, tick: key }) => {
            try {
              if (!(await ctx.store.claimDigestTick(subscriptionId, key))) return;
              // Each message sent is logged once (logPost); a digest with nothing new logs nothing.
              const report = await deliverDue(deps, {
                mode: "digest",
                subscriptionId,
                now,
                metrics,
                onPost: logPost,
              });
              ctx.logger.debug(
                { subscription_id: subscriptionId, tick: key, sent: report.sent, messages: report.messages },
                `digest ${subscriptionId} tick ${key}: ${report.sent} stories`,
              );
            } catch (error) {
              metrics.failed("digest");
              ctx.logger.error(
                { subscription_id: subscriptionId, err: error },
                `digest failed: ${describeError(error)}`,
              );
            }
          }),
        );
        await Promise.all(dueBriefings(subscriptions, at, defaultTz).map((due) => runBriefing(due, at)));
        await deliverAlerts();
      })();
      try {
        await track(tick);
      } catch (error) {
        metrics.failed("store");
        ctx.logger.error({ err: error }, `minute tick failed: ${describeError(error)}`);
      } finally {
        minuteBusy = false;
      }
    },
    async stop() {
      if (!running) return;
      running = false;
      for (const task of tasks) await task.stop();
      batcher.flush();
      const timeoutMs = options.stopTimeoutMs ?? 8000;
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<"timeout">((resolve) => {
        timer = setTimeout(() => resolve("timeout"), timeoutMs);
      });
      const outcome = await Promise.race([
        Promise.allSettled([...work]).then(() => "done" as const),
        timedOut,
      ]);
      clearTimeout(timer);
      if (outcome === "timeout") {
        ctx.logger.warn(
          { in_flight: work.size },
          `stopped with ${work.size} job(s) still running; the outbox keeps undelivered messages for the next start`,
        );
      }
      for (const task of tasks) await task.destroy();
    },
  };

  const tasks: ScheduledTask[] = [];
  if (options.cron !== false) {
    const quiet = { suppressMissedWarning: true } as const;
    tasks.push(
      cron.schedule(
        "* * * * * *",
        () => {
          if (running) pollDue(false);
        },
        { name: "tracewire-feeds", ...quiet },
      ),
      cron.schedule("* * * * *", () => scheduler.runMinuteTick(), { name: "tracewire-minute", ...quiet }),
    );
  }
  return scheduler;
}
