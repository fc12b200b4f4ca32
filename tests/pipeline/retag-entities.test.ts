/**
 * Re-tagging the archive when the watchlist changes, on a real SQLite file: only entity tags change, the count
 * of changed items is reported, and the worker's check (retagIfBehind) runs once per watchlist revision.
 */
import { afterEach, describe, expect, it } from "vitest";
import { compileWatchlist } from "../../src/classify/watchlist/compile-watchlist.js";
import { CurrentWatchlist } from "../../src/pipeline/current-watchlist.js";
import { retagEntities, retagIfBehind } from "../../src/pipeline/retag-entities.js";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { buildClassification } from "../support/build-item.js";
import { itemFromHeadline, princeGroupHeadline, unrelatedHeadlines } from "../support/entity-headlines.js";
import { tempSqliteUrl } from "../support/temp-db.js";
import { buildWatchedEntity, mentionOf } from "../support/watched-entity.js";

const prince = buildWatchedEntity({ id: "prince-group", name: "Prince Group", aliases: ["Prince Group"] });

let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function storeWithArchive(): Promise<{ store: Store; namingId: string; otherIds: string[] }> {
  const db = tempSqliteUrl();
  const store = await openStore(db.url);
  cleanups.push(
    () => db.cleanup(),
    () => store.close(),
  );
  const naming = itemFromHeadline(princeGroupHeadline());
  const others = unrelatedHeadlines()
    .slice(0, 5)
    .map((h, n) => itemFromHeadline(h, `2025-06-0${n + 2}T08:00:00.000Z`));
  await store.insertItems([naming, ...others], () => buildClassification({ relevant: false, version: "v1" }));
  return { store, namingId: naming.id, otherIds: others.map((i) => i.id) };
}

describe("re-tagging the archive", () => {
  it("tags archived items that name a newly watched entity, in small batches, and says how many changed", async () => {
    const { store, namingId } = await storeWithArchive();
    await store.putWatchedEntity(prince);
    const result = await retagEntities(store, compileWatchlist([prince]), await store.watchlistRevision(), {
      batchSize: 2,
    });
    expect(result).toEqual({ scanned: 6, changed: 1 });
    expect((await store.listItems({ entities: ["prince-group"] })).map((i) => i.id)).toEqual([namingId]);
    const [item] = await store.getItems([namingId]);
    expect(item?.classification).toMatchObject({ relevant: false, version: "v1" });
    expect(item?.classification?.entities.map((e) => e.id)).toEqual(["prince-group"]);
  });

  it("lets other work run between its batches", async () => {
    const { store } = await storeWithArchive();
    await store.putWatchedEntity(prince);
    let turns = 0;
    let done = false;
    const tick = () => {
      turns += 1;
      if (!done) setImmediate(tick);
    };
    setImmediate(tick);
    const result = await retagEntities(store, compileWatchlist([prince]), await store.watchlistRevision(), {
      batchSize: 1,
    });
    done = true;
    expect(result.scanned).toBe(6);
    // A turn of the event loop (a poll, a web request) before each of the six batches at least.
    expect(turns).toBeGreaterThanOrEqual(6);
  });

  it("removes the tags of an entity no longer watched", async () => {
    const { store, namingId } = await storeWithArchive();
    await store.saveEntities([{ itemId: namingId, entities: [mentionOf(prince)] }]);
    const result = await retagEntities(store, compileWatchlist([]), 1);
    expect(result).toEqual({ scanned: 6, changed: 1 });
    expect(await store.listItems({ entities: ["prince-group"] })).toEqual([]);
  });

  it("lets the worker re-tag once per watchlist revision", async () => {
    const { store } = await storeWithArchive();
    const current = new CurrentWatchlist(store);
    expect(await retagIfBehind(store, current)).toBeNull();
    await store.putWatchedEntity(prince);
    expect(await retagIfBehind(store, current)).toMatchObject({ scanned: 6 });
    expect(current.entries.map((e) => e.id)).toEqual(["prince-group"]);
    expect(await retagIfBehind(store, current)).toBeNull();
    await store.addWatchedAlias("prince-group", "太子集团");
    expect(await retagIfBehind(store, current)).toMatchObject({ scanned: 6, changed: 0 });
    expect(current.entries[0]?.aliases).toContain("太子集团");
  });
});
