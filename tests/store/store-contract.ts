/**
 * The one store test suite, run against every implementation (sqlite-store.test.ts, postgres-store.test.ts).
 * Each test opens a fresh, migrated database and checks what a user of tracewire would notice.
 */
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { classifyItem } from "../../src/classify/classify-item.js";
import { emptyFeedState } from "../../src/model/feed.js";
import type { Item } from "../../src/model/item.js";
import type { Store } from "../../src/store/store.js";
import { buildClassification, buildItem, buildSubscription } from "../support/build-item.js";

export interface StoreUnderTest {
  store: Store;
  /** Closes `store` and opens the same database again, as a restart does. */
  reopen(): Promise<Store>;
  /** Another store on the same database, as a second process or replica would have. */
  openAnother(): Promise<Store>;
  /** Closes every store opened and removes the database. */
  cleanup(): Promise<void>;
}

const NOW = new Date("2025-06-01T12:00:00.000Z");
const at = (minutes: number): Date => new Date(NOW.getTime() + minutes * 60_000);

/** Runs the store contract against stores made by `makeStore` (a fresh, migrated, empty database each time). */
export function describeStoreContract(name: string, makeStore: () => Promise<StoreUnderTest>): void {
  describe(`${name} store contract`, () => {
    let t: StoreUnderTest;
    let store: Store;

    beforeEach(async () => {
      t = await makeStore();
      store = t.store;
    });
    afterEach(async () => {
      await t.cleanup();
    });

    describe("items", () => {
      it("stores an item carried by two feeds once and lists both feeds", async () => {
        const inDw = buildItem(13, { feedId: "aljazeera" });
        const inGoogle = buildItem(13, { feedId: "google-news", firstSeenAt: "2025-06-01T12:05:00.000Z" });
        expect(await store.insertItems([inDw])).toEqual([
          { ...inDw, classification: null, storyId: null, feedIds: ["aljazeera"] },
        ]);
        expect(await store.insertItems([inGoogle])).toEqual([]);
        expect(await store.countItems()).toBe(1);
        const [stored] = await store.getItems([inDw.id]);
        expect(stored?.feedIds).toEqual(["aljazeera", "google-news"]);
        expect(stored?.feedId).toBe("aljazeera");
      });

      it("keeps every item and adds no duplicate across a restart", async () => {
        const items = [buildItem(1), buildItem(2), buildItem(3)];
        await store.insertItems(items);
        store = await t.reopen();
        expect(await store.insertItems(items)).toEqual([]);
        expect(await store.countItems()).toBe(3);
        const [stored] = await store.getItems([items[0]!.id]);
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
        await store.insertItems([first]);
        expect(await store.insertItems([moved])).toEqual([]);
        expect(await store.countItems()).toBe(1);
        expect((await store.getItems([first.id]))[0]?.feedIds).toEqual(["test-feed", "bbc-asia"]);
      });

      it("tells items without a guid apart by URL and stores a repeated batch entry once", async () => {
        const a = buildItem(5);
        const b = buildItem(6);
        expect((await store.insertItems([a, b, { ...a, feedId: "other" }])).map((i) => i.id)).toEqual([
          a.id,
          b.id,
        ]);
        expect(await store.countItems()).toBe(2);
        expect((await store.getItems([a.id]))[0]?.feedIds).toEqual(["test-feed", "other"]);
      });

      it("classifies only the new items, stores each with its verdict, and returns it", async () => {
        const known = buildItem(2);
        await store.insertItems([known]);
        const classified: string[] = [];
        const classify = (item: Item) => {
          classified.push(item.id);
          return classifyItem(item);
        };
        const fresh = buildItem(0);
        const returned = await store.insertItems([known, fresh, { ...fresh, feedId: "other" }], classify);
        expect(classified).toEqual([fresh.id]);
        expect(returned.map((i) => [i.id, i.classification])).toEqual([[fresh.id, classifyItem(fresh)]]);
        const [stored] = await store.getItems([fresh.id]);
        expect(stored?.classification).toEqual(classifyItem(fresh));
        expect(stored?.feedIds).toEqual(["test-feed", "other"]);
        const country = classifyItem(fresh).countries[0];
        expect(country).toBeDefined();
        expect((await store.listItems({ country: country! })).map((i) => i.id)).toContain(fresh.id);
        expect((await store.getItems([known.id]))[0]?.classification).toBeNull();
      });

      it("returns getItems in the order asked and skips unknown ids", async () => {
        const a = buildItem(7);
        const b = buildItem(8);
        await store.insertItems([a, b]);
        expect((await store.getItems([b.id, "missing", a.id])).map((i) => i.id)).toEqual([b.id, a.id]);
        expect(await store.getItems([])).toEqual([]);
      });

      it("lists items newest published first, up to the limit", async () => {
        const items = [10, 4, 13, 8].map((n) => buildItem(n));
        await store.insertItems(items);
        const listed = await store.listItems({});
        expect(listed.map((i) => i.publishedAt)).toEqual(
          items.map((i) => i.publishedAt).sort((x, y) => (x < y ? 1 : -1)),
        );
        expect(await store.listItems({ limit: 2 })).toHaveLength(2);
      });

      it("round-trips a classification and replaces it when reclassified", async () => {
        const item = buildItem(29);
        await store.insertItems([item]);
        const verdict = buildClassification({
          topics: ["victims_testimony", "scam_compounds"],
          countries: ["MM", "KH"],
          urgency: "breaking",
          score: 0.75,
          reasons: ['title: "scam centers"', "country: Myanmar"],
        });
        await store.saveClassifications([{ itemId: item.id, classification: verdict }]);
        expect((await store.getItems([item.id]))[0]?.classification).toEqual(verdict);

        const revised = buildClassification({
          countries: ["LA"],
          topics: ["forced_labour"],
          version: "test-2",
        });
        await store.saveClassifications([{ itemId: item.id, classification: revised }]);
        expect((await store.getItems([item.id]))[0]?.classification).toEqual(revised);
        expect(await store.listItems({ country: "MM" })).toEqual([]);
        expect((await store.listItems({ country: "LA" })).map((i) => i.id)).toEqual([item.id]);
      });

      it("filters by relevance, Southeast Asia, country, topic, outlet, feed and dates", async () => {
        const scam = buildItem(13, { feedId: "aljazeera", firstSeenAt: "2025-06-01T10:00:00.000Z" });
        const elsewhere = buildItem(53, { feedId: "reuters", firstSeenAt: "2025-06-01T11:00:00.000Z" });
        const unrelated = buildItem(58, { feedId: "reuters", firstSeenAt: "2025-06-01T12:00:00.000Z" });
        await store.insertItems([scam, elsewhere, unrelated]);
        await store.insertItems([{ ...scam, feedId: "un-news" }]);
        await store.saveClassifications([
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
          (await store.listItems(query)).map((i) => i.id);
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
        await expect(store.listItems({ since: "last tuesday" })).rejects.toMatchObject({
          code: "USAGE",
          where: "since",
        });
        await expect(store.searchItems("scam", { seenSince: "soon" })).rejects.toThrow(
          /seenSince: expected a date/,
        );
      });

      it("finds items not yet classified with the current classifier version", async () => {
        const [fresh, old, current] = [buildItem(20), buildItem(21), buildItem(22)];
        await store.insertItems([fresh!, old!, current!]);
        await store.saveClassifications([
          { itemId: old!.id, classification: buildClassification({ version: "v1" }) },
          { itemId: current!.id, classification: buildClassification({ version: "v2" }) },
        ]);
        const ids = (await store.listItems({ notClassifiedWith: "v2" })).map((i) => i.id).sort();
        expect(ids).toEqual([fresh!.id, old!.id].sort());
      });
    });

    describe("search", () => {
      it("ranks a title match above a summary match, even when the summary match is newer", async () => {
        const inTitle = buildItem(4, { publishedAt: "2022-09-20T08:00:00.000Z" });
        const inSummary = buildItem(0, { publishedAt: "2024-01-01T08:00:00.000Z" });
        await store.insertItems([inSummary, inTitle]);
        const hits = await store.searchItems("Cambodia", {});
        expect(hits.map((i) => i.id)).toEqual([inTitle.id, inSummary.id]);
      });

      it("puts the newest first among equally good matches", async () => {
        const older = buildItem(19, { publishedAt: "2023-11-21T06:00:00.000Z" });
        const newer = buildItem(19, {
          url: "https://www.reuters.com/world/asia-pacific/myanmar-hands-over-china-fraud-suspects-copy",
          id: "syndicated-copy",
          publishedAt: "2023-11-21T09:00:00.000Z",
        });
        await store.insertItems([older, newer]);
        expect((await store.searchItems("telecom fraud", {})).map((i) => i.id)).toEqual([newer.id, older.id]);
      });

      it("matches the last word as a prefix and requires every word", async () => {
        await store.insertItems([buildItem(1), buildItem(2), buildItem(9)]);
        expect((await store.searchItems("Sihanouk", {})).map((i) => i.title).sort()).toEqual(
          [buildItem(1).title, buildItem(2).title].sort(),
        );
        expect((await store.searchItems("eerie sihanoukville", {})).map((i) => i.title)).toEqual([
          buildItem(2).title,
        ]);
        expect(await store.searchItems("sihanoukville americans", {})).toEqual([]);
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
        await store.insertItems([buildItem(2), buildItem(13)]);
        const hits = await store.searchItems(text, {});
        expect(Array.isArray(hits)).toBe(true);
        expect(await store.countItems()).toBe(2);
      });

      it("answers any text a user can type without failing", async () => {
        await store.insertItems([buildItem(2), buildItem(13), buildItem(29)]);
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
            const hits = await store.searchItems(text, { limit: 5 });
            expect(hits.length).toBeLessThanOrEqual(3);
          }),
          { numRuns: 60 },
        );
      });

      it("finds the same items after optimize, and items stored afterwards", async () => {
        await store.insertItems([buildItem(2), buildItem(8), buildItem(13)]);
        const before = (await store.searchItems("scam", {})).map((i) => i.id);
        expect(before.length).toBeGreaterThan(0);
        await store.optimize();
        expect((await store.searchItems("scam", {})).map((i) => i.id)).toEqual(before);
        await store.insertItems([buildItem(54)]);
        expect((await store.searchItems("Chinese", {})).map((i) => i.id)).toContain(buildItem(54).id);
      });

      it("a filtered search finds an old match behind thousands of newer ones the filter leaves out", async () => {
        const old = buildItem(2, { id: "old", url: "https://example.org/old" });
        await store.insertItems([old]);
        await store.saveClassifications([{ itemId: old.id, classification: buildClassification() }]);
        const newer = Array.from({ length: 3_100 }, (_, k) =>
          buildItem(2, {
            id: `newer-${k}`,
            url: `https://example.org/newer/${k}`,
            publishedAt: new Date(Date.parse(old.publishedAt) + (k + 1) * 60_000).toISOString(),
          }),
        );
        await store.insertItems(newer);
        expect((await store.searchItems("compound", { relevant: true })).map((i) => i.id)).toEqual([old.id]);
        const unfiltered = await store.searchItems("compound", { limit: 5 });
        expect(unfiltered.map((i) => i.id)).toEqual([
          "newer-3099",
          "newer-3098",
          "newer-3097",
          "newer-3096",
          "newer-3095",
        ]);
      });

      it("finds words inside hostile syntax", async () => {
        await store.insertItems([buildItem(2), buildItem(8)]);
        expect((await store.searchItems('scam "compound', {})).map((i) => i.title)).toEqual([
          buildItem(2).title,
        ]);
      });

      it("applies the same filters as listing, and the limit", async () => {
        const sea = buildItem(13);
        const notSea = buildItem(54);
        const unclassified = buildItem(11);
        await store.insertItems([sea, notSea, unclassified]);
        await store.saveClassifications([
          {
            itemId: sea.id,
            classification: buildClassification({ countries: ["PH"], topics: ["scam_compounds"] }),
          },
          { itemId: notSea.id, classification: buildClassification({ sea: false, countries: ["CN"] }) },
        ]);
        expect((await store.searchItems("trafficked", {})).length).toBe(2);
        expect((await store.searchItems("trafficked", { relevant: true })).map((i) => i.id)).toEqual([
          sea.id,
        ]);
        expect((await store.searchItems("Chinese", { sea: true })).map((i) => i.id)).toEqual([]);
        expect((await store.searchItems("scam", { country: "PH" })).map((i) => i.id)).toEqual([sea.id]);
        expect((await store.searchItems("scam", { topic: "scam_compounds" })).map((i) => i.id)).toEqual([
          sea.id,
        ]);
        expect(await store.searchItems("trafficked", { since: "2099-01-01" })).toEqual([]);
        expect(await store.searchItems("trafficked", { limit: 1 })).toHaveLength(1);
      });
    });

    describe("stories", () => {
      it("returns stories in the order asked, lead first and the other reports oldest first", async () => {
        const un = buildItem(11, { publishedAt: "2023-08-29T06:00:00.000Z" });
        const aj = buildItem(13, { publishedAt: "2023-08-29T09:00:00.000Z" });
        const tnp = buildItem(12, { publishedAt: "2023-08-29T08:00:00.000Z" });
        const power = buildItem(32);
        await store.insertItems([aj, un, tnp, power]);
        await store.assignStories([
          { itemId: un.id, storyId: un.id },
          { itemId: aj.id, storyId: un.id },
          { itemId: tnp.id, storyId: un.id },
          { itemId: power.id, storyId: power.id },
        ]);
        const stories = await store.getStories([power.id, "no-such-story", un.id]);
        expect(stories.map((s) => s.id)).toEqual([power.id, un.id]);
        expect(stories[0]?.lead.id).toBe(power.id);
        expect(stories[0]?.also).toEqual([]);
        expect(stories[1]?.lead.id).toBe(un.id);
        expect(stories[1]?.also.map((i) => i.id)).toEqual([tnp.id, aj.id]);
        expect(stories[1]?.also[0]?.storyId).toBe(un.id);
      });
    });

    describe("feeds", () => {
      it("saves and lists feed health", async () => {
        expect(await store.getFeedState("dw")).toBeNull();
        const dw = {
          ...emptyFeedState("dw", "https://rss.dw.com/rdf/rss-en-all"),
          etag: 'W/"abc"',
          lastModified: "Wed, 21 May 2025 07:28:00 GMT",
          lastStatus: 200,
          lastPolledAt: "2025-06-01T12:00:00.000Z",
          lastSuccessAt: "2025-06-01T12:00:00.000Z",
          itemsSeen: 42,
          lastNewItemAt: "2025-06-01T11:00:00.000Z",
        };
        const voa = {
          ...emptyFeedState("voa", "https://www.voanews.com/api/zq$omekvi_"),
          lastStatus: 500,
          lastError: "HTTP 500 from www.voanews.com",
          lastErrorCode: "FEED_HTTP_STATUS",
          consecutiveFailures: 3,
          nextAttemptAt: "2025-06-01T13:00:00.000Z",
        };
        await store.saveFeedState(dw);
        await store.saveFeedState(voa);
        await store.saveFeedState({ ...dw, itemsSeen: 43 });
        expect(await store.getFeedState("dw")).toEqual({ ...dw, itemsSeen: 43 });
        expect(await store.listFeedStates()).toEqual([{ ...dw, itemsSeen: 43 }, voa]);
      });

      it("gives a feed's polling lease to one owner until it expires or is released", async () => {
        expect(await store.claimFeed("dw", "replica-a", NOW, 60_000)).toBe(true);
        expect(await store.claimFeed("dw", "replica-b", at(0.5), 60_000)).toBe(false);
        expect(await store.claimFeed("dw", "replica-a", at(0.5), 60_000)).toBe(true);
        expect(await store.claimFeed("un-news", "replica-b", at(0.5), 60_000)).toBe(true);
        expect(await store.claimFeed("dw", "replica-b", at(1.4), 60_000)).toBe(false);
        expect(await store.claimFeed("dw", "replica-b", at(1.6), 60_000)).toBe(true);
        await store.releaseFeed("dw", "replica-a");
        expect(await store.claimFeed("dw", "replica-c", at(1.7), 60_000)).toBe(false);
        await store.releaseFeed("dw", "replica-b");
        expect(await store.claimFeed("dw", "replica-c", at(1.7), 60_000)).toBe(true);
      });
    });

    describe("subscriptions", () => {
      it("adds, reads, lists and removes subscriptions", async () => {
        const digest = buildSubscription({ id: "sub-digest" });
        const alert = buildSubscription({
          id: "sub-alert",
          target: "discord:123456789012345678",
          mode: "alert",
          filter: {
            scope: "all",
            countries: ["MM", "TH"],
            topics: ["scam_compounds"],
            outlets: ["Reuters"],
            minUrgency: "breaking",
            keywords: ["KK Park"],
          },
          tz: null,
          quiet: "22:00-07:00",
          createdAt: "2025-06-01T01:00:00.000Z",
          backfillHours: 0,
        });
        await store.addSubscription(digest);
        await store.addSubscription(alert);
        expect(await store.getSubscription("sub-alert")).toEqual(alert);
        expect(await store.getSubscription("nope")).toBeNull();
        expect(await store.listSubscriptions()).toEqual([digest, alert]);
        expect(await store.removeSubscription("sub-digest")).toBe(true);
        expect(await store.removeSubscription("sub-digest")).toBe(false);
        expect(await store.listSubscriptions()).toEqual([alert]);
      });

      it("records a failing target and its last delivery", async () => {
        await store.addSubscription(buildSubscription());
        await store.setSubscriptionState("sub-1", "ok", null, "2025-06-01T08:00:00.000Z");
        await store.setSubscriptionState("sub-1", "failing", "Slack says channel_not_found for C0123ABCD");
        const sub = await store.getSubscription("sub-1");
        expect(sub?.state).toBe("failing");
        expect(sub?.lastError).toBe("Slack says channel_not_found for C0123ABCD");
        expect(sub?.lastDeliveryAt).toBe("2025-06-01T08:00:00.000Z");
      });
    });

    describe("outbox", () => {
      const entry = (
        storyId: string,
        minutes = 0,
        subscriptionId = "sub-1",
        mode: "digest" | "alert" = "alert",
      ) => ({
        subscriptionId,
        storyId,
        mode,
        notBefore: at(minutes).toISOString(),
      });
      const claim = (
        owner: string,
        minutes: number,
        extra: Partial<Parameters<Store["claimOutbox"]>[0]> = {},
      ) => store.claimOutbox({ now: at(minutes), owner, leaseMs: 60_000, limit: 10, ...extra });

      it("enqueues each (subscription, story) once", async () => {
        expect(await store.enqueue([entry("s1"), entry("s2")])).toBe(2);
        expect(await store.enqueue([entry("s1"), entry("s3"), entry("s1", 0, "sub-2")])).toBe(2);
        expect(await store.enqueue([])).toBe(0);
        const rows = await store.listOutbox({});
        expect(rows.map((r) => [r.subscriptionId, r.storyId, r.state, r.attempts])).toEqual([
          ["sub-1", "s1", "pending", 0],
          ["sub-1", "s2", "pending", 0],
          ["sub-1", "s3", "pending", 0],
          ["sub-2", "s1", "pending", 0],
        ]);
      });

      it("hands each due row to one claimer, oldest first, and waits for notBefore", async () => {
        await store.enqueue([entry("s1"), entry("s2"), entry("quiet-hours", 30)]);
        const first = await claim("replica-a", 1, { leaseMs: 3_600_000 });
        expect(first.map((r) => [r.storyId, r.state])).toEqual([
          ["s1", "sending"],
          ["s2", "sending"],
        ]);
        expect(await claim("replica-b", 1)).toEqual([]);
        expect((await claim("replica-b", 31)).map((r) => r.storyId)).toEqual(["quiet-hours"]);
      });

      it("lets another replica reclaim a row whose lease expired (crash recovery)", async () => {
        await store.enqueue([entry("s1")]);
        const [row] = await claim("crashed", 0);
        expect(await claim("replica-b", 0.5)).toEqual([]);
        const reclaimed = await claim("replica-b", 1.5);
        expect(reclaimed.map((r) => [r.id, r.state, r.attempts])).toEqual([[row!.id, "sending", 0]]);
      });

      it("claims only the subscription and mode asked for, up to the limit", async () => {
        await store.enqueue([
          entry("s1"),
          entry("s2", 0, "sub-2"),
          entry("s3", 0, "sub-2", "digest"),
          entry("s4"),
        ]);
        expect((await claim("a", 1, { subscriptionId: "sub-2" })).map((r) => r.storyId)).toEqual([
          "s2",
          "s3",
        ]);
        expect(await claim("a", 1, { mode: "digest" })).toEqual([]);
        expect((await claim("a", 1, { limit: 1 })).map((r) => r.storyId)).toEqual(["s1"]);
      });

      it("sends a row once: a sent row is never claimed again", async () => {
        await store.enqueue([entry("s1")]);
        const [row] = await claim("a", 0);
        await store.markSent([row!.id], "1717243200.000100", at(0.1));
        expect(await claim("b", 10)).toEqual([]);
        const [sent] = await store.listOutbox({ state: "sent" });
        expect(sent).toMatchObject({
          id: row!.id,
          state: "sent",
          messageId: "1717243200.000100",
          sentAt: at(0.1).toISOString(),
          lastError: null,
        });
      });

      it("retries later, counting failures but not rate-limit waits", async () => {
        await store.enqueue([entry("s1")]);
        const [row] = await claim("a", 0);
        await store.markRetry([row!.id], at(5), "Slack answered 429 (retry after 300 s)", true);
        let [pending] = await store.listOutbox({ state: "pending" });
        expect(pending).toMatchObject({
          attempts: 0,
          notBefore: at(5).toISOString(),
          lastError: expect.any(String),
        });
        expect(await claim("a", 4)).toEqual([]);
        await claim("a", 5);
        await store.markRetry([row!.id], at(10), "Slack answered 503", false);
        [pending] = await store.listOutbox({ state: "pending" });
        expect(pending?.attempts).toBe(1);
        expect(pending?.lastError).toBe("Slack answered 503");
      });

      it("gives up on rows whose target is gone", async () => {
        await store.enqueue([entry("s1"), entry("s2")]);
        const rows = await claim("a", 0);
        await store.markFailed(
          rows.map((r) => r.id),
          "Discord says Unknown Channel",
        );
        expect(await claim("b", 100)).toEqual([]);
        expect((await store.listOutbox({ state: "failed" })).map((r) => r.lastError)).toEqual([
          "Discord says Unknown Channel",
          "Discord says Unknown Channel",
        ]);
      });

      it("drops undelivered rows with their subscription and keeps the delivery history", async () => {
        await store.addSubscription(buildSubscription());
        await store.enqueue([entry("s1"), entry("s2")]);
        const [first] = await claim("a", 0, { limit: 1 });
        await store.markSent([first!.id], null, NOW);
        await store.removeSubscription("sub-1");
        expect(
          (await store.listOutbox({ subscriptionId: "sub-1" })).map((r) => [r.storyId, r.state]),
        ).toEqual([["s1", "sent"]]);
      });

      it("imports delivery history as it was, and a row caught mid-send is claimable again", async () => {
        const base = {
          subscriptionId: "sub-1",
          mode: "alert" as const,
          createdAt: NOW.toISOString(),
          lastError: null,
        };
        const history = [
          {
            ...base,
            id: 7,
            storyId: "s-sent",
            state: "sent" as const,
            attempts: 1,
            notBefore: NOW.toISOString(),
            sentAt: at(1).toISOString(),
            messageId: "1717243200.000100",
          },
          {
            ...base,
            id: 8,
            storyId: "s-sending",
            state: "sending" as const,
            attempts: 2,
            notBefore: NOW.toISOString(),
            sentAt: null,
            messageId: null,
          },
        ];
        expect(await store.importOutbox(history)).toBe(2);
        expect(await store.importOutbox(history)).toBe(0);
        const rows = await store.listOutbox({});
        expect(rows.map(({ id: _id, ...rest }) => rest)).toEqual(history.map(({ id: _id, ...rest }) => rest));
        expect((await claim("a", 2)).map((r) => [r.storyId, r.attempts])).toEqual([["s-sending", 2]]);
      });

      it("hands a dead process's leases and claims back at once, attempts unchanged", async () => {
        await store.enqueue([entry("s1"), entry("s2"), entry("s3")]);
        await claim("host:111:dead", 0, { limit: 2 });
        await claim("host:222:alive", 0, { limit: 1 });
        await store.claimFeed("dw", "host:111:dead", NOW, 600_000);
        await store.claimFeed("voa", "host:333:polling", NOW, 600_000);
        expect(await store.listClaimOwners()).toEqual([
          "host:111:dead",
          "host:222:alive",
          "host:333:polling",
        ]);
        expect(await store.releaseClaims(["host:111:dead"])).toBe(2);
        expect(await store.releaseClaims([])).toBe(0);
        expect(await store.listClaimOwners()).toEqual(["host:222:alive", "host:333:polling"]);
        expect(await store.claimFeed("dw", "host:444:new", at(1), 600_000)).toBe(true);
        expect(await store.claimFeed("voa", "host:444:new", at(1), 600_000)).toBe(false);
        const resumed = await claim("host:444:new", 0.5);
        expect(resumed.map((r) => [r.storyId, r.attempts])).toEqual([
          ["s1", 0],
          ["s2", 0],
        ]);
      });

      it("never hands the same row to two stores on one database", async () => {
        const other = await t.openAnother();
        await store.enqueue([entry("s1"), entry("s2"), entry("s3")]);
        const mine = await claim("a", 0, { limit: 2 });
        const theirs = await other.claimOutbox({ now: at(0), owner: "b", leaseMs: 60_000, limit: 10 });
        expect(mine.map((r) => r.storyId)).toEqual(["s1", "s2"]);
        expect(theirs.map((r) => r.storyId)).toEqual(["s3"]);
      });
    });

    describe("digest ticks and meta", () => {
      it("takes a digest tick once per subscription", async () => {
        expect(await store.claimDigestTick("sub-1", "2025-06-01T08:00")).toBe(true);
        expect(await store.claimDigestTick("sub-1", "2025-06-01T08:00")).toBe(false);
        expect(await store.claimDigestTick("sub-2", "2025-06-01T08:00")).toBe(true);
        expect(await store.claimDigestTick("sub-1", "2025-06-02T08:00")).toBe(true);
        const other = await t.openAnother();
        expect(await other.claimDigestTick("sub-1", "2025-06-01T08:00")).toBe(false);
      });

      it("keeps small facts across a restart", async () => {
        expect(await store.getMeta("last_poll_at")).toBeNull();
        await store.setMeta("last_poll_at", "2025-06-01T12:00:00.000Z");
        await store.setMeta("last_poll_at", "2025-06-01T12:15:00.000Z");
        store = await t.reopen();
        expect(await store.getMeta("last_poll_at")).toBe("2025-06-01T12:15:00.000Z");
        await expect(store.ping()).resolves.toBeUndefined();
      });

      it("migrates again without harm", async () => {
        await store.insertItems([buildItem(3)]);
        await store.migrate();
        expect(await store.countItems()).toBe(1);
      });
    });
  });
}
