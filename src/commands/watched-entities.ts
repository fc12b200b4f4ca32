/**
 * The watched names the web archive shows (`/entities/ID`). Read from watchlist.json until the watchlist lives
 * in the store (issue 17): this one function is what changes then.
 */
import { existsSync } from "node:fs";
import { loadWatchlist } from "../config/load-watchlist.js";
import type { WatchedEntity } from "../model/entity.js";

/** Every watched entity of the watchlist file; none when the file does not exist. */
export async function listWatchedEntities(file: string): Promise<WatchedEntity[]> {
  if (!existsSync(file)) return [];
  return loadWatchlist(file).map((entry) => ({
    ...entry,
    ambiguousAliases: entry.ambiguousAliases ?? [],
    context: entry.context ?? [],
    note: entry.note ?? null,
  }));
}
