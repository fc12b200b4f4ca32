/** The web archive's entity page (`/entities/ID`): a watched name, its weekly count and its stories. */
import type { WatchedEntity } from "../model/entity.js";
import type { StoredItem } from "../model/item.js";
import type { Store } from "../store/store.js";
import { listArchiveStories } from "./archive-stories.js";
import { lastWeeks, weekOf } from "./archive-trends.js";

export interface EntityDetail {
  entity: WatchedEntity;
  weeks: string[];
  /** Stories naming it per week, aligned with `weeks`. */
  counts: number[];
  stories: StoredItem[];
}

/** The entity with `id` among `entities` with its stories; null when it is not watched. */
export async function entityDetail(
  store: Pick<Store, "listItems" | "searchItems">,
  entities: readonly WatchedEntity[],
  id: string,
  now: Date,
): Promise<EntityDetail | null> {
  const entity = entities.find((candidate) => candidate.id === id);
  if (!entity) return null;
  const weeks = lastWeeks(now, 26);
  const { items } = await listArchiveStories(store, { entity: id, from: `${weeks[0]}T00:00:00.000Z` }, 500);
  const index = new Map(weeks.map((week, i) => [week, i]));
  const counts = weeks.map(() => 0);
  for (const item of items) {
    const at = index.get(weekOf(new Date(item.publishedAt)));
    if (at !== undefined) counts[at] = (counts[at] ?? 0) + 1;
  }
  return { entity, weeks, counts, stories: items.slice(0, 100) };
}
