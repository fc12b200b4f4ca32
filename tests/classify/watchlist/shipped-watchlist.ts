/** The watchlist shipped in watchlist.json, compiled as tracewire runs it. */
import { join } from "node:path";
import {
  type CompiledWatchlist,
  compileWatchlist,
} from "../../../src/classify/watchlist/compile-watchlist.js";
import { loadWatchlist } from "../../../src/config/load-watchlist.js";
import { watchedEntity } from "../../../src/config/watched-entity.js";
import type { WatchedEntity } from "../../../src/model/entity.js";

export const SHIPPED_ENTRIES: WatchedEntity[] = loadWatchlist(
  join(import.meta.dirname, "../../../watchlist.json"),
).map(watchedEntity);

export const SHIPPED: CompiledWatchlist = compileWatchlist(SHIPPED_ENTRIES);
