/**
 * The ItemStore contract, run against every backend (sqlite-store.test.ts, postgres-store.test.ts): items and
 * their identity, classifications, filters and stories, as a user of tracewire would notice them. Search has
 * its own file (item-search-contract.ts), run from here.
 */
import { describe, expect, it } from "vitest";
import { classifyItem } from "../../src/classify/classify-item.js";
import type { Item } from "../../src/model/item.js";
import type { Store } from "../../src/store/store.js";
import { buildClassification, buildItem } from "../support/build-item.js";
import { describeItemSearchContract } from "./item-search-contract.js";
import { freshStoreEachTest, type MakeStore } from "./store-under-test.js";

/** Runs the ItemStore contract (search included) against stores made by `makeStore`. */
export function describeItemStoreContract(name: string, makeStore: MakeStore): void {
  describe(`${name} store contract`, () => {
    const s = freshStoreEachTest(makeStore);

    describe("items", () => {
      it("stores an item carried by two feeds once and lists both feeds", async () => {
        const inDw = buildItem(13, { feedId: "aljazeera" });
        const inGoogle = buildItem(13, { feedId: "google-news", firstSeenAt: "2025-06-01T12:05:00.000Z" });
        expect(await s.store.insertItems([inDw])).toEqual([
          { ...inDw, classification: null, storyId: null, feedIds: ["aljazeera"] },
        ]);
        expect(await s.store.insertItems([inGoogle])).toEqual([]);
        expect(await s.store.countItems()).toBe(1);
        const [stored] = await s.store.getItems([inDw.id]);
        expect(stored?.feedIds).toEqual(["aljazeera", "google-news"]);
        expect(stored?.feedId).toBe("aljazeera");
      });

      it("keeps every item and adds no duplicate across a restart", async () => {
        const items = [buildItem(1), buildItem(2), buildItem(3)];
        await s.store.insertItems(items);
        await s.reopen();
        expect(await s.store.insertItems(items)).toEqual([]);
        expect(await s.store.countItems()).toBe(3);
        const [stored] = await s.store.getItems([items[0]!.id]);
        expect(stored).toEqual({ ...items[0], classification: null, storyId: null, feedIds: ["test-feed"] });
      });

      it("treats a known guid under a new URL as the same item", async () => {
        const first = buildItem(4, { guid: "https://www.bbc.co.uk/news/world-asia-62792875" });
        const moved = buildItem(4, {
          id: "moved",
          url: "https://www.bbc.com/news/world-asia-62792875",
          guid: first.guid,
          feedId: "bbc-asia",
        });
        await s.store.insertItems([first]);
        expect(await s.store.insertItems([moved])).toEqual([]);
        expect(await s.store.countItems()).toBe(1);
        expect((await s.store.getItems([first.id]))[0]?.feedIds).toEqual(["test-feed", "bbc-asia"]);
      });

      it("tells items without a guid apart by URL and stores a repeated batch entry once", async () => {
        const a = buildItem(5);
        const b = buildItem(6);
        expect((await s.store.insertItems([a, b, { ...a, feedId: "other" }])).map((i) => i.id)).toEqual([
          a.id,
          b.id,
        ]);
        expect(await s.store.countItems()).toBe(2);
        expect((await s.store.getItems([a.id]))[0]?.feedIds).toEqual(["test-feed", "other"]);
      });

      it("classifies only the new items, stores each with its verdict, and returns it", async () => {
        const known = buildItem(2);
        await s.store.insertItems([known]);
        const classified: string[] = [];
        const classify = (item: Item) => {
          classified.push(item.id);
          return classifyItem(item);
        };
        const fresh = buildItem(0);
        const returned = await s.store.insertItems([known, fresh, { ...fresh, feedId: "other" }], classify);
        expect(classified).toEqual([fresh.id]);
        expect(returned.map((i) => [i.id, i.classification])).toEqual([[fresh.id, classifyItem(fresh)]]);
        const [stored] = await s.store.getItems([fresh.id]);
        expect(stored?.classification).toEqual(classifyItem(fresh));
        expect(stored?.feedIds).toEqual(["test-feed", "other"]);
        const country = classifyItem(fresh).countries[0];
        expect(country).toBeDefined();
        expect((await s.store.listItems({ country: country! })).map((i) => i.id)).toContain(fresh.id);
        expect((await s.store.getItems([known.id]))[0]?.classification).toBeNull();
      });

      it("returns getItems in the order asked and skips unknown ids", async () => {
        const a = buildItem(7);
        const b = buildItem(8);
        await s.store.insertItems([a, b]);
        expect((await s.store.getItems([b.id, "missing", a.id])).map((i) => i.id)).toEqual([b.id, a.id]);
        expect(await s.store.getItems([])).toEqual([]);
      });

      it("lists items newest published first, up to the limit", async () => {
        const items = [10, 4, 13, 8].map((n) => buildItem(n));
        await s.store.insertItems(items);
        const listed = await s.store.listItems({});
        expect(listed.map((i) => i.publishedAt)).toEqual(
          items.map((i) => i.publishedAt).sort((x, y) => (x < y ? 1 : -1)),
        );
        expect(await s.store.listItems({ limit: 2 })).toHaveLength(2);
      });

      it("round-trips a classification and replaces it when reclassified", async () => {
        const item = buildItem(29);
        await s.store.insertItems([item]);
        const verdict = buildClassification({
          topics: ["victims_testimony", "scam_compounds"],
          countries: ["MM", "KH"],
          urgency: "breaking",
          score: 0.75,
          reasons: ['title: "scam centers"', "country: Myanmar"],
        });
        await s.store.saveClassifications([{ itemId: item.id, classification: verdict }]);
        expect((await s.store.getItems([item.id]))[0]?.classification).toEqual(verdict);

        const revised = buildClassification({
          countries: ["LA"],
          topics: ["forced_labour"],
          version: "test-2",
        });
        await s.store.saveClassifications([{ itemId: item.id, classification: revised }]);
        expect((await s.store.getItems([item.id]))[0]?.classification).toEqual(revised);
        expect(await s.store.listItems({ country: "MM" })).toEqual([]);
        expect((await s.store.listItems({ country: "LA" })).map((i) => i.id)).toEqual([item.id]);
      });

      it("filters by relevance, Southeast Asia, country, topic, outlet, feed and dates", async () => {
        const scam = buildItem(13, { feedId: "aljazeera", firstSeenAt: "2025-06-01T10:00:00.000Z" });
        const elsewhere = buildItem(53, { feedId: "reuters", firstSeenAt: "2025-06-01T11:00:00.000Z" });
        const unrelated = buildItem(58, { feedId: "reuters", firstSeenAt: "2025-06-01T12:00:00.000Z" });
        await s.store.insertItems([scam, elsewhere, unrelated]);
        await s.store.insertItems([{ ...scam, feedId: "un-news" }]);
        await s.store.saveClassifications([
          { itemId: scam.id, classification: buildClassification({ countries: ["MM", "KH"] }) },
          {
            itemId: elsewhere.id,
            classification: buildClassification({ sea: false, countries: ["CN"], topics: ["forced_labour"] }),
          },
          {
            itemId: unrelated.id,
            classification: buildClassification({ relevant: false, sea: false, topics: [], countries: [] }),
          },
        ]);
        const ids = async (query: Parameters<Store["listItems"]>[0]) =>
          (await s.store.listItems(query)).map((i) => i.id);
        expect(await ids({ relevant: true })).toEqual(
          [scam, elsewhere].sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : -1)).map((i) => i.id),
        );
        expect(await ids({ relevant: false })).toEqual([unrelated.id]);
        expect(await ids({ sea: true })).toEqual([scam.id]);
        expect(await ids({ country: "kh" })).toEqual([scam.id]);
        expect(await ids({ topic: "forced_labour" })).toEqual([elsewhere.id]);
        expect(await ids({ outlet: "CNN" })).toEqual([unrelated.id]);
        expect(await ids({ feedId: "un-news" })).toEqual([scam.id]);
        expect(await ids({ since: scam.publishedAt, relevant: true })).toContain(scam.id);
        expect(await ids({ since: "2099-01-01" })).toEqual([]);
        expect(await ids({ seenSince: "2025-06-01T11:30:00.000Z" })).toEqual([unrelated.id]);
      });

      it("refuses a date bound that is not a date, naming the field", async () => {
        await expect(s.store.listItems({ since: "last tuesday" })).rejects.toMatchObject({
          code: "USAGE",
          where: "since",
        });
        await expect(s.store.searchItems("scam", { seenSince: "soon" })).rejects.toThrow(
          /seenSince: expected a date/,
        );
      });

      it("finds items not yet classified with the current classifier version", async () => {
        const [fresh, old, current] = [buildItem(20), buildItem(21), buildItem(22)];
        await s.store.insertItems([fresh!, old!, current!]);
        await s.store.saveClassifications([
          { itemId: old!.id, classification: buildClassification({ version: "v1" }) },
          { itemId: current!.id, classification: buildClassification({ version: "v2" }) },
        ]);
        const ids = (await s.store.listItems({ notClassifiedWith: "v2" })).map((i) => i.id).sort();
        expect(ids).toEqual([fresh!.id, old!.id].sort());
      });
    });

    describe("stories", () => {
      it("returns stories in the order asked, lead first and the other reports oldest first", async () => {
        const un = buildItem(11, { publishedAt: "2023-08-29T06:00:00.000Z" });
        const aj = buildItem(13, { publishedAt: "2023-08-29T09:00:00.000Z" });
        const tnp = buildItem(12, { publishedAt: "2023-08-29T08:00:00.000Z" });
        const power = buildItem(32);
        await s.store.insertItems([aj, un, tnp, power]);
        await s.store.assignStories([
          { itemId: un.id, storyId: un.id },
          { itemId: aj.id, storyId: un.id },
          { itemId: tnp.id, storyId: un.id },
          { itemId: power.id, storyId: power.id },
        ]);
        const stories = await s.store.getStories([power.id, "no-such-story", un.id]);
        expect(stories.map((s) => s.id)).toEqual([power.id, un.id]);
        expect(stories[0]?.lead.id).toBe(power.id);
        expect(stories[0]?.also).toEqual([]);
        expect(stories[1]?.lead.id).toBe(un.id);
        expect(stories[1]?.also.map((i) => i.id)).toEqual([tnp.id, aj.id]);
        expect(stories[1]?.also[0]?.storyId).toBe(un.id);
      });
    });
  });

  describeItemSearchContract(name, makeStore);
}
