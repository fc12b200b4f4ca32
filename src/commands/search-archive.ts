/** `tracewire search` and `/tracewire search`: full-text hits from the archive. */
import { placeOfQuery } from "../classify/place-query.js";
import type { Topic } from "../model/classification.js";
import type { StoredItem } from "../model/item.js";
import type { Store } from "../store/store.js";

export interface SearchOptions {
  query: string;
  limit?: number;
  relevant?: boolean;
  country?: string;
  topic?: Topic;
  /** `newest`: newest first (CLI); `relevant`: relevant items first, then newest (slash commands). */
  order?: "newest" | "relevant";
}

/**
 * Searches title and summary; an empty query returns nothing. A query that is one place name ("Cambodia",
 * "柬埔寨") also finds the items tagged with that country in every language, not only those spelling it so.
 */
export async function searchArchive(store: Store, options: SearchOptions): Promise<StoredItem[]> {
  const query = options.query.trim();
  if (query === "") return [];
  const limit = options.limit ?? 20;
  const hits = await store.searchItems(query, {
    limit: Math.max(limit * 5, 100),
    ...(options.relevant === undefined ? {} : { relevant: options.relevant }),
    ...(options.country ? { country: options.country } : {}),
    ...(options.topic ? { topic: options.topic } : {}),
  });
  const place = options.country ? null : placeOfQuery(query);
  if (place !== null) {
    const tagged = await store.listItems({
      country: place,
      limit: Math.max(limit * 5, 100),
      ...(options.relevant === undefined ? {} : { relevant: options.relevant }),
      ...(options.topic ? { topic: options.topic } : {}),
    });
    const seen = new Set(hits.map((item) => item.id));
    for (const item of tagged) if (!seen.has(item.id)) hits.push(item);
  }
  const byNewest = (a: StoredItem, b: StoredItem) => b.publishedAt.localeCompare(a.publishedAt);
  const sorted =
    options.order === "relevant"
      ? [...hits].sort((a, b) => relevanceRank(b) - relevanceRank(a) || byNewest(a, b))
      : [...hits].sort(byNewest);
  return sorted.slice(0, limit);
}

function relevanceRank(item: StoredItem): number {
  const c = item.classification;
  if (!c?.relevant) return 0;
  return c.sea ? 2 : 1;
}
