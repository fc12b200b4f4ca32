/**
 * Re-tagging: after the watchlist changes, every classified item of the archive gets the entity tags the
 * current watchlist gives it, and nothing else of its classification changes (tagEntities only, so a large
 * archive takes seconds, not the minutes a full reclassify would). Reads and writes in keyset batches; an item
 * whose tags did not change is not written. Between batches the event loop runs (setImmediate): a worker
 * re-tagging a million items keeps polling and answering the web, and holds one batch in memory at a time.
 * Records the revision it tagged with, so a worker knows whether the archive is behind the watchlist
 * (retagIfBehind).
 */
import type { CompiledWatchlist } from "../classify/watchlist/compile-watchlist.js";
import { tagEntities } from "../classify/watchlist/tag-entities.js";
import type { EntityMention } from "../model/entity.js";
import type { StoreLifecycle, WatchlistStore } from "../store/store.js";
import { CurrentWatchlist } from "./current-watchlist.js";

/** The meta key holding the watchlist revision the archive was last re-tagged with. */
export const TAGGED_REVISION_KEY = "watchlist_tagged_revision";

/** Items read and written at a time. */
export const RETAG_BATCH = 1_000;

export type RetagStore = Pick<WatchlistStore, "listTaggableItems" | "saveEntities"> &
  Pick<StoreLifecycle, "getMeta" | "setMeta">;

export interface RetagResult {
  /** Classified items read. */
  scanned: number;
  /** Items whose entity tags changed. */
  changed: number;
}

/** Re-tags every classified item with `watchlist` (read at `revision`) and records that revision. */
export async function retagEntities(
  store: RetagStore,
  watchlist: CompiledWatchlist,
  revision: number,
  options: { batchSize?: number } = {},
): Promise<RetagResult> {
  const batchSize = options.batchSize ?? RETAG_BATCH;
  let scanned = 0;
  let changed = 0;
  let after: string | null = null;
  do {
    const page: Awaited<ReturnType<RetagStore["listTaggableItems"]>> = await store.listTaggableItems(
      after,
      batchSize,
    );
    const results = page.items.flatMap((item) => {
      const entities = tagEntities(item, watchlist);
      return sameMentions(entities, item.entities) ? [] : [{ itemId: item.id, entities }];
    });
    if (results.length > 0) await store.saveEntities(results);
    scanned += page.items.length;
    changed += results.length;
    after = page.next;
    // better-sqlite3 answers at once: without a turn of the event loop between batches the whole archive would
    // be one task (a small archive, one batch, is done at once as before).
    if (after !== null) await new Promise<void>((resolve) => setImmediate(resolve));
  } while (after !== null);
  await store.setMeta(TAGGED_REVISION_KEY, String(revision));
  return { scanned, changed };
}

/** Re-tags every classified item with the store's watchlist as it is now (`tracewire watchlist retag`). */
export async function retagArchive(
  store: RetagStore & Pick<WatchlistStore, "watchlistRevision" | "listWatchlist">,
): Promise<RetagResult> {
  const current = new CurrentWatchlist(store);
  const watchlist = await current.refresh();
  return retagEntities(store, watchlist, current.revision ?? 0);
}

/**
 * Re-tags the archive when the watchlist moved since it was last tagged (a slash command or another replica
 * edited it); null when the archive is current. The worker runs this between polls.
 */
export async function retagIfBehind(
  store: RetagStore,
  current: CurrentWatchlist,
): Promise<RetagResult | null> {
  const watchlist = await current.refresh();
  const revision = current.revision ?? 0;
  const tagged = await store.getMeta(TAGGED_REVISION_KEY);
  // A store never edited (revision 0) and never tagged has nothing to catch up on: items were tagged as stored.
  if (tagged === String(revision) || (tagged === null && revision === 0)) return null;
  return retagEntities(store, watchlist, revision);
}

function sameMentions(a: readonly EntityMention[], b: readonly EntityMention[]): boolean {
  return (
    a.length === b.length &&
    a.every((m, i) => {
      const o = b[i];
      return (
        o !== undefined && m.id === o.id && m.name === o.name && m.alias === o.alias && m.field === o.field
      );
    })
  );
}
