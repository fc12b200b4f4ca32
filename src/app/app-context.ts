/**
 * The composition root: everything the app needs, built once from the validated environment (feeds, store,
 * logger, fetcher, platforms). The CLI, the worker, the bots and the benchmark start here, so they behave
 * alike; only those entry points import app/. Below it nothing takes this context or the environment: each
 * function is handed the narrow parts it uses (spine-deps.ts, subscribe-deps.ts).
 */
import { resumeWaitingSubscriptions } from "../commands/resume-waiting-subscriptions.js";
import type { Env } from "../config/env-schema.js";
import { loadFeeds } from "../config/load-feeds.js";
import { createPlatforms } from "../deliver/create-platforms.js";
import { describeError } from "../errors.js";
import { createFetcher } from "../fetch/create-fetcher.js";
import { createLogger, type Logger } from "../log.js";
import type { FeedConfig } from "../model/feed.js";
import { configuredPlatforms } from "../model/subscription.js";
import { CurrentWatchlist } from "../pipeline/current-watchlist.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { ownerName, recoverCrashedWork } from "./recover-crashed-work.js";
import { seedWatchlistOnce } from "./seed-watchlist.js";

export type Fetcher = ReturnType<typeof createFetcher>;
export type Platforms = ReturnType<typeof createPlatforms>;

export interface AppContext {
  env: Readonly<Env>;
  feeds: FeedConfig[];
  store: Store;
  logger: Logger;
  fetcher: Fetcher;
  platforms: Platforms;
  /** The store's watchlist, compiled for the classifier (seeded from WATCHLIST_FILE; refresh() before a poll). */
  watchlist: CurrentWatchlist;
  /** This process's name in leases and claims: host, pid and a random part. */
  owner: string;
  /** Where human output and console deliveries go. */
  output: NodeJS.WritableStream;
  /**
   * Hands back this process's claims and closes the store and sockets. With `abandon` (a signal: the process
   * is about to exit) requests under way are not waited for; their sockets end with the process.
   */
  close(options?: { abandon?: boolean }): Promise<void>;
}

export interface AppContextOptions {
  output?: NodeJS.WritableStream;
  logger?: Logger;
  /** Load feeds.json (default true); commands that do not poll may skip it. */
  loadFeeds?: boolean;
  /** Longest wait for one platform request (ms; default the clients' 15 s). One-shot commands pass a few seconds. */
  platformTimeoutMs?: number;
}

/** Opens the store and builds the shared parts. Throws ConfigError / StoreError on bad configuration. */
export async function createAppContext(
  env: Readonly<Env>,
  options: AppContextOptions = {},
): Promise<AppContext> {
  const logger = options.logger ?? createLogger({ level: env.LOG_LEVEL });
  const output = options.output ?? process.stdout;
  const feeds = options.loadFeeds === false ? [] : loadFeeds(env.FEEDS_FILE);
  const store = await openStore(env.DATABASE_URL, { poolSize: env.DATABASE_POOL_SIZE, logger });
  const fetcher = createFetcher({
    timeoutMs: env.TRACEWIRE_FETCH_TIMEOUT_MS,
    maxBytes: env.TRACEWIRE_MAX_FEED_BYTES,
    maxDecodedBytes: env.TRACEWIRE_MAX_DECODED_BYTES,
    maxRedirects: env.TRACEWIRE_MAX_REDIRECTS,
    allowPrivateHosts: env.TRACEWIRE_ALLOW_PRIVATE_HOSTS,
    concurrency: env.TRACEWIRE_FETCH_CONCURRENCY,
  });
  const platforms = createPlatforms(
    {
      slackBotToken: env.SLACK_BOT_TOKEN,
      slackApiUrl: env.SLACK_API_URL,
      discordToken: env.DISCORD_TOKEN,
      discordApiUrl: env.DISCORD_API_URL,
      allowPrivateHosts: env.TRACEWIRE_ALLOW_PRIVATE_HOSTS,
      requestTimeoutMs: options.platformTimeoutMs,
    },
    logger,
    output,
  );
  await seedWatchlistOnce(store, env.WATCHLIST_FILE, logger);
  const watchlist = new CurrentWatchlist(store);
  await watchlist.refresh();
  const owner = ownerName();
  const released = await recoverCrashedWork(store);
  if (released > 0)
    logger.warn({ rows: released }, `resumed ${released} deliveries left unfinished by a crashed process`);
  await resumeWaitingSubscriptions(store, configuredPlatforms(env), new Date());
  let closed = false;
  return {
    env,
    feeds,
    store,
    logger,
    fetcher,
    platforms,
    watchlist,
    owner,
    output,
    async close(closeOptions = {}) {
      if (closed) return;
      closed = true;
      try {
        const released = await store.releaseClaims([owner]);
        if (released > 0) logger.debug({ rows: released }, `handed back ${released} unfinished deliveries`);
      } catch (error) {
        logger.warn({ err: error }, `could not hand back this process's claims: ${describeError(error)}`);
      }
      const sockets = Promise.allSettled([fetcher.close(), platforms.close()]);
      if (!closeOptions.abandon) await sockets;
      await store.close();
    },
  };
}
