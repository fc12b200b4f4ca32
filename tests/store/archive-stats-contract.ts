/**
 * The ArchiveStatsStore contract (the web archive's /trends and /feeds counts), run against every backend, and
 * the item filters the archive adds (language, before) and the outbox's story filter.
 */
import { describe, expect, it } from "vitest";
import { keptTrends } from "../../src/commands/archive-trends.js";
import type { Classification } from "../../src/model/classification.js";
import type { WeeklyCount } from "../../src/store/store.js";
import { buildClassification, buildItem } from "../support/build-item.js";
import { freshStoreEachTest, type MakeStore } from "./store-under-test.js";

/** Runs the ArchiveStatsStore contract against stores made by `makeStore`. */
export function describeArchiveStatsContract(name: string, makeStore: MakeStore): void {
  describe(`${name} archive stats contract`, () => {
    const s = freshStoreEachTest(makeStore);

    it("counts relevant stories per Monday-started UTC week by country and by topic, a story once", async () => {
      const monday = buildItem(1, { publishedAt: "2025-06-02T00:30:00.000Z" });
      const sunday = buildItem(2, { publishedAt: "2025-06-08T23:00:00.000Z" });
      const sameStory = buildItem(3, { publishedAt: "2025-06-04T10:00:00.000Z" });
      const nextWeek = buildItem(4, { publishedAt: "2025-06-09T01:00:00.000Z" });
      const notRelevant = buildItem(5, { publishedAt: "2025-06-03T01:00:00.000Z" });
      const tooOld = buildItem(6, { publishedAt: "2025-05-01T01:00:00.000Z" });
      const khScam = buildClassification({ countries: ["KH"], topics: ["scam_compounds"] });
      await s.store.insertItems([monday, sunday, sameStory, nextWeek, notRelevant, tooOld], (item) =>
        item.id === notRelevant.id
          ? buildClassification({ relevant: false })
          : item.id === sunday.id
            ? buildClassification({ countries: ["MM", "KH"], topics: ["forced_labour"] })
            : khScam,
      );
      await s.store.assignStories([
        { itemId: monday.id, storyId: monday.id },
        { itemId: sameStory.id, storyId: monday.id },
      ]);
      const counts = await s.store.countRelevantStoriesByWeek("2025-05-26T00:00:00.000Z");
      expect(counts).toEqual([
        { dimension: "country", week: "2025-06-02", key: "KH", stories: 2 },
        { dimension: "country", week: "2025-06-02", key: "MM", stories: 1 },
        { dimension: "country", week: "2025-06-09", key: "KH", stories: 1 },
        { dimension: "topic", week: "2025-06-02", key: "forced_labour", stories: 1 },
        { dimension: "topic", week: "2025-06-02", key: "scam_compounds", stories: 1 },
        { dimension: "topic", week: "2025-06-09", key: "scam_compounds", stories: 1 },
      ]);
    });

    it("counts one week when given an end, and marks a week's relevant items", async () => {
      const early = buildItem(1, { publishedAt: "2025-06-02T00:30:00.000Z" });
      const late = buildItem(2, { publishedAt: "2025-06-09T01:00:00.000Z" });
      await s.store.insertItems([early, late], () => buildClassification());
      const from = "2025-06-02T00:00:00.000Z";
      const until = "2025-06-09T00:00:00.000Z";
      expect(await s.store.countRelevantStoriesByWeek(from, until)).toEqual([
        { dimension: "country", week: "2025-06-02", key: "KH", stories: 1 },
        { dimension: "topic", week: "2025-06-02", key: "scam_compounds", stories: 1 },
      ]);
      const before = await s.store.relevantItemsMark(from, until);
      expect(await s.store.relevantItemsMark(from, until)).toBe(before);
      // A late report of that week moves its mark; the next week's item is not in it.
      const arrived = buildItem(3, { publishedAt: "2025-06-08T23:00:00.000Z" });
      await s.store.insertItems([arrived], () => buildClassification());
      const added = await s.store.relevantItemsMark(from, until);
      expect(added).not.toBe(before);
      // Reclassified as not relevant: the mark moves again.
      await s.store.saveClassifications([
        { itemId: arrived.id, classification: buildClassification({ relevant: false }) },
      ]);
      expect(await s.store.relevantItemsMark(from, until)).not.toBe(added);
    });

    it("gives the trends the one-query counts, also after items arrive in the current and a closed week", async () => {
      const now = new Date("2025-06-11T12:00:00.000Z");
      const day = (d: number, h = 8) => new Date(Date.UTC(2025, 5, d, h)).toISOString();
      const countries = [["KH"], ["MM", "TH"], ["KH", "LA"], ["TH"]];
      const topics: Classification["topics"][] = [
        ["scam_compounds"],
        ["forced_labour"],
        ["scam_compounds", "sex_trafficking"],
      ];
      // 40 items over the five weeks to 11 June, some grouped in stories, some not relevant.
      const items = Array.from({ length: 40 }, (_, n) => buildItem(n + 1, { publishedAt: day(11 - n) }));
      await s.store.insertItems(items, (item) => {
        const n = items.indexOf(item);
        return buildClassification({
          relevant: n % 5 !== 4,
          countries: countries[n % countries.length],
          topics: topics[n % topics.length],
        });
      });
      await s.store.assignStories(
        items.slice(0, 12).map((item, n) => ({ itemId: item.id, storyId: items[n - (n % 3)]!.id })),
      );
      const trends = keptTrends(s.store, 8);
      const flat = (t: Awaited<ReturnType<typeof trends>>): WeeklyCount[] =>
        (["country", "topic"] as const).flatMap((dimension) =>
          (dimension === "country" ? t.byCountry : t.byTopic).flatMap((line) =>
            line.counts.flatMap((stories, i) =>
              stories === 0 ? [] : [{ dimension, week: t.weeks[i]!, key: line.key, stories }],
            ),
          ),
        );
      const oneQuery = async (t: Awaited<ReturnType<typeof trends>>) =>
        (await s.store.countRelevantStoriesByWeek(`${t.weeks[0]}T00:00:00.000Z`)).filter((c) =>
          t.weeks.includes(c.week),
        );
      const sorted = (counts: WeeklyCount[]) =>
        [...counts].sort((a, b) =>
          `${a.dimension} ${a.week} ${a.key}`.localeCompare(`${b.dimension} ${b.week} ${b.key}`),
        );
      const first = await trends(now);
      expect(first.weeks.at(-1)).toBe("2025-06-09");
      expect(flat(first).length).toBeGreaterThan(10);
      expect(sorted(flat(first))).toEqual(sorted(await oneQuery(first)));

      // New reports this week and one late report of a closed week; the kept weeks are recounted where needed.
      const fresh = [41, 42, 43].map((n) => buildItem(n, { publishedAt: day(10, n - 30) }));
      const lateOne = buildItem(44, { publishedAt: day(3, 22) });
      await s.store.insertItems([...fresh, lateOne], () =>
        buildClassification({ countries: ["VN"], topics: ["sex_trafficking"] }),
      );
      const second = await trends(now);
      expect(sorted(flat(second))).toEqual(sorted(await oneQuery(second)));
      expect(second.byCountry.find((line) => line.key === "VN")?.total).toBe(4);
    });

    it("counts the items each feed carried since a time", async () => {
      await s.store.insertItems([
        buildItem(1, { feedId: "dw", firstSeenAt: "2025-06-01T00:00:00.000Z" }),
        buildItem(2, { feedId: "dw", firstSeenAt: "2025-06-02T00:00:00.000Z" }),
        buildItem(3, { feedId: "voa", firstSeenAt: "2025-05-01T00:00:00.000Z" }),
      ]);
      expect(await s.store.countItemsByFeed("2025-05-30T00:00:00.000Z")).toEqual([
        { feedId: "dw", items: 2 },
      ]);
    });

    it("counts per feed the items of the window only, a link carried by two feeds in each", async () => {
      const shared = buildItem(4, { feedId: "dw", firstSeenAt: "2025-06-03T00:00:00.000Z" });
      await s.store.insertItems([
        buildItem(1, { feedId: "dw", firstSeenAt: "2025-06-01T00:00:00.000Z" }),
        buildItem(2, { feedId: "voa", firstSeenAt: "2025-06-02T00:00:00.000Z" }),
        buildItem(3, { feedId: "aj", firstSeenAt: "2025-04-01T00:00:00.000Z" }),
        shared,
      ]);
      await s.store.insertItems([{ ...shared, feedId: "voa", firstSeenAt: "2025-06-04T00:00:00.000Z" }]);
      expect(await s.store.countItemsByFeed("2025-05-30T00:00:00.000Z")).toEqual([
        { feedId: "dw", items: 2 },
        { feedId: "voa", items: 2 },
      ]);
      expect(await s.store.countItemsByFeed("2026-01-01T00:00:00.000Z")).toEqual([]);
    });

    it("lists each feed's newest published times, at most the number asked, newest first", async () => {
      const day = (n: number) => `2025-06-${String(n).padStart(2, "0")}T00:00:00.000Z`;
      // dw carries six items seen in publication order; voa two; aj one also carried by voa.
      const dw = [1, 2, 3, 4, 5, 6].map((n) =>
        buildItem(n, { feedId: "dw", publishedAt: day(n), firstSeenAt: day(n) }),
      );
      const voa = [7, 8].map((n) =>
        buildItem(n, { feedId: "voa", publishedAt: day(n), firstSeenAt: day(n) }),
      );
      const aj = buildItem(9, { feedId: "aj", publishedAt: day(9), firstSeenAt: day(9) });
      await s.store.insertItems([...dw, ...voa, aj]);
      await s.store.insertItems([{ ...aj, feedId: "voa", firstSeenAt: day(10) }]);
      expect(await s.store.listFeedItemTimes(3)).toEqual([
        { feedId: "aj", publishedAt: day(9) },
        { feedId: "dw", publishedAt: day(6) },
        { feedId: "dw", publishedAt: day(5) },
        { feedId: "dw", publishedAt: day(4) },
        { feedId: "voa", publishedAt: day(9) },
        { feedId: "voa", publishedAt: day(8) },
        { feedId: "voa", publishedAt: day(7) },
      ]);
    });

    it("lists items by language and before a time, and the outbox rows of one story", async () => {
      const km = buildItem(1, { language: "km", publishedAt: "2025-06-01T00:00:00.000Z" });
      const en = buildItem(2, { language: "en", publishedAt: "2025-06-03T00:00:00.000Z" });
      await s.store.insertItems([km, en]);
      expect((await s.store.listItems({ language: "km" })).map((i) => i.id)).toEqual([km.id]);
      expect((await s.store.listItems({ before: "2025-06-03T00:00:00.000Z" })).map((i) => i.id)).toEqual([
        km.id,
      ]);
      expect(await s.store.listOutbox({ storyId: km.id })).toEqual([]);
    });
  });
}
