/**
 * The WatchlistStore contract, run against every backend (sqlite-store.test.ts, postgres-store.test.ts): the
 * watchlist seeded once and edited with a revision other processes see, and the entity tags of items that the
 * --entities filter, /tracewire entity and re-tagging read.
 */
import { describe, expect, it } from "vitest";
import { buildClassification, buildItem } from "../support/build-item.js";
import { buildWatchedEntity, mentionOf } from "../support/watched-entity.js";
import { freshStoreEachTest, type MakeStore } from "./store-under-test.js";

const prince = buildWatchedEntity({
  id: "prince-group",
  name: "Prince Group",
  aliases: ["Prince Group", "太子集团"],
});
const huione = buildWatchedEntity({ id: "huione", name: "Huione", aliases: ["Huione", "Huione Pay"] });
const kkPark = buildWatchedEntity({ id: "kk-park", name: "KK Park", kind: "compound", countries: ["MM"] });

/** Runs the WatchlistStore contract against stores made by `makeStore`. */
export function describeWatchlistStoreContract(name: string, makeStore: MakeStore): void {
  describe(`${name} store contract`, () => {
    const s = freshStoreEachTest(makeStore);

    describe("watchlist", () => {
      it("seeds from the file once, so a removed entry stays removed after a restart", async () => {
        expect(await s.store.seedWatchlist([prince, huione, kkPark])).toBe(true);
        expect((await s.store.listWatchlist()).map((e) => e.id)).toEqual([
          "prince-group",
          "huione",
          "kk-park",
        ]);
        expect(await s.store.removeWatchedEntity("huione")).toBe(true);
        const restarted = await s.reopen();
        expect(await restarted.seedWatchlist([prince, huione, kkPark])).toBe(false);
        expect((await restarted.listWatchlist()).map((e) => e.id)).toEqual(["prince-group", "kk-park"]);
      });

      it("stays empty when the operator removed every entry", async () => {
        await s.store.seedWatchlist([prince]);
        await s.store.removeWatchedEntity("prince-group");
        expect(await s.store.seedWatchlist([prince, huione])).toBe(false);
        expect(await s.store.listWatchlist()).toEqual([]);
      });

      it("adds an entry at the end and replaces one in its place", async () => {
        await s.store.seedWatchlist([prince, huione]);
        expect(await s.store.putWatchedEntity(kkPark)).toBe(true);
        const renamed = { ...prince, name: "Prince Holding Group" };
        expect(await s.store.putWatchedEntity(renamed)).toBe(false);
        expect(await s.store.listWatchlist()).toEqual([renamed, huione, kkPark]);
        expect(await s.store.getWatchedEntity("prince-group")).toEqual(renamed);
        expect(await s.store.getWatchedEntity("jin-bei")).toBeNull();
      });

      it("adds an alias once and removes it from the ambiguous aliases too", async () => {
        const zhaoWei = buildWatchedEntity({
          id: "zhao-wei",
          name: "Zhao Wei",
          kind: "person",
          aliases: ["Zhao Wei", "赵伟"],
          ambiguousAliases: ["Zhao Wei"],
          context: ["Kings Romans"],
        });
        await s.store.putWatchedEntity(zhaoWei);
        expect((await s.store.addWatchedAlias("zhao-wei", "趙偉"))?.aliases).toEqual([
          "Zhao Wei",
          "赵伟",
          "趙偉",
        ]);
        expect((await s.store.addWatchedAlias("zhao-wei", "趙偉"))?.aliases).toEqual([
          "Zhao Wei",
          "赵伟",
          "趙偉",
        ]);
        const after = await s.store.removeWatchedAlias("zhao-wei", "Zhao Wei");
        expect(after?.aliases).toEqual(["赵伟", "趙偉"]);
        expect(after?.ambiguousAliases).toEqual([]);
        expect(await s.store.getWatchedEntity("zhao-wei")).toEqual(after);
        expect(await s.store.addWatchedAlias("jin-bei", "金贝")).toBeNull();
        expect(await s.store.removeWatchedAlias("jin-bei", "金贝")).toBeNull();
        expect(await s.store.removeWatchedEntity("jin-bei")).toBe(false);
      });

      it("moves the revision on with every edit, and another process sees it", async () => {
        const other = await s.openAnother();
        const revisions = [await other.watchlistRevision()];
        await s.store.seedWatchlist([prince]);
        revisions.push(await other.watchlistRevision());
        await s.store.putWatchedEntity(huione);
        revisions.push(await other.watchlistRevision());
        await s.store.addWatchedAlias("huione", "汇旺");
        revisions.push(await other.watchlistRevision());
        await s.store.removeWatchedAlias("huione", "汇旺");
        revisions.push(await other.watchlistRevision());
        await s.store.removeWatchedEntity("huione");
        revisions.push(await other.watchlistRevision());
        expect(new Set(revisions).size).toBe(revisions.length);
        // Nothing changed, nothing moves.
        await s.store.removeWatchedEntity("huione");
        await s.store.seedWatchlist([prince]);
        expect(await other.watchlistRevision()).toBe(revisions.at(-1));
      });
    });

    describe("entity tags", () => {
      it("keeps the entities of a classification with the item and filters by them", async () => {
        const naming = buildItem(1);
        const other = buildItem(2);
        await s.store.insertItems([naming, other], (item) =>
          buildClassification({ entities: item.id === naming.id ? [mentionOf(prince)] : [] }),
        );
        const [stored] = await s.store.getItems([naming.id]);
        expect(stored?.classification?.entities).toEqual([mentionOf(prince)]);
        expect((await s.store.listItems({ entities: ["prince-group"] })).map((i) => i.id)).toEqual([
          naming.id,
        ]);
        expect((await s.store.listItems({ entities: ["huione", "prince-group"] })).map((i) => i.id)).toEqual([
          naming.id,
        ]);
        expect(await s.store.listItems({ entities: ["huione"] })).toEqual([]);
        expect((await s.store.listItems({ entities: [] })).length).toBe(2);
      });

      it("replaces the entities when an item is classified again", async () => {
        const item = buildItem(1);
        await s.store.insertItems([item], () => buildClassification({ entities: [mentionOf(prince)] }));
        await s.store.saveClassifications([
          { itemId: item.id, classification: buildClassification({ entities: [mentionOf(huione)] }) },
        ]);
        expect((await s.store.getItems([item.id]))[0]?.classification?.entities).toEqual([mentionOf(huione)]);
        expect(await s.store.listItems({ entities: ["prince-group"] })).toEqual([]);
        expect((await s.store.listItems({ entities: ["huione"] })).map((i) => i.id)).toEqual([item.id]);
      });

      it("filters search results by entity", async () => {
        const a = buildItem(1);
        const b = buildItem(2);
        await s.store.insertItems([a, b], (item) =>
          buildClassification({ entities: item.id === b.id ? [mentionOf(kkPark)] : [] }),
        );
        const word = b.title.split(/\s+/).find((w) => /^[A-Za-z]{5,}$/.test(w)) ?? "scam";
        const found = await s.store.searchItems(word, { entities: ["kk-park"] });
        expect(found.map((i) => i.id)).toEqual([b.id]);
      });

      it("re-tags only the entities, leaving the rest of the classification as it was", async () => {
        const item = buildItem(1);
        const classification = buildClassification({ relevant: false, reasons: ["kept"], version: "v9" });
        await s.store.insertItems([item], () => classification);
        await s.store.saveEntities([
          { itemId: item.id, entities: [mentionOf(prince)] },
          { itemId: "no-such-item", entities: [mentionOf(prince)] },
        ]);
        const [stored] = await s.store.getItems([item.id]);
        expect(stored?.classification).toEqual({ ...classification, entities: [mentionOf(prince)] });
        expect((await s.store.listItems({ entities: ["prince-group"] })).map((i) => i.id)).toEqual([item.id]);
        await s.store.saveEntities([{ itemId: item.id, entities: [] }]);
        expect(await s.store.listItems({ entities: ["prince-group"] })).toEqual([]);
      });

      it("pages through classified items for re-tagging, skipping unclassified ones", async () => {
        const items = [1, 2, 3, 4, 5].map((n) => buildItem(n));
        await s.store.insertItems(items.slice(0, 4), () =>
          buildClassification({ entities: [mentionOf(huione)] }),
        );
        await s.store.insertItems(items.slice(4));
        const seen: string[] = [];
        let after: string | null = null;
        let pages = 0;
        do {
          const page: Awaited<ReturnType<typeof s.store.listTaggableItems>> = await s.store.listTaggableItems(
            after,
            3,
          );
          seen.push(...page.items.map((i) => i.id));
          for (const i of page.items) expect(i.entities).toEqual([mentionOf(huione)]);
          after = page.next;
          pages += 1;
        } while (after !== null && pages < 10);
        expect(seen).toEqual(items.slice(0, 4).map((i) => i.id));
        const [first] = (await s.store.listTaggableItems(null, 1)).items;
        expect(first).toMatchObject({ id: items[0]?.id, title: items[0]?.title, summary: items[0]?.summary });
      });

      it("counts the items naming an entity per week, oldest week first", async () => {
        const now = new Date("2025-06-29T00:00:00.000Z");
        const published = [
          "2025-06-28T10:00:00.000Z",
          "2025-06-27T10:00:00.000Z",
          "2025-06-10T10:00:00.000Z",
        ];
        const items = published.map((publishedAt, n) => buildItem(n + 1, { publishedAt }));
        const old = buildItem(9, { publishedAt: "2025-01-01T00:00:00.000Z" });
        const unrelated = buildItem(10, { publishedAt: "2025-06-28T11:00:00.000Z" });
        await s.store.insertItems([...items, old], () =>
          buildClassification({ entities: [mentionOf(prince)] }),
        );
        await s.store.insertItems([unrelated], () => buildClassification({ entities: [mentionOf(huione)] }));
        expect(await s.store.entityWeeklyCounts("prince-group", 4, now)).toEqual([
          { start: "2025-06-01T00:00:00.000Z", count: 0 },
          { start: "2025-06-08T00:00:00.000Z", count: 1 },
          { start: "2025-06-15T00:00:00.000Z", count: 0 },
          { start: "2025-06-22T00:00:00.000Z", count: 2 },
        ]);
      });
    });
  });
}
