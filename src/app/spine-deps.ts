/**
 * The spine's dependencies, built in one place from the shared context: `tracewire poll`, `tracewire digest`,
 * the worker and the benchmark all poll and deliver with what this returns. Read at call time, so a context
 * copied with another owner (a second replica in tests) polls and claims in that owner's name.
 */
import type { Metrics } from "../metrics.js";
import type { SpineDeps } from "../pipeline/poll-feeds.js";
import { processTimeZone } from "../render/format-time.js";
import type { AppContext } from "./app-context.js";

export interface SpineDepsOptions {
  /** The clock (default: the system clock). */
  now?: () => Date;
  /** Where polls, classifications and deliveries are counted (the worker's /metrics); default nothing. */
  metrics?: Metrics;
}

/** PollFeedDeps and DeliverDeps from the context's store, fetcher, platforms, logger, owner and settings. */
export function createSpineDeps(
  ctx: Pick<AppContext, "env" | "store" | "fetcher" | "platforms" | "logger" | "owner">,
  options: SpineDepsOptions = {},
): SpineDeps {
  const { env } = ctx;
  return {
    store: ctx.store,
    fetch: (request) => ctx.fetcher.fetch(request),
    platforms: ctx.platforms,
    logger: ctx.logger,
    now: options.now ?? (() => new Date()),
    owner: ctx.owner,
    // The spine is asked to poll now (a CLI run, or a worker whose own schedule said the feed is due).
    ignoreSchedule: true,
    maxItemsPerFeed: env.TRACEWIRE_MAX_ITEMS_PER_FEED,
    allowPrivateHosts: env.TRACEWIRE_ALLOW_PRIVATE_HOSTS,
    color: !env.NO_COLOR && (process.stdout.isTTY ?? false),
    defaultTimeZone: processTimeZone(env.TZ),
    ...(env.TRACEWIRE_PUBLIC_URL ? { publicUrl: env.TRACEWIRE_PUBLIC_URL } : {}),
    ...(options.metrics ? { metrics: options.metrics } : {}),
  };
}
