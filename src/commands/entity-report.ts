/**
 * `/tracewire entity ID` and `tracewire watchlist show ID`: one watched entity, the latest stories that name
 * it (one item per story, newest first) and how many items named it in each of the last weeks. Two indexed
 * reads, so it answers well within Slack's 3 s.
 */
import type { WatchedEntity } from "../model/entity.js";
import type { StoredItem } from "../model/item.js";
import type { EntityWeek, ItemStore, WatchlistStore } from "../store/store.js";
import { requireWatched } from "./edit-watchlist.js";

export interface EntityReport {
  entity: WatchedEntity;
  /** The latest stories naming it: one item per story, newest first. */
  stories: StoredItem[];
  /** Items naming it per week, oldest week first; the last week ends now. */
  weeks: EntityWeek[];
}

/** The report on one entity; an unknown id is a UsageError naming the nearest ids. */
export async function entityReport(
  store: Pick<WatchlistStore, "getWatchedEntity" | "listWatchlist" | "entityWeeklyCounts"> &
    Pick<ItemStore, "listItems">,
  id: string,
  now: Date,
  options: { where: string; stories?: number; weeks?: number },
): Promise<EntityReport> {
  const entity = await requireWatched(store, id, options.where);
  const limit = options.stories ?? 8;
  const [items, weeks] = await Promise.all([
    store.listItems({ entities: [entity.id], limit: limit * 4 }),
    store.entityWeeklyCounts(entity.id, options.weeks ?? 8, now),
  ]);
  const seen = new Set<string>();
  const stories: StoredItem[] = [];
  for (const item of items) {
    const story = item.storyId ?? item.id;
    if (seen.has(story)) continue;
    seen.add(story);
    stories.push(item);
    if (stories.length >= limit) break;
  }
  return { entity, stories, weeks };
}
