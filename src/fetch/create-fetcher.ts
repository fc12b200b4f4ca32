/**
 * One fetcher per poll cycle: every feed of the cycle shares one guarded Agent (connection reuse, one SSRF
 * policy) and one concurrency limit, so a hundred feeds never open a hundred sockets at once.
 */
import PQueue from "p-queue";
import { ENV_DEFAULTS } from "../config/env-schema.js";
import { createGuardedAgent } from "./address-guard.js";
import { type FeedRequest, type FetchFeedOptions, type FetchResult, fetchFeed } from "./fetch-feed.js";
import { DEFAULT_FETCH_OPTIONS } from "./fetch-options.js";

/** How many feeds are fetched at once by default. */
export const DEFAULT_FETCH_CONCURRENCY = ENV_DEFAULTS.TRACEWIRE_FETCH_CONCURRENCY;

export interface Fetcher {
  /** Fetches one feed when a slot is free; never throws for network or HTTP trouble. */
  fetch(request: FeedRequest): Promise<FetchResult>;
  /** Waits for fetches under way (each bounded by its deadline), then closes the connections. */
  close(): Promise<void>;
}

/** A fetcher sharing one guarded Agent and a concurrency limit (default 8) across all feeds of a cycle. */
export function createFetcher(
  options: Omit<FetchFeedOptions, "dispatcher"> & { concurrency?: number } = {},
): Fetcher {
  const { concurrency = DEFAULT_FETCH_CONCURRENCY, ...fetchOptions } = options;
  const timeoutMs = fetchOptions.timeoutMs ?? DEFAULT_FETCH_OPTIONS.timeoutMs;
  const agent = createGuardedAgent({
    allowPrivateHosts: fetchOptions.allowPrivateHosts ?? DEFAULT_FETCH_OPTIONS.allowPrivateHosts,
    allowAddresses: fetchOptions.allowAddresses,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  const queue = new PQueue({ concurrency });
  return {
    fetch: async (request) => {
      const result = await queue.add(() => fetchFeed(request, { ...fetchOptions, dispatcher: agent }), {
        throwOnTimeout: true,
      });
      return result;
    },
    close: async () => {
      await queue.onIdle();
      await agent.close();
    },
  };
}
