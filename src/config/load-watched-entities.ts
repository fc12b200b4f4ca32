/**
 * The watchlist file as the store keeps it: loadWatchlist's checked entries with every optional field filled
 * (no ambiguous aliases, no context words, no note), ready to seed the store.
 */
import type { WatchedEntity } from "../model/entity.js";
import { loadWatchlist } from "./load-watchlist.js";
import type { WatchlistEntry } from "./watchlist-schema.js";

/** One checked watchlist.json entry as a WatchedEntity. */
export function toWatchedEntity(entry: WatchlistEntry): WatchedEntity {
  return {
    id: entry.id,
    name: entry.name,
    kind: entry.kind,
    countries: entry.countries,
    aliases: entry.aliases,
    ambiguousAliases: entry.ambiguousAliases ?? [],
    context: entry.context ?? [],
    sources: entry.sources,
    note: entry.note ?? null,
  };
}

/** Loads and checks a watchlist file (ConfigError naming the file and entry otherwise). */
export function loadWatchedEntities(file: string): WatchedEntity[] {
  return loadWatchlist(file).map(toWatchedEntity);
}
