/**
 * The watchlist the classifier uses in this process, compiled once per revision: another replica or a slash
 * command may edit the store's watchlist at any time, so a long-lived process calls refresh() before each poll
 * (one small read) and recompiles only when the revision moved.
 */
import {
  type CompiledWatchlist,
  compileWatchlist,
  EMPTY_WATCHLIST,
} from "../classify/watchlist/compile-watchlist.js";
import type { WatchedEntity } from "../model/entity.js";
import type { WatchlistStore } from "../store/store.js";

/** The store's watchlist, compiled; `compiled` is what the last refresh() found (empty before the first). */
export class CurrentWatchlist {
  private seenRevision: number | null = null;
  private list: readonly WatchedEntity[] = [];
  private compiledList: CompiledWatchlist = EMPTY_WATCHLIST;

  constructor(private readonly store: Pick<WatchlistStore, "watchlistRevision" | "listWatchlist">) {}

  /** The compiled watchlist as of the last refresh. */
  get compiled(): CompiledWatchlist {
    return this.compiledList;
  }

  /** The entries as of the last refresh. */
  get entries(): readonly WatchedEntity[] {
    return this.list;
  }

  /** The revision the compiled watchlist was read at (null before the first refresh). */
  get revision(): number | null {
    return this.seenRevision;
  }

  /** Reads the store's revision and recompiles when it moved; returns the compiled watchlist. */
  async refresh(): Promise<CompiledWatchlist> {
    const revision = await this.store.watchlistRevision();
    if (revision === this.seenRevision) return this.compiledList;
    // Read after the revision: an edit in between leaves an older revision beside newer entries, and the next
    // refresh compiles again. The other way round could keep stale entries under a current revision.
    const entries = await this.store.listWatchlist();
    this.list = entries;
    this.compiledList = compileWatchlist(entries);
    this.seenRevision = revision;
    return this.compiledList;
  }
}
