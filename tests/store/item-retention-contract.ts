/**
 * The retention and paging part of the ItemStore contract, run against every backend (sqlite-store.test.ts,
 * postgres-store.test.ts): `pruneItems` removes old non-relevant items with everything that indexes them and
 * keeps whatever a story still needs; `pageItems` walks the archive in listItems' order, one page at a time.
 */
import { describe, expect, it } from "vitest";
import type { Item } from "../../src/model/item.js";
import { buildClassification, buildItem } from "../support/build-item.js";
import { freshStoreEachTest, type MakeStore } from "./store-under-test.js";

const CUTOFF = "2025-03-01T00:00:00.000Z";
const OLD = { publishedAt: "2025-01-10T08:00:00.000Z", firstSeenAt: "2025-01-10T08:05:00.000Z" };
const RECENT = { publishedAt: "2025-05-10T08:00:00.000Z", firstSeenAt: "2025-05-10T08:05:00.000Z" };
const notRelevant = () =>
  buildClassification({ relevant: false, countries: ["KH"], topics: ["scam_compounds"] });

/** Runs the retention and paging contract against stores made by `makeStore`. */
export function describeItemRetentionContract(name: string, makeStore: MakeStore): void {
  describe(`${name} store contract: retention and paging`, () => {
    const s = freshStoreEachTest(makeStore);
    const ids = (items: { id: string }[]) => items.map((i) => i.id);

    it("prunes an old non-relevant item with its feeds, search entry and lookups, and keeps the rest", async () => {
      const old = buildItem(20, OLD);
      const recent = buildItem(21, RECENT);
      const unclassified = buildItem(22, OLD);
      const relevant = buildItem(23, OLD);
      await s.store.insertItems([old, recent], notRelevant);
      await s.store.insertItems([unclassified]);
      await s.store.insertItems([relevant], () => buildClassification());
      await s.store.insertItems([{ ...old, feedId: "second-feed" }]);
      expect(ids(await s.store.searchItems(old.title, {}))).toContain(old.id);

      expect(await s.store.pruneItems(CUTOFF, 1_000)).toBe(1);

      expect(await s.store.countItems()).toBe(3);
      expect(await s.store.getItems([old.id])).toEqual([]);
      expect(ids(await s.store.searchItems(old.title, {}))).not.toContain(old.id);
      expect(ids(await s.store.listItems({ country: "KH", limit: 10 }))).not.toContain(old.id);
      expect(ids(await s.store.listItems({ topic: "scam_compounds", limit: 10 }))).not.toContain(old.id);
      expect(ids(await s.store.listItems({ feedId: "second-feed", limit: 10 }))).toEqual([]);
      // Nothing of it lingers: stored again, it is a new item in one feed.
      expect(ids(await s.store.insertItems([old], notRelevant))).toEqual([old.id]);
      expect((await s.store.getItems([old.id]))[0]?.feedIds).toEqual(["test-feed"]);
    });

    it("keeps every item of a story that has a relevant item, a recent item or an outbox row", async () => {
      const [lead, member, relevantMember] = [buildItem(24, OLD), buildItem(25, OLD), buildItem(26, OLD)];
      const [deliveredLead, deliveredMember] = [buildItem(27, OLD), buildItem(28, OLD)];
      const [growingLead, recentMember] = [buildItem(29, OLD), buildItem(30, RECENT)];
      const followUp = buildItem(31, OLD);
      const [loneLead, loneMember] = [buildItem(32, OLD), buildItem(33, OLD)];
      await s.store.insertItems(
        [
          lead,
          member,
          deliveredLead,
          deliveredMember,
          growingLead,
          recentMember,
          followUp,
          loneLead,
          loneMember,
        ],
        notRelevant,
      );
      await s.store.insertItems([relevantMember], () => buildClassification());
      await s.store.assignStories([
        { itemId: lead.id, storyId: lead.id },
        { itemId: member.id, storyId: lead.id },
        { itemId: relevantMember.id, storyId: lead.id },
        { itemId: deliveredLead.id, storyId: deliveredLead.id },
        { itemId: deliveredMember.id, storyId: deliveredLead.id },
        { itemId: growingLead.id, storyId: growingLead.id },
        { itemId: recentMember.id, storyId: growingLead.id },
        { itemId: loneLead.id, storyId: loneLead.id },
        { itemId: loneMember.id, storyId: loneLead.id },
      ]);
      const notBefore = "2025-01-10T09:00:00.000Z";
      await s.store.enqueue([
        { subscriptionId: "sub-1", storyId: deliveredLead.id, mode: "alert", notBefore },
        { subscriptionId: "sub-1", storyId: "an-older-story", mode: "alert", notBefore, itemId: followUp.id },
      ]);

      expect(await s.store.pruneItems(CUTOFF, 1_000)).toBe(2);

      expect(await s.store.getItems([loneLead.id, loneMember.id])).toEqual([]);
      const kept = [
        lead,
        member,
        relevantMember,
        deliveredLead,
        deliveredMember,
        growingLead,
        recentMember,
        followUp,
      ];
      expect(ids(await s.store.getItems(ids(kept)))).toEqual(ids(kept));
    });

    it("prunes at most one batch per call and reports how many went", async () => {
      const items: Item[] = [40, 41, 42, 43, 44].map((n) => buildItem(n, OLD));
      await s.store.insertItems(items, notRelevant);
      const removed = [
        await s.store.pruneItems(CUTOFF, 2),
        await s.store.pruneItems(CUTOFF, 2),
        await s.store.pruneItems(CUTOFF, 2),
        await s.store.pruneItems(CUTOFF, 2),
      ];
      expect(removed).toEqual([2, 2, 1, 0]);
      expect(await s.store.countItems()).toBe(0);
    });

    it("pages through the archive in listItems' order, each item once, same-time items included", async () => {
      const tied = "2025-04-01T10:00:00.000Z";
      const items = [50, 51, 52, 53, 54, 55, 56].map((n, i) =>
        buildItem(n, { publishedAt: i < 4 ? tied : `2025-04-0${i}T10:00:00.000Z` }),
      );
      await s.store.insertItems(items.slice(0, 4), () => buildClassification());
      await s.store.insertItems(items.slice(4), notRelevant);
      for (const query of [{}, { relevant: true }]) {
        const expected = ids(await s.store.listItems({ ...query, limit: 100 }));
        const seen: string[] = [];
        let after: string | null = null;
        for (let pages = 0; pages < 10; pages++) {
          const page: Awaited<ReturnType<typeof s.store.pageItems>> = await s.store.pageItems(
            query,
            after,
            3,
          );
          seen.push(...ids(page.items));
          after = page.next;
          if (after === null) break;
        }
        expect(after).toBeNull();
        expect(seen).toEqual(expected);
      }
      expect((await s.store.pageItems({}, null, 100)).items[0]).toEqual(
        (await s.store.listItems({ limit: 1 }))[0],
      );
    });
  });
}
