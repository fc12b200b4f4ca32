/** A watchlist.json entry as the rest of tracewire sees it: optional fields filled in. */
import type { WatchedEntity } from "../model/entity.js";
import type { WatchlistEntry } from "./watchlist-schema.js";

export function watchedEntity(entry: WatchlistEntry): WatchedEntity {
  return {
    ...entry,
    ambiguousAliases: entry.ambiguousAliases ?? [],
    context: entry.context ?? [],
    note: entry.note ?? null,
  };
}
