/**
 * The full-text half of the ItemStore contract (searchItems), run from item-store-contract.ts against every
 * backend: ranking, prefixes, filters, any text a user can type, and every script the region writes in.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildClassification, buildItem, readHeadlines } from "../support/build-item.js";
import { LOCAL_NAMES, type LocalName, localItem } from "../support/local-headlines.js";
import { freshStoreEachTest, type MakeStore } from "./store-under-test.js";

/** Runs the searchItems contract against stores made by `makeStore`. */
export function describeItemSearchContract(name: string, makeStore: MakeStore): void {
  describe(`${name} store contract`, () => {
    const s = freshStoreEachTest(makeStore);

    describe("search", () => {
      it("ranks a title match above a summary match, even when the summary match is newer", async () => {
        const inTitle = buildItem(4, { publishedAt: "2022-09-20T08:00:00.000Z" });
        const inSummary = buildItem(0, { publishedAt: "2024-01-01T08:00:00.000Z" });
        await s.store.insertItems([inSummary, inTitle]);
        const hits = await s.store.searchItems("Cambodia", {});
        expect(hits.map((i) => i.id)).toEqual([inTitle.id, inSummary.id]);
      });

      it("puts the newest first among equally good matches", async () => {
        const older = buildItem(19, { publishedAt: "2023-11-21T06:00:00.000Z" });
        const newer = buildItem(19, {
          url: "https://www.reuters.com/world/asia-pacific/myanmar-hands-over-china-fraud-suspects-copy",
          id: "syndicated-copy",
          publishedAt: "2023-11-21T09:00:00.000Z",
        });
        await s.store.insertItems([older, newer]);
        expect((await s.store.searchItems("telecom fraud", {})).map((i) => i.id)).toEqual([
          newer.id,
          older.id,
        ]);
      });

      it("matches the last word as a prefix and requires every word", async () => {
        await s.store.insertItems([buildItem(1), buildItem(2), buildItem(9)]);
        expect((await s.store.searchItems("Sihanouk", {})).map((i) => i.title).sort()).toEqual(
          [buildItem(1).title, buildItem(2).title].sort(),
        );
        expect((await s.store.searchItems("eerie sihanoukville", {})).map((i) => i.title)).toEqual([
          buildItem(2).title,
        ]);
        expect(await s.store.searchItems("sihanoukville americans", {})).toEqual([]);
      });

      it.each([
        'scam "compound',
        "AND OR (",
        "scam*) NOT",
        'title:"x',
        "NEAR(scam compound, 2)",
        "-scam +compound",
        "'; DROP TABLE items; --",
        "\\ % _ ^ ~ : & | !",
        "",
        "   ",
        "🙂🙂",
      ])("tolerates hostile query syntax: %j", async (text) => {
        await s.store.insertItems([buildItem(2), buildItem(13)]);
        const hits = await s.store.searchItems(text, {});
        expect(Array.isArray(hits)).toBe(true);
        expect(await s.store.countItems()).toBe(2);
      });

      it("answers any text a user can type without failing", async () => {
        await s.store.insertItems([buildItem(2), buildItem(13), buildItem(29)]);
        const typed = fc.oneof(
          fc.string({ unit: "binary", maxLength: 40 }),
          fc
            .array(
              fc.constantFrom(
                "scam",
                '"',
                "(",
                ")",
                "*",
                "AND",
                "OR",
                "NOT",
                "NEAR",
                ":",
                "-",
                "^",
                "&",
                "|",
                "!",
                " ",
              ),
              {
                maxLength: 12,
              },
            )
            .map((parts) => parts.join("")),
        );
        await fc.assert(
          fc.asyncProperty(typed, async (text) => {
            const hits = await s.store.searchItems(text, { limit: 5 });
            expect(hits.length).toBeLessThanOrEqual(3);
          }),
          { numRuns: 60 },
        );
      });

      it("finds the same items after optimize, and items stored afterwards", async () => {
        await s.store.insertItems([buildItem(2), buildItem(8), buildItem(13)]);
        const before = (await s.store.searchItems("scam", {})).map((i) => i.id);
        expect(before.length).toBeGreaterThan(0);
        await s.store.optimize();
        expect((await s.store.searchItems("scam", {})).map((i) => i.id)).toEqual(before);
        await s.store.insertItems([buildItem(54)]);
        expect((await s.store.searchItems("Chinese", {})).map((i) => i.id)).toContain(buildItem(54).id);
      });

      it("a filtered search finds an old match behind thousands of newer ones the filter leaves out", async () => {
        const old = buildItem(2, { id: "old", url: "https://example.org/old" });
        await s.store.insertItems([old]);
        await s.store.saveClassifications([{ itemId: old.id, classification: buildClassification() }]);
        const newer = Array.from({ length: 3_100 }, (_, k) =>
          buildItem(2, {
            id: `newer-${k}`,
            url: `https://example.org/newer/${k}`,
            publishedAt: new Date(Date.parse(old.publishedAt) + (k + 1) * 60_000).toISOString(),
          }),
        );
        await s.store.insertItems(newer);
        expect((await s.store.searchItems("compound", { relevant: true })).map((i) => i.id)).toEqual([
          old.id,
        ]);
        const unfiltered = await s.store.searchItems("compound", { limit: 5 });
        expect(unfiltered.map((i) => i.id)).toEqual([
          "newer-3099",
          "newer-3098",
          "newer-3097",
          "newer-3096",
          "newer-3095",
        ]);
      });

      // The same hits on every store for each form of the search language (README "Searching the archive").
      const LANGUAGE_HEADLINES = [0, 2, 3, 8, 9, 11, 24, 26, 29, 31, 33, 38, 45, 58, 60, 89];
      it.each<[string, number[]]>([
        ["the scam", [0, 2, 3, 8, 9, 11, 24, 29, 31, 33, 38, 45, 89]],
        ["scam", [0, 2, 3, 8, 9, 11, 24, 29, 31, 33, 38, 45, 89]],
        ['"scam compound"', [2, 29, 38]],
        ['"scam compounds"', [2, 29, 38]],
        ["scam OR trafficking", [0, 2, 3, 11, 24, 26, 29, 31, 33, 38, 45, 58, 60, 89]],
        ["scam OR trafficking -myanmar", [0, 2, 3, 11, 26, 58, 60, 89]],
        ["myanmar -thailand", [24, 29, 45]],
        ["myanmar -thailand -border", [29, 45]],
        ['myanmar -"scam centres"', [24, 29, 33, 38, 45]],
        ["traffick*", [0, 2, 11, 26, 29, 45, 58, 60]],
        ["cambodia scam*", [0]],
        ["police OR gangs scam", [0, 3, 9, 24, 45, 89]],
        ["the of and", []],
        ["-scam", []],
      ])("the search language: %j finds the same headlines on every store", async (text, expected) => {
        await s.store.insertItems(LANGUAGE_HEADLINES.map((index) => buildItem(index)));
        const hits = await s.store.searchItems(text, { limit: 100 });
        const found = hits.map((hit) => LANGUAGE_HEADLINES.find((index) => buildItem(index).id === hit.id));
        expect(found.sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(expected);
      });

      it("a two-letter prefix finds the items with a word starting with it (type-ahead)", async () => {
        const items = readHeadlines().map((_, index) => buildItem(index));
        await s.store.insertItems(items);
        const expected = items.filter((i) => /(^|[^\p{L}])sc/iu.test(`${i.title} ${i.summary}`));
        expect(expected.length).toBeGreaterThan(1);
        const hits = await s.store.searchItems("sc", { limit: 500 });
        expect(hits.map((i) => i.id).sort()).toEqual(expected.map((i) => i.id).sort());
      });

      it("a quoted phrase matches only the words side by side, not the words apart", async () => {
        const items = readHeadlines().map((_, index) => buildItem(index));
        await s.store.insertItems(items);
        const text = (i: (typeof items)[number]) => `${i.title} ${i.summary}`;
        const apart = items.filter((i) => /\bscams?\b/i.test(text(i)) && /\bcompounds?\b/i.test(text(i)));
        const adjacent = apart.filter((i) => /\bscams?[\s-]+compounds?\b/i.test(text(i)));
        expect(adjacent.length).toBeGreaterThan(0);
        expect(apart.length).toBeGreaterThan(adjacent.length);
        const hits = await s.store.searchItems('"scam compound"', { limit: 500 });
        expect(hits.map((i) => i.id).sort()).toEqual(adjacent.map((i) => i.id).sort());
      });

      it("the newest matches of a word come first among title matches", async () => {
        const base = buildItem(2);
        const copies = [3, 1, 4, 0, 2].map((day) =>
          buildItem(2, {
            id: `copy-${day}`,
            url: `${base.url}-copy-${day}`,
            publishedAt: `2024-03-0${day + 1}T08:00:00.000Z`,
          }),
        );
        await s.store.insertItems(copies);
        const hits = await s.store.searchItems("scam", { limit: 3 });
        expect(hits.map((i) => i.id)).toEqual(["copy-4", "copy-3", "copy-2"]);
      });

      it("finds words inside hostile syntax", async () => {
        await s.store.insertItems([buildItem(2), buildItem(8)]);
        expect((await s.store.searchItems('scam "compound', {})).map((i) => i.title)).toEqual([
          buildItem(2).title,
        ]);
      });

      it("applies the same filters as listing, and the limit", async () => {
        const sea = buildItem(13);
        const notSea = buildItem(54);
        const unclassified = buildItem(11);
        await s.store.insertItems([sea, notSea, unclassified]);
        await s.store.saveClassifications([
          {
            itemId: sea.id,
            classification: buildClassification({ countries: ["PH"], topics: ["scam_compounds"] }),
          },
          { itemId: notSea.id, classification: buildClassification({ sea: false, countries: ["CN"] }) },
        ]);
        expect((await s.store.searchItems("trafficked", {})).length).toBe(2);
        expect((await s.store.searchItems("trafficked", { relevant: true })).map((i) => i.id)).toEqual([
          sea.id,
        ]);
        expect((await s.store.searchItems("Chinese", { sea: true })).map((i) => i.id)).toEqual([]);
        expect((await s.store.searchItems("scam", { country: "PH" })).map((i) => i.id)).toEqual([sea.id]);
        expect((await s.store.searchItems("scam", { topic: "scam_compounds" })).map((i) => i.id)).toEqual([
          sea.id,
        ]);
        expect(await s.store.searchItems("trafficked", { since: "2099-01-01" })).toEqual([]);
        expect(await s.store.searchItems("trafficked", { limit: 1 })).toHaveLength(1);
      });

      it.each<[string, LocalName[]]>([
        ["妙瓦底", ["zhSimplified", "zhTraditional"]],
        ["電詐園區", ["zhScamPark", "zhTraditional"]],
        ["电诈园区", ["zhScamPark", "zhTraditional"]],
        ["電詐", ["zhScamPark", "zhTraditional"]],
        ['"缅甸妙瓦底"', ["zhTraditional"]],
        ["ค้ามนุษย์", ["thTrafficking"]],
        ["การค้ามนุษย์", ["thTrafficking"]],
        ["แม่สอด", ["thMaeSot"]],
        ["แม่", []],
        ["lua dao", ["viScam"]],
        ["lừa đảo", ["viScam"]],
        ["LỪA ĐẢO Campuchia", ["viScam"]],
        ["ជួញដូរមនុស្ស", ["kmTrafficking"]],
        ["ការជួញដូរមនុស្ស -ចិន", []],
        ["ค้ามนุษย์ OR 妙瓦底", ["thTrafficking", "zhSimplified", "zhTraditional"]],
        ["妙瓦底 -解救", ["zhTraditional"]],
      ])("finds %j in the script it was written in", async (text, expected) => {
        await s.store.insertItems([...LOCAL_NAMES.map(localItem), buildItem(2), buildItem(13)]);
        const hits = await s.store.searchItems(text, { limit: 100 });
        const found = hits.map((hit) => LOCAL_NAMES.find((name) => localItem(name).id === hit.id) ?? hit.id);
        expect(found.sort()).toEqual([...expected].sort());
      });

      it("finds local-language items beside English ones, and English search as before", async () => {
        await s.store.insertItems([...LOCAL_NAMES.map(localItem), buildItem(2), buildItem(13)]);
        expect((await s.store.searchItems("scam compound", {})).map((i) => i.id)).toEqual([buildItem(2).id]);
        expect((await s.store.searchItems("campuchia", {})).map((i) => i.id)).toEqual([
          localItem("viScam").id,
        ]);
      });

      it("finds items stored before and after a restart, in every script", async () => {
        await s.store.insertItems([localItem("thTrafficking")]);
        const reopened = await s.reopen();
        await reopened.insertItems([localItem("zhTraditional")]);
        expect((await reopened.searchItems("ค้ามนุษย์", {})).map((i) => i.id)).toEqual([
          localItem("thTrafficking").id,
        ]);
        const other = await s.openAnother();
        expect((await other.searchItems("妙瓦底", {})).map((i) => i.id)).toEqual([
          localItem("zhTraditional").id,
        ]);
      });
    });
  });
}
