/**
 * `tracewire classify`: JSON lines in on stdin, one verdict per line out. A filter that needs no database:
 * names are tagged with the watchlist in WATCHLIST_FILE (the file the store is seeded from; edits made since
 * with `tracewire watchlist` live in the store and are used by poll, run and reclassify).
 */
import { existsSync } from "node:fs";
import { compileWatchlist, EMPTY_WATCHLIST } from "../classify/watchlist/compile-watchlist.js";
import { classifyLines } from "../commands/classify-lines.js";
import { loadEnv } from "../config/load-env.js";
import { loadWatchedEntities } from "../config/load-watched-entities.js";

/** Exit code 2 when any line could not be classified (that line gets an {"error"} object). */
export async function classifyVerb(): Promise<void> {
  const file = loadEnv().WATCHLIST_FILE;
  const watchlist = existsSync(file) ? compileWatchlist(loadWatchedEntities(file)) : EMPTY_WATCHLIST;
  process.exitCode = await classifyLines(process.stdin, process.stdout, watchlist);
}
