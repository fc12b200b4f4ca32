/** `tracewire feeds` and `/tracewire status`: every configured feed with its health. */
import type { FeedConfig, FeedStatusRow } from "../model/feed.js";
import type { Store } from "../store/store.js";

/** Joins feeds.json with the health the store keeps; feeds in the store but no longer configured are left out. */
export async function feedStatus(store: Store, feeds: FeedConfig[]): Promise<FeedStatusRow[]> {
  const states = new Map((await store.listFeedStates()).map((state) => [state.feedId, state]));
  return feeds.map((feed) => {
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
    };
  });
}
