/**
 * `--entities` names watched entities by id: a subscription to an id the watchlist lacks would never receive
 * anything, so subscribe and subscription set refuse it, naming the nearest ids.
 */
import { ConfigError } from "../errors.js";
import { optionFlag } from "../route/subscription-options.js";
import type { WatchlistStore } from "../store/store.js";
import { nearestIds } from "./nearest-ids.js";

/** Throws ConfigError for the first id not on the store's watchlist. */
export async function checkEntityIds(
  store: Pick<WatchlistStore, "listWatchlist">,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  const known = (await store.listWatchlist()).map((entity) => entity.id);
  const unknown = ids.find((id) => !known.includes(id));
  if (unknown === undefined) return;
  const nearest = nearestIds(unknown, known);
  throw new ConfigError(`${optionFlag("entities")}: "${unknown}" is not on the watchlist`, {
    hint:
      known.length === 0
        ? 'the watchlist is empty; add the name with tracewire watchlist add "NAME" (or /tracewire watch add)'
        : nearest.length > 0
          ? `did you mean ${nearest.join(", ")}? tracewire watchlist list (or /tracewire watch list) shows every id`
          : "tracewire watchlist list (or /tracewire watch list) shows every id",
  });
}
