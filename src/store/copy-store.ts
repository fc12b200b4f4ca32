/**
 * `tracewire db copy`: moves an archive from one store to another (typically SQLite to Postgres) —
 * items with the feeds that carried them, classifications, stories, feed health, subscriptions, the
 * watchlist (into a destination that has none yet) and the whole delivery history — so nothing is sent twice after the move. Safe to run again: what is already
 * in the destination is left alone.
 */
import type { Item } from "../model/item.js";
import type { Store } from "./store.js";
import { WATCHLIST_SEEDED_KEY } from "./watched-entity-row.js";

export interface CopyCounts {
  items: number;
  subscriptions: number;
  outbox: number;
  feeds: number;
}

const ALL = 10_000_000;

/** Copies everything from `from` into `to`. */
export async function copyStore(from: Store, to: Store): Promise<CopyCounts> {
  const items = await from.listItems({ limit: ALL });
  const oldestFirst = [...items].reverse();
  const copies: Item[] = oldestFirst.flatMap((item) =>
    (item.feedIds.length > 0 ? item.feedIds : [item.feedId]).map((feedId) => ({
      id: item.id,
      feedId,
      outlet: item.outlet,
      url: item.url,
      link: item.link,
      guid: item.guid,
      title: item.title,
      summary: item.summary,
      publishedAt: item.publishedAt,
      publishedEstimated: item.publishedEstimated,
      firstSeenAt: item.firstSeenAt,
      language: item.language,
    })),
  );
  for (let i = 0; i < copies.length; i += 1000) await to.insertItems(copies.slice(i, i + 1000));
  const classified = oldestFirst.flatMap((item) =>
    item.classification ? [{ itemId: item.id, classification: item.classification }] : [],
  );
  for (let i = 0; i < classified.length; i += 1000)
    await to.saveClassifications(classified.slice(i, i + 1000));
  await to.assignStories(
    oldestFirst.flatMap((item) => (item.storyId ? [{ itemId: item.id, storyId: item.storyId }] : [])),
  );
  const states = await from.listFeedStates();
  for (const state of states) await to.saveFeedState(state);
  const existing = new Set((await to.listSubscriptions()).map((s) => s.id));
  const subscriptions = await from.listSubscriptions();
  for (const subscription of subscriptions)
    if (!existing.has(subscription.id)) await to.addSubscription(subscription);
  // The operator's watchlist, as edited: it seeds a destination never seeded (which would otherwise be seeded
  // from WATCHLIST_FILE at its first start); a destination with a watchlist of its own keeps it.
  if ((await from.getMeta(WATCHLIST_SEEDED_KEY)) !== null) await to.seedWatchlist(await from.listWatchlist());
  const outbox = await from.listOutbox({ limit: ALL });
  const copied = await to.importOutbox(outbox);
  await to.optimize();
  return { items: items.length, subscriptions: subscriptions.length, outbox: copied, feeds: states.length };
}
