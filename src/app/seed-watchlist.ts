/**
 * The store's watchlist starts as WATCHLIST_FILE: the first process to open a store that was never seeded
 * copies the file in; after that the store is the watchlist (`tracewire watchlist`, `/tracewire watch`), so an
 * operator's removals are not undone at the next start. A missing file seeds nothing (and is tried again at
 * the next start); a file with mistakes stops the process with every mistake named.
 */
import { existsSync } from "node:fs";
import type { Logger } from "../log.js";
import type { StoreLifecycle, WatchlistStore } from "../store/store.js";
import { WATCHLIST_SEEDED_KEY } from "../store/watched-entity-row.js";

/** Seeds the store's watchlist from `file` when it was never seeded; true when it did. */
export async function seedWatchlistOnce(
  store: Pick<WatchlistStore, "seedWatchlist"> & Pick<StoreLifecycle, "getMeta">,
  file: string,
  logger: Logger,
): Promise<boolean> {
  if ((await store.getMeta(WATCHLIST_SEEDED_KEY)) !== null) return false;
  if (!existsSync(file)) {
    logger.warn(
      { file },
      `watchlist ${file} not found: no names are watched; set WATCHLIST_FILE or add names with tracewire watchlist add`,
    );
    return false;
  }
  // Loaded here, not at import: its schema is compiled once per store, not at every start of every process.
  const { loadWatchedEntities } = await import("../config/load-watched-entities.js");
  const seeded = await store.seedWatchlist(loadWatchedEntities(file));
  if (seeded) logger.info({ file }, `watchlist seeded from ${file}`);
  return seeded;
}
