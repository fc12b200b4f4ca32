/** The web archive's feed page (`/feeds`): each feed's health with its pace and how long since it had news. */
import type { FeedConfig, FeedStatusRow } from "../model/feed.js";
import type { Store } from "../store/store.js";
import { feedStatus } from "./feed-status.js";

export interface FeedHealthRow extends FeedStatusRow {
  lastSuccessAt: string | null;
  /** New items a week, averaged over the last four weeks. */
  itemsPerWeek: number;
  /** Whole days since the feed last brought a new item; null when it never did. */
  daysSinceNewItem: number | null;
}

const DAY_MS = 86_400_000;
const WINDOW_DAYS = 28;

/** Every configured feed with its health, pace and staleness at `now`. */
export async function feedHealth(
  store: Pick<Store, "listFeedStates" | "countItemsByFeed">,
  feeds: FeedConfig[],
  now: Date,
): Promise<FeedHealthRow[]> {
  const [rows, states, counts] = await Promise.all([
    feedStatus(store as Store, feeds),
    store.listFeedStates(),
    store.countItemsByFeed(new Date(now.getTime() - WINDOW_DAYS * DAY_MS).toISOString()),
  ]);
  const success = new Map(states.map((state) => [state.feedId, state.lastSuccessAt]));
  const items = new Map(counts.map((count) => [count.feedId, count.items]));
  return rows.map((row) => ({
    ...row,
    lastSuccessAt: success.get(row.id) ?? null,
    itemsPerWeek: Math.round(((items.get(row.id) ?? 0) / (WINDOW_DAYS / 7)) * 10) / 10,
    daysSinceNewItem:
      row.lastNewItemAt === null
        ? null
        : Math.floor((now.getTime() - Date.parse(row.lastNewItemAt)) / DAY_MS),
  }));
}
