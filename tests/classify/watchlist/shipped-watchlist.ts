/** The watchlist shipped in watchlist.json, compiled as tracewire runs it. */
import { join } from "node:path";
import {
  type CompiledWatchlist,
  compileWatchlist,
} from "../../../src/classify/watchlist/compile-watchlist.js";
import { loadWatchedEntities } from "../../../src/config/load-watched-entities.js";
import type { WatchedEntity } from "../../../src/model/entity.js";

export const SHIPPED_ENTRIES: WatchedEntity[] = loadWatchedEntities(
  join(import.meta.dirname, "../../../watchlist.json"),
);

export const SHIPPED: CompiledWatchlist = compileWatchlist(SHIPPED_ENTRIES);
