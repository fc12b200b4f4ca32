/**
 * SQLite's group commit (sqlite-items.ts): feeds that reach the store in the same turn share one transaction,
 * each in its own savepoint. Several feeds stored at once all land, and a feed whose items the database refuses
 * fails alone: the feeds stored beside it keep their items.
 */
import { describe, expect, it } from "vitest";
import type { Item } from "../../src/model/item.js";
import { buildClassification, buildItem } from "../support/build-item.js";
import { tempSqliteStores } from "../support/temp-sqlite-store.js";

const sqliteStore = tempSqliteStores();

const feedItems = (feedId: string, from: number): Item[] =>
  [from, from + 1, from + 2].map((n) => buildItem(n, { feedId }));

describe("SQLite group commit", () => {
  it("stores every feed of a group, each caller getting its own new items", async () => {
    const store = await sqliteStore();
    const classify = () => buildClassification();
    const [a, b, c] = await Promise.all([
      store.insertItems(feedItems("a", 0), classify),
      store.insertItems(feedItems("b", 3), classify),
      // The same articles again from another feed: not new, only seen there too.
      store.insertItems(feedItems("c", 0), classify),
    ]);
    expect(a!.map((item) => item.feedId)).toEqual(["a", "a", "a"]);
    expect(b!.map((item) => item.feedId)).toEqual(["b", "b", "b"]);
    expect(c).toEqual([]);
    const stored = await store.getItems(a!.map((item) => item.id));
    expect(stored.map((item) => item.feedIds)).toEqual([
      ["a", "c"],
      ["a", "c"],
      ["a", "c"],
    ]);
    expect(await store.countItems()).toBe(6);
  });

  it("fails only the feed whose items the database refuses", async () => {
    const store = await sqliteStore();
    // A title SQLite cannot hold (NOT NULL), as a bug upstream might hand over.
    const refused = [buildItem(6, { feedId: "bad" }), buildItem(7, { feedId: "bad", title: null as never })];
    const results = await Promise.allSettled([
      store.insertItems(feedItems("a", 0)),
      store.insertItems(refused),
      store.insertItems(feedItems("b", 3)),
    ]);
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(Error);
    // The refused feed's first item went with its savepoint; the others are all stored.
    expect(await store.countItems()).toBe(6);
    expect(await store.getItems([refused[0]!.id])).toEqual([]);
  });
});
